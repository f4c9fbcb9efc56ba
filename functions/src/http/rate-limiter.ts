import { DomainError } from "@kvalitetskedjan/domain";

/**
 * Fixed one-minute windows per key, held in this instance's memory. Each Functions
 * instance limits on its own, so the effective limit scales with the instance count;
 * that bounds abuse of one instance (and of Cosmos RUs) without a shared store.
 * Documented in functions/README.md.
 */
export function createRateLimiter(limits: { perUser: number; perTenant: number }, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  const windowMs = 60_000;

  function hit(key: string, limit: number): number | null {
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= windowMs) {
      w = { start: t, count: 0 };
      windows.set(key, w);
      if (windows.size > 50_000) evictExpired(t);
    }
    w.count += 1;
    return w.count > limit ? Math.ceil((w.start + windowMs - t) / 1000) : null;
  }

  function evictExpired(t: number): void {
    for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
  }

  return {
    /** Counts one request; throws `rate_limited` with the seconds until the window resets. */
    check(tenantId: string, userId: string): void {
      const wait = hit(`t:${tenantId}`, limits.perTenant) ?? hit(`u:${tenantId}:${userId}`, limits.perUser);
      if (wait !== null) {
        throw new DomainError("rate_limited", "Too many requests. Wait a moment and try again.", {
          retryAfterSeconds: Math.max(1, wait),
        });
      }
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
