import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { FeedSecrets } from "@kvalitetskedjan/domain";

const hashOf = (secret: string) => createHash("sha256").update(secret, "utf8").digest();

/**
 * A calendar subscription's secret: 32 random bytes as base64url (43 characters), kept only as
 * its SHA-256 — a secret of that strength needs no slow hash — and compared in constant time.
 */
export const feedSecrets: FeedSecrets = {
  issue() {
    const secret = randomBytes(32).toString("base64url");
    return { secret, hash: hashOf(secret).toString("base64url") };
  },
  matches(secret, hash) {
    const expected = Buffer.from(hash, "base64url");
    const actual = hashOf(secret);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  },
};
