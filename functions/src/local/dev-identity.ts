import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, type JWTVerifyGetKey, SignJWT } from "jose";

export interface DevIdentity {
  readonly jwks: { keys: JWK[] };
  readonly keys: JWTVerifyGetKey;
  /** Signs an access token shaped like Entra's v2.0 token for this API. */
  issue(claims: { tenantId: string; userId: string; name: string; mail: string }): Promise<string>;
}

/**
 * The local identity provider: a key generated at start, its public half published as
 * a JWKS, tokens with Entra's v2.0 issuer and claims. The backend validates them with
 * the same code as Entra's. Never part of the Azure bundle (see functions/build.mjs).
 */
export async function createDevIdentity(options: { audience: string; scope: string; lifetimeSeconds?: number }): Promise<DevIdentity> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const jwks = { keys: [jwk] };
  return {
    jwks,
    keys: createLocalJWKSet(jwks),
    issue: ({ tenantId, userId, name, mail }) =>
      new SignJWT({ tid: tenantId, oid: userId, name, preferred_username: mail, scp: options.scope, ver: "2.0" })
        .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
        .setIssuer(`https://login.microsoftonline.com/${tenantId}/v2.0`)
        .setAudience(options.audience)
        .setSubject(userId)
        .setIssuedAt()
        .setNotBefore("0s")
        .setExpirationTime(`${options.lifetimeSeconds ?? 3600}s`)
        .sign(privateKey),
  };
}
