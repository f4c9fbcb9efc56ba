import { DomainError } from "@kvalitetskedjan/domain";
import { decodeProtectedHeader, type JWTPayload, type JWTVerifyGetKey, errors as joseErrors, jwtVerify } from "jose";

export interface ValidatedCaller {
  readonly tenantId: string;
  readonly userId: string;
  readonly name: string;
}

export interface TokenValidatorOptions {
  /** Resolves the signing key: Entra's JWKS in production, the local provider's locally. */
  readonly keys: JWTVerifyGetKey;
  readonly audiences: readonly string[];
  readonly requiredScope: string;
  readonly isOnboarded: (tenantId: string) => Promise<boolean>;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const unauthenticated = (reason: string, message = "Sign in again."): DomainError =>
  new DomainError("unauthenticated", message, { details: [{ reason }] });

/** The issuer Entra puts in a token of version `ver` for tenant `tid` (QUALITY-BAR 1). */
export function expectedIssuer(ver: unknown, tid: string): string | null {
  if (ver === "2.0") return `https://login.microsoftonline.com/${tid}/v2.0`;
  if (ver === "1.0") return `https://sts.windows.net/${tid}/`;
  return null;
}

/**
 * Validates an Entra ID access token for this API exactly once per request: RS256 only,
 * signature from the key set, lifetime, audience, issuer computed from the token's own
 * `tid` and `ver`, a delegated `scp` that includes the required scope, and a tenant that
 * has been onboarded. The same code runs against Entra and against the local provider.
 */
export function createTokenValidator(options: TokenValidatorOptions) {
  return async function validate(authorization: string | null): Promise<ValidatedCaller> {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? "");
    if (!match?.[1]) throw unauthenticated("missing_token", "Sign in to continue.");
    const token = match[1];
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw unauthenticated("malformed_token");
    }
    if (alg !== "RS256") throw unauthenticated("unsupported_algorithm");

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        algorithms: ["RS256"],
        audience: [...options.audiences],
        clockTolerance: 60,
        requiredClaims: ["exp", "iat", "iss", "aud"],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated("token_expired");
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "aud") {
        throw unauthenticated("wrong_audience");
      }
      throw unauthenticated("invalid_token");
    }

    const tid = payload.tid;
    const oid = payload.oid;
    if (typeof tid !== "string" || !guid.test(tid)) throw unauthenticated("missing_tenant");
    if (typeof oid !== "string" || !guid.test(oid)) throw unauthenticated("missing_object_id");
    const issuer = expectedIssuer(payload.ver, tid);
    if (issuer === null || payload.iss !== issuer) throw unauthenticated("issuer_mismatch");
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes(options.requiredScope)) throw unauthenticated("missing_scope");
    if (!(await options.isOnboarded(tid))) {
      throw unauthenticated("tenant_not_onboarded", "Your organisation does not use this app.");
    }
    const name = typeof payload.name === "string" ? payload.name : "";
    return { tenantId: tid, userId: oid, name };
  };
}

export type TokenValidator = ReturnType<typeof createTokenValidator>;
