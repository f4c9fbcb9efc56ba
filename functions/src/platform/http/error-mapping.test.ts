import { DomainError } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import { statusOf, toDomainError } from "./error-mapping.js";

describe("error mapping", () => {
  it("turns Cosmos throttling that outlived the SDK retries into 503 with Retry-After", () => {
    const error = toDomainError({ code: 429, retryAfterInMs: 2300 });
    expect(error.code).toBe("service_unavailable");
    expect(statusOf[error.code]).toBe(503);
    expect(error.retryAfterSeconds).toBe(3);
  });

  it("turns a storage precondition failure into 412", () => {
    expect(statusOf[toDomainError({ code: 412 }).code]).toBe(412);
  });

  it("turns a Cosmos request timeout into 503, not 500", () => {
    const timeout = Object.assign(new Error("Timeout Error! Request took more than 60000 ms"), { name: "TimeoutError" });
    expect(statusOf[toDomainError(timeout).code]).toBe(503);
  });

  it("keeps coded errors as they are", () => {
    const coded = new DomainError("forbidden", "no");
    expect(toDomainError(coded)).toBe(coded);
  });

  it("hides unexpected errors behind internal_error", () => {
    const error = toDomainError(new TypeError("secret detail"));
    expect(error.code).toBe("internal_error");
    expect(error.message).not.toContain("secret");
  });
});
