import { z } from "zod";
import { OrgUnitKind } from "../directory/org-contracts.js";
import { Goal, Indicator, LocalizedText } from "../goals/contracts.js";
import { PeriodKind } from "../goals/reporting-period-contracts.js";
import { Assessment, AssessmentCounts, IndicatorStatus, ReportStatus } from "../reporting/contracts.js";
import { Guid, Key } from "../shared/common-contracts.js";

/* ---------- Kolada ---------- */

/** Import Kolada values: a downloaded v3 data file, or a fetch from the API for the linked KPIs. */
export const KoladaImportBody = z.discriminatedUnion("source", [
  /** The JSON of a Kolada v3 `/data/...` answer, as downloaded. */
  z.strictObject({ source: z.literal("file"), document: z.unknown() }),
  /** Fetch the KPIs the plan year's indicators link, for the own municipality and the group. */
  z.strictObject({
    source: z.literal("api"),
    planYearId: Key,
    years: z.array(z.number().int().min(1990).max(2100)).min(1).max(10),
  }),
]);
export type KoladaImportBody = z.infer<typeof KoladaImportBody>;

export const KoladaImportResult = z.object({
  /** KPIs whose values were stored, with how many municipality-year values each. */
  imported: z.array(z.object({ kpiId: z.string(), points: z.number().int() })),
  /** KPIs in the file no indicator links to, or values of municipalities outside the group: not stored. */
  ignoredKpiIds: z.array(z.string()),
  ignoredPoints: z.number().int(),
});
export type KoladaImportResult = z.infer<typeof KoladaImportResult>;

/** A search of Kolada's KPI catalogue by title, or by id (N15428). */
export const KoladaKpiSearchQuery = z.strictObject({
  q: z.string().trim().min(2, "At least two characters.").max(100),
});
export type KoladaKpiSearchQuery = z.infer<typeof KoladaKpiSearchQuery>;

/** A key figure in Kolada's catalogue, as an indicator links it. */
export const KoladaKpi = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  /** Kolada's "verksamhetsområde", e.g. Äldreomsorg. */
  operatingArea: z.string(),
  /** Published for women and men as well as in total. */
  dividedByGender: z.boolean(),
});
export type KoladaKpi = z.infer<typeof KoladaKpi>;

export const KoladaKpiList = z.object({
  /** At most 20, in Kolada's order; `more` says the search matched more than shown. */
  items: z.array(KoladaKpi),
  more: z.boolean(),
});
export type KoladaKpiList = z.infer<typeof KoladaKpiList>;

export const BenchmarkYear = z.object({
  year: z.number().int(),
  own: z.number().nullable(),
  median: z.number().nullable(),
  rank: z.number().int().nullable(),
  of: z.number().int(),
});
export type BenchmarkYear = z.infer<typeof BenchmarkYear>;

/* ---------- Goal detail ---------- */

