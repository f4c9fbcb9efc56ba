import { DomainError } from "@kvalitetskedjan/domain";

export interface RateLimits {
  /** Requests a signed-in person may make in a minute. */
  readonly perUser: number;
  /** Requests a municipality's signed-in staff may make together in a minute. */
  readonly perTenant: number;
  /** Requests one client address may make to the routes that need no sign-in (open data, health). */
  readonly perAnonymousClient: number;
  /** Requests one calendar subscription's address may get, whatever client asks: a leaked address is bounded too. */
  readonly perCalendarFeed: number;
}

/**
 * Fixed one-minute windows per key, held in this instance's memory. Each Functions
 * instance limits on its own, so the effective limit scales with the instance count;
 * that bounds abuse of one instance (and of Cosmos RUs) without a shared store.
 *
 * Signed-in staff and anonymous visitors have separate buckets (QUALITY-BAR 25): a crawler
 * of open data is limited by its own address and never uses up a municipality's quota. A
 * refused request counts against no bucket, so a client that keeps knocking after a 429
 * does not push its own or anyone else's window further. Documented in functions/README.md.
 */
export function createRateLimiter(limits: RateLimits, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  const windowMs = 60_000;

  function current(key: string, t: number): { start: number; count: number } {
    const w = windows.get(key);
    if (w && t - w.start < windowMs) return w;
    const fresh = { start: t, count: 0 };
    windows.set(key, fresh);
    if (windows.size > 50_000) evictExpired(t);
    return fresh;
  }

  function evictExpired(t: number): void {
    for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
  }

  /** Counts one request against every bucket, or against none when any of them is full. */
  function take(buckets: readonly (readonly [key: string, limit: number])[]): void {
    const t = now();
    const held = buckets.map(([key, limit]) => ({ w: current(key, t), limit }));
    const full = held.filter(({ w, limit }) => w.count >= limit);
    if (full.length > 0) {
      const wait = Math.max(...full.map(({ w }) => Math.ceil((w.start + windowMs - t) / 1000)));
      throw new DomainError("rate_limited", "Too many requests. Wait a moment and try again.", {
        retryAfterSeconds: Math.max(1, wait),
      });
    }
    for (const { w } of held) w.count += 1;
  }

  return {
    /** A signed-in request: the municipality's and the person's buckets. Throws `rate_limited` with the seconds until the window resets. */
    check(tenantId: string, userId: string): void {
      take([
        [`t:${tenantId}`, limits.perTenant],
        [`u:${tenantId}:${userId}`, limits.perUser],
      ]);
    },
    /** A request that needs no sign-in, by the client's address; apart from every municipality's staff quota. */
    checkAnonymous(clientAddress: string): void {
      take([[`a:${clientAddress}`, limits.perAnonymousClient]]);
    },
    /** A calendar subscription's address, on top of the client's own bucket. */
    checkCalendarFeed(tenantId: string, feedId: string): void {
      take([[`f:${tenantId}:${feedId}`, limits.perCalendarFeed]]);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * The client's address as the platform's front end saw it. Azure's front end (and the local
 * host) append the address it accepted the connection from to `X-Forwarded-For`, so the
 * last entry is the one a client cannot forge; a port (`1.2.3.4:5678`, `[::1]:5678`) is dropped.
 */
export function clientAddress(forwardedFor: string | null): string {
  const last = forwardedFor?.split(",").pop()?.trim() ?? "";
  if (last === "") return "unknown";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(last);
  if (bracketed?.[1]) return bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(last);
  return (v4WithPort?.[1] ?? last).slice(0, 64);
}
