import type { OrgUnitKind } from "../directory/org-contracts.js";
import { validationFailed } from "../shared/errors.js";
import type { GoalLevel, GoalWarning } from "./contracts.js";

/** The levels Piteå's model has (seeds 000–002); a tenant changes them in its goal settings. */
export const defaultGoalLevels: readonly GoalLevel[] = [
  { key: "kf", name: { sv: "Kommunfullmäktiges mål", en: "Council goals" }, ownerKinds: ["council"] },
  {
    key: "committee",
    name: { sv: "Nämndens och bolagets mål", en: "Committee and company goals" },
    ownerKinds: ["executiveBoard", "committee", "company"],
  },
  { key: "unit", name: { sv: "Förvaltningens och enhetens mål", en: "Department and unit goals" }, ownerKinds: ["department", "unit"] },
];

export const defaultMaxGoalsPerOwner = 5;

export interface GoalLink {
  readonly id: string;
  readonly planYearId: string;
  readonly levelKey: string;
  readonly ownerScopeId: string;
}

/** Where a new or changed goal may sit, given its plan year's levels and its owner. */
export function assertGoalPlacement(
  levels: readonly GoalLevel[],
  goal: { planYearId: string; levelKey: string; ownerKind: OrgUnitKind; ownerScopePath: readonly string[] },
  parents: readonly (GoalLink | undefined)[],
  parentIds: readonly string[],
): void {
  const index = levels.findIndex((l) => l.key === goal.levelKey);
  const level = levels[index];
  if (!level) throw validationFailed("unknown_goal_level", `The plan year has no goal level ${goal.levelKey}.`, "body.levelKey");
  if (!level.ownerKinds.includes(goal.ownerKind)) {
    throw validationFailed("owner_kind_not_allowed_at_level", `A ${goal.ownerKind} does not own goals at this level.`, "body.ownerScopeId");
  }
  if (index === 0 && parentIds.length > 0) {
    throw validationFailed("top_level_has_no_parent", "Goals at the top level break down no other goal.", "body.parentGoalIds");
  }
  if (index > 0 && parentIds.length === 0) {
    throw validationFailed(
      "must_break_down_a_goal",
      "Link the goal to the goal(s) one level up that it breaks down.",
      "body.parentGoalIds",
    );
  }
  const above = levels[index - 1]?.key;
  parentIds.forEach((id, i) => {
    const parent = parents[i];
    if (!parent) throw validationFailed("unknown_parent_goal", `There is no goal ${id}.`, "body.parentGoalIds");
    if (parent.planYearId !== goal.planYearId) {
      throw validationFailed("parent_in_other_plan_year", "A goal can only break down goals of its own plan year.", "body.parentGoalIds");
    }
    if (parent.levelKey !== above) {
      throw validationFailed("parent_not_one_level_up", "A goal breaks down goals exactly one level up.", "body.parentGoalIds");
    }
    if (!goal.ownerScopePath.includes(parent.ownerScopeId)) {
      throw validationFailed(
        "parent_owner_not_above",
        "The goal broken down must belong to a unit above this goal's owner.",
        "body.parentGoalIds",
      );
    }
  });
}

/** Owners with more goals in a plan year than the tenant's limit (a warning, never a refusal). */
export function goalCountWarnings(goals: readonly { ownerScopeId: string; retired?: unknown }[], limit: number): GoalWarning[] {
  const counts = new Map<string, number>();
  // A retired goal no longer counts against the limit.
  for (const g of goals) if (!g.retired) counts.set(g.ownerScopeId, (counts.get(g.ownerScopeId) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, count]) => count > limit)
    .map(([ownerScopeId, count]) => ({ reason: "too_many_goals" as const, ownerScopeId, count, limit }));
}

/**
 * The goals of a plan year copied forward: new ids, each linked to its predecessor, and
 * parent links remapped to the copies. Credibility reviews are not carried over: each
 * year's goals are reviewed anew.
 */
export function copyGoalsForward<G extends GoalLink & { parentGoalIds: readonly string[] }>(
  goals: readonly G[],
  newPlanYearId: string,
  newId: (old: G) => string,
): { old: G; id: string; planYearId: string; parentGoalIds: string[]; predecessorGoalId: string }[] {
  const ids = new Map(goals.map((g) => [g.id, newId(g)]));
  return goals.map((g) => ({
    old: g,
    id: ids.get(g.id) as string,
    planYearId: newPlanYearId,
    parentGoalIds: g.parentGoalIds.flatMap((p) => (ids.has(p) ? [ids.get(p) as string] : [])),
    predecessorGoalId: g.id,
  }));
}
