import { describe, expect, it } from "vitest";
import { clientAddress, createRateLimiter } from "./rate-limiter.js";

const limits = (perUser: number, perTenant: number, perAnonymousClient = 100) => ({
  perUser,
  perTenant,
  perAnonymousClient,
  perCalendarFeed: 2,
});

describe("rate limiter", () => {
  it("answers rate_limited with the seconds left in the window once a user is over the limit", () => {
    let now = 0;
    const limiter = createRateLimiter(limits(2, 100), () => now);
    limiter.check("t", "u");
    limiter.check("t", "u");
    now = 15_000;
    expect(() => limiter.check("t", "u")).toThrow(expect.objectContaining({ code: "rate_limited", retryAfterSeconds: 45 }));
    expect(() => limiter.check("t", "other")).not.toThrow();
  });

  it("limits a whole tenant across its users", () => {
    const limiter = createRateLimiter(limits(100, 3), () => 0);
    for (const u of ["a", "b", "c"]) limiter.check("t", u);
    expect(() => limiter.check("t", "d")).toThrow(expect.objectContaining({ code: "rate_limited" }));
    expect(() => limiter.check("t2", "a")).not.toThrow();
  });

  it("limits one calendar subscription's address whoever asks, apart from every other address", () => {
    const limiter = createRateLimiter(limits(100, 100), () => 0);
    limiter.checkCalendarFeed("t", "feed");
    limiter.checkCalendarFeed("t", "feed");
    expect(() => limiter.checkCalendarFeed("t", "feed")).toThrow(expect.objectContaining({ code: "rate_limited" }));
    expect(() => limiter.checkCalendarFeed("t", "other")).not.toThrow();
    expect(() => limiter.checkCalendarFeed("t2", "feed")).not.toThrow();
  });

  it("opens a new window after a minute", () => {
    let now = 0;
    const limiter = createRateLimiter(limits(1, 100), () => now);
    limiter.check("t", "u");
    now = 60_000;
    expect(() => limiter.check("t", "u")).not.toThrow();
  });

  it("counts a refused request against no bucket: one user knocking after a 429 does not use up the municipality's quota", () => {
    const limiter = createRateLimiter(limits(2, 5), () => 0);
    limiter.check("t", "greedy");
    limiter.check("t", "greedy");
    for (let i = 0; i < 100; i++) expect(() => limiter.check("t", "greedy")).toThrow();
    // Two of the tenant's five were used; three remain for everyone else.
    for (const u of ["a", "b", "c"]) expect(() => limiter.check("t", u)).not.toThrow();
    expect(() => limiter.check("t", "d")).toThrow();
  });

  it("keeps anonymous traffic apart: a crawler is limited by its address and never touches the staff quota", () => {
    const limiter = createRateLimiter(limits(100, 3, 2), () => 0);
    limiter.checkAnonymous("203.0.113.9");
    limiter.checkAnonymous("203.0.113.9");
    for (let i = 0; i < 1000; i++) expect(() => limiter.checkAnonymous("203.0.113.9")).toThrow();
    expect(() => limiter.checkAnonymous("198.51.100.7")).not.toThrow();
    for (const u of ["a", "b", "c"]) expect(() => limiter.check("t", u)).not.toThrow();
  });
});

describe("client address", () => {
  it("takes the last X-Forwarded-For entry (the front end's), without its port", () => {
    expect(clientAddress("10.0.0.1, 203.0.113.9:51234")).toBe("203.0.113.9");
    expect(clientAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(clientAddress("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1");
    expect(clientAddress(null)).toBe("unknown");
    expect(clientAddress(" , ")).toBe("unknown");
  });
});
