import { describe, expect, it } from "vitest";
import { assertGoalPlacement, copyGoalsForward, defaultGoalLevels, goalCountWarnings } from "./goal-rules.js";

const kfGoal = { id: "g1", planYearId: "2027", levelKey: "kf", ownerScopeId: "kf" };
const committeeGoal = { id: "g2", planYearId: "2027", levelKey: "committee", ownerScopeId: "bun" };
const bunPath = ["pitea", "kf", "bun"];
const unitPath = ["pitea", "kf", "bun", "buf", "norrmalmskolan"];

const reason = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { details: { reason: string }[] }).details[0]?.reason;
  }
};

describe("where a goal may sit", () => {
  it("puts a council goal at the top, breaking down nothing", () => {
    expect(
      reason(() =>
        assertGoalPlacement(
          defaultGoalLevels,
          { planYearId: "2027", levelKey: "kf", ownerKind: "council", ownerScopePath: ["pitea", "kf"] },
          [],
          [],
        ),
      ),
    ).toBeUndefined();
    expect(
      reason(() =>
        assertGoalPlacement(
          defaultGoalLevels,
          { planYearId: "2027", levelKey: "kf", ownerKind: "council", ownerScopePath: ["pitea", "kf"] },
          [kfGoal],
          ["g1"],
        ),
      ),
    ).toBe("top_level_has_no_parent");
  });

  it("makes a committee goal break down at least one council goal of the same year", () => {
    const g = { planYearId: "2027", levelKey: "committee", ownerKind: "committee" as const, ownerScopePath: bunPath };
    expect(reason(() => assertGoalPlacement(defaultGoalLevels, g, [kfGoal], ["g1"]))).toBeUndefined();
    expect(reason(() => assertGoalPlacement(defaultGoalLevels, g, [], []))).toBe("must_break_down_a_goal");
    expect(reason(() => assertGoalPlacement(defaultGoalLevels, g, [{ ...kfGoal, planYearId: "2026" }], ["g1"]))).toBe(
      "parent_in_other_plan_year",
    );
    expect(reason(() => assertGoalPlacement(defaultGoalLevels, g, [undefined], ["nope"]))).toBe("unknown_parent_goal");
  });

  it("lets a goal break down only goals exactly one level up, owned above it", () => {
    const unitGoal = { planYearId: "2027", levelKey: "unit", ownerKind: "unit" as const, ownerScopePath: unitPath };
    expect(reason(() => assertGoalPlacement(defaultGoalLevels, unitGoal, [committeeGoal], ["g2"]))).toBeUndefined();
    expect(reason(() => assertGoalPlacement(defaultGoalLevels, unitGoal, [kfGoal], ["g1"]))).toBe("parent_not_one_level_up");
    expect(reason(() => assertGoalPlacement(defaultGoalLevels, unitGoal, [{ ...committeeGoal, ownerScopeId: "socn" }], ["g2"]))).toBe(
      "parent_owner_not_above",
    );
  });

  it("keeps owners to the kinds their level names", () => {
    expect(
      reason(() =>
        assertGoalPlacement(defaultGoalLevels, { planYearId: "2027", levelKey: "kf", ownerKind: "unit", ownerScopePath: unitPath }, [], []),
      ),
    ).toBe("owner_kind_not_allowed_at_level");
    expect(
      reason(() =>
        assertGoalPlacement(defaultGoalLevels, { planYearId: "2027", levelKey: "x", ownerKind: "unit", ownerScopePath: unitPath }, [], []),
      ),
    ).toBe("unknown_goal_level");
  });
});

describe("goal count warnings", () => {
  it("warns about an owner with more goals than the limit, and only that owner", () => {
    const goals = [...Array.from({ length: 6 }, () => ({ ownerScopeId: "bun" })), { ownerScopeId: "socn" }];
    expect(goalCountWarnings(goals, 5)).toEqual([{ reason: "too_many_goals", ownerScopeId: "bun", count: 6, limit: 5 }]);
    expect(goalCountWarnings(goals, 6)).toEqual([]);
  });
});

describe("copying goals forward", () => {
  it("gives new ids, links each copy to its predecessor and remaps parent links to the copies", () => {
    const goals = [
      { ...kfGoal, parentGoalIds: [] },
      { ...committeeGoal, parentGoalIds: ["g1"] },
    ];
    const copies = copyGoalsForward(goals, "2028", (g) => `${g.id}-2028`);
    expect(copies.map(({ old: _, ...c }) => c)).toEqual([
      { id: "g1-2028", planYearId: "2028", parentGoalIds: [], predecessorGoalId: "g1" },
      { id: "g2-2028", planYearId: "2028", parentGoalIds: ["g1-2028"], predecessorGoalId: "g2" },
    ]);
  });
});
