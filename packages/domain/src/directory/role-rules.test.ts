import { describe, expect, it } from "vitest";
import { holdsRole } from "../shared/roles.js";
import { assertGrantable } from "./role-rules.js";

describe("holdsRole", () => {
  const path = ["pitea", "kf", "bun", "buf", "norrmalmskolan"];

  it("holds a role granted on the object's own scope", () => {
    expect(holdsRole([{ role: "reporter", scopeId: "norrmalmskolan" }], ["reporter"], path)).toBe(true);
  });

  it("inherits a role granted higher up the tree", () => {
    expect(holdsRole([{ role: "administrator", scopeId: "pitea" }], ["administrator"], path)).toBe(true);
    expect(holdsRole([{ role: "chair", scopeId: "bun" }], ["chair"], path)).toBe(true);
  });

  it("does not inherit upwards or sideways", () => {
    expect(holdsRole([{ role: "chair", scopeId: "bun" }], ["chair"], ["pitea", "kf"])).toBe(false);
    expect(holdsRole([{ role: "chair", scopeId: "socn" }], ["chair"], path)).toBe(false);
  });

  it("does not count a different role", () => {
    expect(holdsRole([{ role: "reader", scopeId: "pitea" }], ["administrator"], path)).toBe(false);
  });
});

describe("assertGrantable", () => {
  it("lets a department head be granted on a department only", () => {
    expect(() => assertGrantable("departmentHead", "department")).not.toThrow();
    expect(() => assertGrantable("departmentHead", "committee")).toThrow(expect.objectContaining({ code: "validation_failed" }));
  });

  it("refuses a chair on a unit", () => {
    expect(() => assertGrantable("chair", "unit")).toThrow(/cannot be granted/);
  });
});
