import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter.js";

describe("rate limiter", () => {
  it("answers rate_limited with the seconds left in the window once a user is over the limit", () => {
    let now = 0;
    const limiter = createRateLimiter({ perUser: 2, perTenant: 100 }, () => now);
    limiter.check("t", "u");
    limiter.check("t", "u");
    now = 15_000;
    expect(() => limiter.check("t", "u")).toThrow(expect.objectContaining({ code: "rate_limited", retryAfterSeconds: 45 }));
    expect(() => limiter.check("t", "other")).not.toThrow();
  });

  it("limits a whole tenant across its users", () => {
    const limiter = createRateLimiter({ perUser: 100, perTenant: 3 }, () => 0);
    for (const u of ["a", "b", "c"]) limiter.check("t", u);
    expect(() => limiter.check("t", "d")).toThrow(expect.objectContaining({ code: "rate_limited" }));
    expect(() => limiter.check("t2", "a")).not.toThrow();
  });

  it("opens a new window after a minute", () => {
    let now = 0;
    const limiter = createRateLimiter({ perUser: 1, perTenant: 100 }, () => now);
    limiter.check("t", "u");
    now = 60_000;
    expect(() => limiter.check("t", "u")).not.toThrow();
  });
});
