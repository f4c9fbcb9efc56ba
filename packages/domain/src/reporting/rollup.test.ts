import { describe, expect, it } from "vitest";
import type { Assessment } from "./contracts.js";
import { type RollupGoal, rollUp, suggestAssessment } from "./rollup.js";

describe("the roll-up rule", () => {
  it("suggests from the mean of the scored assessments below", () => {
    expect(suggestAssessment(["fulfilled", "fulfilled", "partlyFulfilled"])).toBe("fulfilled");
    expect(suggestAssessment(["fulfilled", "partlyFulfilled"])).toBe("fulfilled");
    expect(suggestAssessment(["partlyFulfilled", "partlyFulfilled", "notFulfilled"])).toBe("partlyFulfilled");
    expect(suggestAssessment(["notFulfilled", "partlyFulfilled"])).toBe("partlyFulfilled");
    expect(suggestAssessment(["notFulfilled", "notFulfilled", "partlyFulfilled"])).toBe("notFulfilled");
    expect(suggestAssessment(["notFulfilled", "notFulfilled", "notFulfilled", "partlyFulfilled"])).toBe("notFulfilled");
  });
  it("never suggests fulfilled when a goal below is not fulfilled", () => {
    expect(suggestAssessment(["fulfilled", "fulfilled", "fulfilled", "notFulfilled"])).toBe("partlyFulfilled");
  });
  it("ignores goals not assessed, and says not assessed when nothing is", () => {
    expect(suggestAssessment(["notAssessed", "fulfilled"])).toBe("fulfilled");
    expect(suggestAssessment(["notAssessed"])).toBe("notAssessed");
    expect(suggestAssessment([])).toBe("notAssessed");
  });
});

describe("rolling up a plan year", () => {
  const g = (id: string, ownerScopeId: string, parentGoalIds: string[] = []): RollupGoal => ({ id, ownerScopeId, parentGoalIds });
  const goals = [
    g("kf1", "kf"),
    g("kf2", "kf"),
    g("bun1", "bun", ["kf1"]),
    g("socn1", "socn", ["kf1"]),
    g("bun2", "bun", ["kf2"]),
    g("skola1", "skola", ["bun2"]),
  ];
  const isKf = (x: RollupGoal) => x.ownerScopeId === "kf";

  it("shows the rule's inputs beside each council goal's suggestion", () => {
    const reported = new Map<string, Assessment>([
      ["bun1", "fulfilled"],
      ["socn1", "notFulfilled"],
    ]);
    const [kf1] = rollUp(goals, reported, new Map(), isKf);
    expect(kf1).toEqual({
      goalId: "kf1",
      suggested: "partlyFulfilled",
      inputs: [
        { goalId: "bun1", ownerScopeId: "bun", assessment: "fulfilled", source: "reported" },
        { goalId: "socn1", ownerScopeId: "socn", assessment: "notFulfilled", source: "reported" },
      ],
    });
  });

  it("counts a goal without its own assessment by its own suggestion from below", () => {
    const rows = rollUp(goals, new Map([["skola1", "fulfilled"]]), new Map(), isKf);
    expect(rows.find((r) => r.goalId === "kf2")).toEqual({
      goalId: "kf2",
      suggested: "fulfilled",
      inputs: [{ goalId: "bun2", ownerScopeId: "bun", assessment: "fulfilled", source: "rolledUp" }],
    });
    expect(rows.find((r) => r.goalId === "kf1")?.suggested).toBe("notAssessed");
  });

  it("lets a confirmed decision count in place of a suggestion further up", () => {
    const twoKfLevels = [g("aim", "kf"), g("op", "kf", ["aim"]), g("c", "bun", ["op"])];
    const rows = rollUp(twoKfLevels, new Map([["c", "fulfilled"]]), new Map([["op", "notFulfilled"]]), isKf);
    expect(rows.find((r) => r.goalId === "aim")?.suggested).toBe("notFulfilled");
    expect(rows.find((r) => r.goalId === "op")?.suggested).toBe("fulfilled");
  });
});
