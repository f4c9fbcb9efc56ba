import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

export const audience = "api://localhost/kvalitetskedjan";

export interface TokenForge {
  readonly jwks: { keys: JWK[] };
  readonly keys: ReturnType<typeof createLocalJWKSet>;
  /** A token like Entra's; any claim can be overridden or removed (set to undefined). */
  sign(claims: Record<string, unknown>, options?: { expiresIn?: string | number; issuedAt?: number; kid?: string }): Promise<string>;
  /** The same claims signed by a key that is not in the JWKS. */
  signWithStrangerKey(claims: Record<string, unknown>): Promise<string>;
}

export async function createTokenForge(): Promise<TokenForge> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const stranger = await generateKeyPair("RS256", { extractable: true });
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" }] };
  const build = (claims: Record<string, unknown>, kid: string, expiresIn: string | number = "1h", issuedAt?: number) => {
    const defined = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
    const jwt = new SignJWT(defined).setProtectedHeader({ alg: "RS256", kid }).setExpirationTime(expiresIn);
    return issuedAt === undefined ? jwt.setIssuedAt() : jwt.setIssuedAt(issuedAt);
  };
  return {
    jwks,
    keys: createLocalJWKSet(jwks),
    sign: (claims, options = {}) => build(claims, options.kid ?? "k1", options.expiresIn, options.issuedAt).sign(privateKey),
    signWithStrangerKey: (claims) => build(claims, "k1").sign(stranger.privateKey),
  };
}

/** Claims of a valid v2.0 delegated token for `tid`/`oid`. */
export const entraClaims = (tid: string, oid: string): Record<string, unknown> => ({
  iss: `https://login.microsoftonline.com/${tid}/v2.0`,
  aud: audience,
  tid,
  oid,
  sub: oid,
  name: "Test Person",
  scp: "access_as_user",
  ver: "2.0",
});

/** A JWT with `alg: none`: header and payload, no signature. */
export function unsignedToken(claims: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${enc({ alg: "none", typ: "JWT" })}.${enc({ ...claims, exp: Math.floor(Date.now() / 1000) + 3600, iat: Math.floor(Date.now() / 1000) })}.`;
}
