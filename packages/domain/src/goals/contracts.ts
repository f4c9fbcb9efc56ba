import { z } from "zod";
import { OrgUnitKind } from "../directory/org-contracts.js";
import { Key, Name, RecordMeta, singleLine } from "../shared/common-contracts.js";
import { ReportingPeriod } from "./reporting-period-contracts.js";

/** Text in Swedish, optionally also in English. */
export const LocalizedText = z.strictObject({ sv: Name, en: Name.optional() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * One level of the tenant's goal hierarchy. Piteå: council goals → committee goals →
 * unit goals; Stockholm: inriktningsmål → verksamhetsmål → committee → unit goals.
 */
export const GoalLevel = z.strictObject({
  key: Key,
  name: LocalizedText,
  /** Kinds of organisational unit that own goals at this level. */
  ownerKinds: z.array(OrgUnitKind).min(1),
});
export type GoalLevel = z.infer<typeof GoalLevel>;

/** A Kolada municipality code: four digits, e.g. 2581 for Piteå. */
export const KoladaMunicipalityId = z.string().regex(/^\d{4}$/, "A Kolada municipality code of four digits, such as 2581.");

/** Whom the municipality compares itself with in Kolada (a "jämförelsegrupp"). */
export const BenchmarkSettings = z.strictObject({
  municipalityId: KoladaMunicipalityId,
  comparisonGroup: z.strictObject({
    name: Name,
    municipalityIds: z.array(KoladaMunicipalityId).min(1).max(300),
  }),
});
export type BenchmarkSettings = z.infer<typeof BenchmarkSettings>;

export const GoalSettingsBody = z
  .strictObject({
    levels: z.array(GoalLevel).min(1).max(6),
    /** More goals than this on one unit in a plan year is warned about (seed 003). */
    maxGoalsPerOwner: z.number().int().min(1).max(50),
    /** Kolada codes for the benchmark; null until set. */
    benchmark: BenchmarkSettings.nullable().default(null),
    /** Publish approved results as open data and on the public results page. */
    publishResults: z.boolean().default(false),
  })
  .refine((s) => new Set(s.levels.map((l) => l.key)).size === s.levels.length, { message: "Level keys must be unique.", path: ["levels"] });
export type GoalSettingsBody = z.infer<typeof GoalSettingsBody>;

export const GoalSettings = z.object({
  levels: z.array(GoalLevel),
  maxGoalsPerOwner: z.number().int(),
  benchmark: BenchmarkSettings.nullable(),
  publishResults: z.boolean(),
  etag: z.string(),
});
export type GoalSettings = z.infer<typeof GoalSettings>;

export const StrategicArea = z.strictObject({ id: Key, name: Name, kind: z.enum(["strategicArea", "perspective"]) });
export type StrategicArea = z.infer<typeof StrategicArea>;

export const PlanYear = RecordMeta.extend({
  id: Key,
  year: z.number().int(),
  vision: z.string(),
  areas: z.array(StrategicArea),
  /** The goal levels as they were when the year was created: later settings changes do not rewrite a year. */
  levels: z.array(GoalLevel),
  previousPlanYearId: Key.nullable(),
  /** The reporting calendar: monthly, interim and annual reports with deadlines. */
  periods: z.array(ReportingPeriod),
});
export type PlanYear = z.infer<typeof PlanYear>;
export const PlanYearList = z.object({ planYears: z.array(PlanYear) });
export type PlanYearList = z.infer<typeof PlanYearList>;

export const CreatePlanYearBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  vision: z.string().trim().min(1).max(500),
  areas: z.array(StrategicArea).min(1).max(20),
  /** Copy every goal of this plan year forward, linking each copy to its predecessor. */
  copyGoalsFrom: Key.optional(),
});
export type CreatePlanYearBody = z.infer<typeof CreatePlanYearBody>;

export const CredibilityReview = z.object({
  conclusion: z.enum(["credible", "needsWork"]),
  note: z.string().max(2000),
  reviewedAt: z.string(),
  reviewedBy: z.string(),
});
export type CredibilityReview = z.infer<typeof CredibilityReview>;

/** A goal taken out of the plan during the year: kept with its history, no longer reported on. */
export const GoalRetirement = z.object({ at: z.string(), by: z.string(), note: z.string() });
export type GoalRetirement = z.infer<typeof GoalRetirement>;

export const RetireGoalBody = z.strictObject({
  /** Why the goal is retired (the committee's decision, a reorganisation). */
  note: singleLine(500),
});
export type RetireGoalBody = z.infer<typeof RetireGoalBody>;

export const Goal = RecordMeta.extend({
  id: Key,
  planYearId: Key,
  levelKey: Key,
  ownerScopeId: Key,
  ownerScopePath: z.array(Key),
  /** Phrased from the resident's perspective. */
  title: z.string(),
  description: z.string(),
  areaId: Key.nullable(),
  parentGoalIds: z.array(Key),
  predecessorGoalId: Key.nullable(),
  credibilityReview: CredibilityReview.nullable(),
  /** Set when the goal was retired: it stays in the chain, and periods after it no longer ask for it. */
  retired: GoalRetirement.nullable(),
});
export type Goal = z.infer<typeof Goal>;