/** One reported value of an indicator (or its predecessor in an earlier plan year). */
export const TrendPoint = z.object({
  planYearId: Key,
  year: z.number().int(),
  periodId: Key,
  periodKind: PeriodKind,
  endsOn: z.string(),
  total: z.number().nullable(),
  women: z.number().nullable(),
  men: z.number().nullable(),
  reportStatus: ReportStatus,
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const IndicatorTrend = z.object({
  indicator: Indicator,
  status: IndicatorStatus,
  /** Oldest first, across plan years through `predecessorIndicatorId`. */
  points: z.array(TrendPoint),
  /** The target of each plan year the chain runs through. */
  targets: z.array(z.object({ year: z.number().int(), target: z.number().nullable() })),
  benchmark: z
    .object({
      rule: z.string(),
      kpiId: z.string(),
      groupName: z.string(),
      years: z.array(BenchmarkYear),
    })
    .nullable(),
});
export type IndicatorTrend = z.infer<typeof IndicatorTrend>;

export const GoalDetail = z.object({
  goal: Goal,
  planYear: z.object({ id: Key, year: z.number().int() }),
  level: LocalizedText.nullable(),
  owner: z.object({ id: Key, name: z.string(), kind: OrgUnitKind }),
  parents: z.array(z.object({ id: Key, title: z.string() })),
  /** The goal's assessment in each period it was assessed, oldest first. */
  assessments: z.array(
    z.object({
      periodId: Key,
      periodKind: PeriodKind,
      endsOn: z.string(),
      assessment: Assessment,
      analysis: z.string(),
      reportStatus: ReportStatus,
    }),
  ),
  indicators: z.array(IndicatorTrend),
  /** Whether the caller may change the goal (add indicators, retire it): the API checks again on every write. */
  canEdit: z.boolean(),
  /** Cosmos round trips this read made (bounded: see docs/decisions.md). */
  roundTrips: z.number().int(),
});
export type GoalDetail = z.infer<typeof GoalDetail>;

/* ---------- Cost beside quality ---------- */

const Amount = z.number().finite().min(-1e9).max(1e9);

export const FinanceEntryBody = z.strictObject({
  periodId: Key,
  ownerScopeId: Key,
  /** Thousands of kronor (tkr), year to date. */
  netCost: Amount,
  budget: Amount.nullable().default(null),
});

export const FinanceBody = z.strictObject({
  /** Residents at the start of the year, for cost per resident. */
  residents: z.number().int().min(1).max(20_000_000).nullable(),
  entries: z.array(FinanceEntryBody).max(2000),
});
export type FinanceBody = z.infer<typeof FinanceBody>;

export const FinanceImportBody = z.strictObject({
  /** The CSV text: a header (period; nämnd; nettokostnad; budget) and one row per committee and period. */
  csv: z.string().min(1).max(500_000),
});
export type FinanceImportBody = z.infer<typeof FinanceImportBody>;

export const FinanceRow = z.object({
  periodId: Key,
  ownerScopeId: Key,
  ownerName: z.string(),
  netCost: z.number(),
  budget: z.number().nullable(),
  /** Budget minus net cost: positive is a surplus. */
  deviation: z.number().nullable(),
  /** Kronor per resident. */
  netCostPerResident: z.number().nullable(),
  /** The owner's report that period, beside its cost. */
  reportStatus: ReportStatus,
  results: AssessmentCounts,
});
export type FinanceRow = z.infer<typeof FinanceRow>;

export const FinanceView = z.object({
  planYearId: Key,
  residents: z.number().int().nullable(),
  rows: z.array(FinanceRow),
  /** The committees and boards with a net cost, by name: what an import names, and the template lists. */
  owners: z.array(z.object({ id: Key, name: z.string() })),
  etag: z.string(),
  allowed: z.object({ edit: z.boolean() }),
});
export type FinanceView = z.infer<typeof FinanceView>;

/* ---------- Open data ---------- */

export const PublicResultsQuery = z.strictObject({
  planYear: z
    .string()
    .regex(/^\d{4}$/, "A year such as 2026.")
    .optional(),
  format: z.enum(["json", "csv"]).default("json"),
  /** For CSV: goal assessments or indicator values. */
  dataset: z.enum(["goals", "indicators"]).default("indicators"),
});
export type PublicResultsQuery = z.infer<typeof PublicResultsQuery>;

/** Approved results only, and nothing about a person: no names, no free text written while reporting. */
export const PublicResults = z.object({
  municipality: z.string(),
  planYear: z.number().int(),
  planYears: z.array(z.number().int()),
  vision: z.string(),
  publishedAt: z.string(),
  license: z.string(),
  periods: z.array(z.object({ id: Key, kind: PeriodKind, endsOn: z.string() })),
  goals: z.array(
    z.object({
      id: Key,
      title: z.string(),
      level: z.string(),
      owner: z.string(),
      area: z.string().nullable(),
      parentGoalIds: z.array(Key),
      assessments: z.array(z.object({ periodId: Key, assessment: Assessment })),
    }),
  ),
  indicators: z.array(
    z.object({
      id: Key,
      goalId: Key,
      title: z.string(),
      unit: z.string(),
      direction: z.enum(["higherIsBetter", "lowerIsBetter"]),
      target: z.number().nullable(),
      outcomes: z.array(
        z.object({ periodId: Key, total: z.number().nullable(), women: z.number().nullable(), men: z.number().nullable() }),
      ),
    }),
  ),
});
export type PublicResults = z.infer<typeof PublicResults>;

export const PublicResultsParams = z.strictObject({ tenantId: Guid });
export const DocxReportQuery = z.strictObject({ scopeId: Key.optional(), locale: z.enum(["sv", "en"]).optional() });
