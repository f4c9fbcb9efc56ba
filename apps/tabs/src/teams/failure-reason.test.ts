import { describe, expect, it } from "vitest";
import { ApiError } from "../shared/api/client.js";
import { failureReason } from "./failure-reason.js";

describe("what Teams is told when the tab cannot load", () => {
  it("names a refused or missing token, a busy API and anything else", () => {
    expect(failureReason(new ApiError(401, "unauthenticated", [], "no"))).toBe("auth");
    expect(failureReason(new ApiError(403, "forbidden", [], "no"))).toBe("auth");
    expect(failureReason(new ApiError(503, "service_unavailable", [], "busy"))).toBe("timeout");
    expect(failureReason(new ApiError(500, "internal_error", [], "oops"))).toBe("other");
    expect(failureReason(Object.assign(new Error("slow"), { name: "TimeoutError" }))).toBe("timeout");
    expect(failureReason(new Error("resourceDisabled"))).toBe("auth");
  });
});
