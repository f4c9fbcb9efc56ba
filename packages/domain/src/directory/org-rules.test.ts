import { describe, expect, it } from "vitest";
import { assertParentKind, childPath } from "./org-rules.js";

describe("assertParentKind", () => {
  it("places committees and companies under the council", () => {
    expect(() => assertParentKind("committee", "council")).not.toThrow();
    expect(() => assertParentKind("company", "council")).not.toThrow();
  });

  it("places a department under the committee it serves", () => {
    expect(() => assertParentKind("department", "committee")).not.toThrow();
  });

  it("refuses a committee under a department with a specific reason", () => {
    try {
      assertParentKind("committee", "department");
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "validation_failed", details: [{ reason: "invalid_parent_kind", path: "body.parentId" }] });
    }
  });

  it("never lets a second municipality be created", () => {
    expect(() => assertParentKind("municipality", "council")).toThrow();
  });
});

describe("childPath", () => {
  it("appends the child to its parent's path", () => {
    expect(childPath(["pitea", "kf"], "bun")).toEqual(["pitea", "kf", "bun"]);
  });
});