export const GoalWarning = z.object({
  reason: z.literal("too_many_goals"),
  ownerScopeId: Key,
  count: z.number().int(),
  limit: z.number().int(),
});
export type GoalWarning = z.infer<typeof GoalWarning>;

export const GoalList = z.object({ goals: z.array(Goal), warnings: z.array(GoalWarning) });
export type GoalList = z.infer<typeof GoalList>;

export const GoalResult = z.object({ goal: Goal, warnings: z.array(GoalWarning) });
export type GoalResult = z.infer<typeof GoalResult>;

export const CreateGoalBody = z.strictObject({
  planYearId: Key,
  levelKey: Key,
  ownerScopeId: Key,
  title: singleLine(300),
  description: z.string().trim().max(4000).default(""),
  areaId: Key.nullable().default(null),
  parentGoalIds: z.array(Key).max(20).default([]),
});
export type CreateGoalBody = z.infer<typeof CreateGoalBody>;

export const UpdateGoalBody = z
  .strictObject({
    title: singleLine(300).optional(),
    description: z.string().trim().max(4000).optional(),
    areaId: Key.nullable().optional(),
    parentGoalIds: z.array(Key).max(20).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdateGoalBody = z.infer<typeof UpdateGoalBody>;

export const ReviewGoalBody = z.strictObject({
  conclusion: z.enum(["credible", "needsWork"]),
  note: z.string().trim().max(2000).default(""),
});
export type ReviewGoalBody = z.infer<typeof ReviewGoalBody>;

export const ListGoalsQuery = z.strictObject({ ownerScopeId: Key.optional() });

export const IndicatorSource = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("manual") }),
  /** A Kolada key figure (KPI id such as N15428); values are imported from Kolada's open API. */
  z.strictObject({ kind: z.literal("kolada"), kpiId: z.string().regex(/^[NU]\d{5}$/, "A Kolada KPI id such as N15428.") }),
  z.strictObject({ kind: z.literal("import") }),
]);
export type IndicatorSource = z.infer<typeof IndicatorSource>;

const IndicatorFields = {
  title: singleLine(300),
  /** What a value counts, e.g. "%", "antal", "kr per invånare". */
  unit: singleLine(40),
  direction: z.enum(["higherIsBetter", "lowerIsBetter"]),
  periodicity: z.enum(["month", "interim", "year"]),
  source: IndicatorSource,
  /** Reported as total, women and men, as Kolada does. */
  splitByGender: z.boolean(),
  /** Values outside this range are refused when reported. */
  range: z.strictObject({ min: z.number(), max: z.number() }).refine((r) => r.min < r.max, { message: "min must be below max." }),
  baseline: z.strictObject({ year: z.number().int().min(2000).max(2100), value: z.number() }).nullable(),
  /** Target for the plan year. */
  target: z.number().nullable(),
  ownerPersonId: z.string().uuid().nullable(),
};

export const Indicator = RecordMeta.extend({
  id: Key,
  planYearId: Key,
  goalId: Key,
  ownerScopePath: z.array(Key),
  ...IndicatorFields,
  title: z.string(),
  unit: z.string(),
  range: z.object({ min: z.number(), max: z.number() }),
  ownerPersonId: z.string().nullable(),
  predecessorIndicatorId: Key.nullable(),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorList = z.object({ indicators: z.array(Indicator) });

export const CreateIndicatorBody = z
  .strictObject({
    goalId: Key,
    ...IndicatorFields,
    baseline: IndicatorFields.baseline.default(null),
    target: IndicatorFields.target.default(null),
    ownerPersonId: IndicatorFields.ownerPersonId.default(null),
  })
  .refine((b) => b.target === null || (b.target >= b.range.min && b.target <= b.range.max), {
    message: "The target must lie within the range.",
    path: ["target"],
  })
  .refine((b) => b.baseline === null || (b.baseline.value >= b.range.min && b.baseline.value <= b.range.max), {
    message: "The baseline must lie within the range.",
    path: ["baseline"],
  });
export type CreateIndicatorBody = z.infer<typeof CreateIndicatorBody>;

export const UpdateIndicatorBody = z
  .strictObject({
    title: IndicatorFields.title.optional(),
    unit: IndicatorFields.unit.optional(),
    direction: IndicatorFields.direction.optional(),
    periodicity: IndicatorFields.periodicity.optional(),
    source: IndicatorSource.optional(),
    splitByGender: z.boolean().optional(),
    range: IndicatorFields.range.optional(),
    baseline: IndicatorFields.baseline.optional(),
    target: IndicatorFields.target.optional(),
    ownerPersonId: IndicatorFields.ownerPersonId.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdateIndicatorBody = z.infer<typeof UpdateIndicatorBody>;

/** The indicators of a plan year, or of one goal. */
export const ListIndicatorsQuery = z.strictObject({ goalId: Key.optional() });
