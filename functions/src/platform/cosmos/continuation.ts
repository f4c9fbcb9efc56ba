import { DomainError } from "@kvalitetskedjan/domain";

/**
 * Continuation tokens wrap Cosmos's in an envelope naming the tenant and the listing, so
 * a token that is garbage, or was issued for another tenant or listing, is refused the
 * same way on real Cosmos DB and on the stand-in.
 */
export const encodeContinuation = (tenantId: string, listing: string, token: string | undefined): string | null =>
  token ? Buffer.from(JSON.stringify({ t: tenantId, l: listing, c: token })).toString("base64url") : null;

export function decodeContinuation(tenantId: string, listing: string, token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { t?: unknown; l?: unknown; c?: unknown };
    if (parsed.t === tenantId && parsed.l === listing && typeof parsed.c === "string") return parsed.c;
  } catch {
    // fall through to the coded error below
  }
  throw new DomainError("validation_failed", "The continuation token is not valid.", {
    details: [{ path: "query.continuationToken", reason: "invalid_continuation_token" }],
  });
}
