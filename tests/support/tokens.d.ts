import { createLocalJWKSet, type JWK } from "jose";
export declare const audience = "api://localhost/kvalitetskedjan";
export interface TokenForge {
  readonly jwks: {
    keys: JWK[];
  };
  readonly keys: ReturnType<typeof createLocalJWKSet>;
  /** A token like Entra's; any claim can be overridden or removed (set to undefined). */
  sign(
    claims: Record<string, unknown>,
    options?: {
      expiresIn?: string | number;
      issuedAt?: number;
      kid?: string;
    },
  ): Promise<string>;
  /** The same claims signed by a key that is not in the JWKS. */
  signWithStrangerKey(claims: Record<string, unknown>): Promise<string>;
}
export declare function createTokenForge(): Promise<TokenForge>;
/** Claims of a valid v2.0 delegated token for `tid`/`oid`. */
export declare const entraClaims: (tid: string, oid: string) => Record<string, unknown>;
/** A JWT with `alg: none`: header and payload, no signature. */
export declare function unsignedToken(claims: Record<string, unknown>): string;
