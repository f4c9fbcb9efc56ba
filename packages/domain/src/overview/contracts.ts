import { z } from "zod";
import { OrgUnitKind } from "../directory/org-contracts.js";
import { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { Assessment, AssessmentCounts, ReportStatus } from "../reporting/contracts.js";
import { Key } from "../shared/common-contracts.js";

/** Which plan year and period to show; the current ones when left out. */
export const OverviewQuery = z.strictObject({ planYearId: Key.optional(), periodId: Key.optional() });
export type OverviewQuery = z.infer<typeof OverviewQuery>;

/** A goal as the overview shows it: where it sits in the scorecard and how it was assessed. */
export const OverviewGoal = z.object({
  id: Key,
  title: z.string(),
  /** The committee or company the goal's owner answers to (the scorecard's row). */
  bodyId: Key,
  ownerScopeId: Key,
  ownerName: z.string(),
  areaId: Key.nullable(),
  /** As reported in a submitted report; `notAssessed` while the report is not submitted. */
  assessment: Assessment,
  /** The same in the previous period, null when there is none. */
  previous: Assessment.nullable(),
  reportStatus: ReportStatus,
});
export type OverviewGoal = z.infer<typeof OverviewGoal>;

/** One committee or company: its goals counted per strategic area and in all. */
export const OverviewRow = z.object({
  bodyId: Key,
  bodyName: z.string(),
  bodyKind: OrgUnitKind,
  counts: AssessmentCounts,
  /** One cell per area of `areas`, in that order, and a last one for goals without an area when there are any. */
  cells: z.array(z.object({ areaId: Key.nullable(), counts: AssessmentCounts })),
});
export type OverviewRow = z.infer<typeof OverviewRow>;

export const Overview = z.object({
  planYearId: Key,
  year: z.number().int(),
  /** The plan years one can switch to, newest first. */
  planYears: z.array(z.object({ id: Key, year: z.number().int() })),
  /** The periods that carry goal assessments (interim and annual reports), in order. */
  periods: z.array(ReportingPeriod),
  period: ReportingPeriod,
  previousPeriodId: Key.nullable(),
  areas: z.array(z.object({ id: Key, name: z.string() })),
  /** Whether some goals have no strategic area (the scorecard's last column). */
  hasGoalsWithoutArea: z.boolean(),
  rows: z.array(OverviewRow),
  /** Goals assessed otherwise than in the previous period: the ten of most concern (fallen furthest first), and how many in all. */
  changes: z.object({ goals: z.array(OverviewGoal), total: z.number().int() }),
  /** Reports the period expects that are not submitted yet. */
  missingReports: z.array(
    z.object({ ownerScopeId: Key, ownerName: z.string(), status: ReportStatus, overdue: z.boolean(), href: z.string() }),
  ),
  /** Governing documents in force whose valid-until falls within 90 days, soonest first. */
  expiringDocuments: z.array(z.object({ id: Key, title: z.string(), validUntil: z.string(), daysLeft: z.number().int() })),
  today: z.string(),
});
export type Overview = z.infer<typeof Overview>;

/** The goals behind a scorecard cell or a count: one body's, in one area (or without one) or with one assessment. */
export const OverviewGoalsQuery = OverviewQuery.extend({
  bodyId: Key,
  areaId: Key.optional(),
  /** Goals without a strategic area (the scorecard's last column). */
  withoutArea: z.enum(["true"]).optional(),
  assessment: Assessment.optional(),
}).refine((q) => !(q.areaId && q.withoutArea), { message: "An area, or goals without one: not both.", path: ["withoutArea"] });
export type OverviewGoalsQuery = z.infer<typeof OverviewGoalsQuery>;

export const OverviewGoalList = z.object({ goals: z.array(OverviewGoal) });
export type OverviewGoalList = z.infer<typeof OverviewGoalList>;
