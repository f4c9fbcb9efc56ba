import { metaOf } from "../shared/records.js";
import type { Stored } from "../shared/store.js";
import type { Goal, GoalSettings, Indicator, PlanYear } from "./contracts.js";
import type { GoalData, GoalRepository, GoalSettingsData, IndicatorData, PlanYearData } from "./goal-repository.js";
import { defaultGoalLevels, defaultMaxGoalsPerOwner } from "./goal-rules.js";

// The goals module's DTO mappers, in one place: every module that shows a goal, indicator or plan year maps it here.

/** The version a tenant's settings have before anyone saved them. */
export const defaultSettingsEtag = "default";

export const toGoalDto = (g: Stored<GoalData>): Goal => ({
  id: g.id,
  planYearId: g.planYearId,
  levelKey: g.levelKey,
  ownerScopeId: g.ownerScopeId,
  ownerScopePath: [...g.ownerScopePath],
  title: g.title,
  description: g.description,
  areaId: g.areaId,
  parentGoalIds: [...g.parentGoalIds],
  predecessorGoalId: g.predecessorGoalId,
  credibilityReview: g.credibilityReview,
  retired: g.retired ?? null,
  ...metaOf(g),
});

export const toIndicatorDto = (i: Stored<IndicatorData>): Indicator => ({
  id: i.id,
  planYearId: i.planYearId,
  goalId: i.goalId,
  ownerScopePath: [...i.ownerScopePath],
  title: i.title,
  unit: i.unit,
  direction: i.direction,
  periodicity: i.periodicity,
  source: i.source,
  splitByGender: i.splitByGender,
  range: { ...i.range },
  baseline: i.baseline,
  target: i.target,
  ownerPersonId: i.ownerPersonId,
  predecessorIndicatorId: i.predecessorIndicatorId ?? null,
  ...metaOf(i),
});

export const toPlanYearDto = (y: Stored<PlanYearData>): PlanYear => ({
  id: y.id,
  year: y.year,
  vision: y.vision,
  areas: [...y.areas],
  levels: [...y.levels],
  previousPlanYearId: y.previousPlanYearId,
  periods: (y.periods ?? []).map((p) => ({ ...p })),
  ...metaOf(y),
});

const defaultSettings: GoalSettings = {
  levels: [...defaultGoalLevels],
  maxGoalsPerOwner: defaultMaxGoalsPerOwner,
  benchmark: null,
  publishResults: false,
  etag: defaultSettingsEtag,
};

export const settingsDto = (s: Stored<GoalSettingsData>): GoalSettings => ({
  levels: [...s.levels],
  maxGoalsPerOwner: s.maxGoalsPerOwner,
  benchmark: s.benchmark ?? null,
  publishResults: s.publishResults ?? false,
  etag: s.etag,
});

/** A tenant's settings, or the defaults before anyone saved them. */
export async function readGoalSettings(goals: Pick<GoalRepository, "findSettings">, tenantId: string): Promise<GoalSettings> {
  const stored = await goals.findSettings(tenantId);
  return stored ? settingsDto(stored) : defaultSettings;
}
