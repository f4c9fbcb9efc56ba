import { z } from "zod";
import { OrgUnitKind } from "../directory/org-contracts.js";
import { DocumentDecision } from "../documents/contracts.js";
import { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { ReportEvent, ReportPermissions, ReportStatus } from "../reporting/contracts.js";
import { Key } from "../shared/common-contracts.js";
import {
  Control,
  ControlPeriodStatus,
  ControlResult,
  InternalControlAction,
  OversightAssessment,
  Risk,
  RiskCategory,
  RiskLevel,
  ScaleStep,
} from "./contracts.js";

/* ---------- What the screens read ---------- */

/** A risk as a matrix cell lists it. */
export const RiskRef = z.object({
  id: Key,
  title: z.string(),
  ownerScopeId: Key,
  ownerName: z.string(),
  categoryKey: Key,
  level: RiskLevel,
});
export type RiskRef = z.infer<typeof RiskRef>;

export const RiskMatrixCell = z.object({
  probability: z.number().int(),
  consequence: z.number().int(),
  value: z.number().int(),
  level: RiskLevel,
  risks: z.array(RiskRef),
});
/** The heat map: rows from the most likely down, each cell with its risks. */
export const RiskMatrix = z.object({
  probability: z.array(ScaleStep),
  consequence: z.array(ScaleStep),
  rows: z.array(z.array(RiskMatrixCell)),
  /** Risks assessed on steps the scale no longer has. */
  offScale: z.number().int(),
});
export type RiskMatrix = z.infer<typeof RiskMatrix>;

export const OwnerRef = z.object({ id: Key, name: z.string(), kind: OrgUnitKind });

export const PlanState = z.object({
  adopted: DocumentDecision.nullable(),
  amendments: z.array(DocumentDecision),
  /** `new` before the plan is adopted the first time. */
  etag: z.string(),
});
export type PlanState = z.infer<typeof PlanState>;

export const PlannedControl = Control.extend({ periods: z.array(ControlPeriodStatus) });
export type PlannedControl = z.infer<typeof PlannedControl>;

/** A committee's or company's internal control for a plan year: analysis, matrix, plan, results and actions. */
export const CommitteeInternalControlView = z.object({
  planYearId: Key,
  owner: OwnerRef,
  today: z.string(),
  categories: z.array(RiskCategory),
  risks: z.array(Risk),
  matrix: RiskMatrix,
  plan: PlanState,
  controls: z.array(PlannedControl),
  /** The plan year's reporting periods a control can be reported in. */
  periods: z.array(ReportingPeriod),
  actions: z.array(InternalControlAction),
  /** The committee's own assessment of the year: is our internal control sufficient? */
  assessment: OversightAssessment.nullable(),
  /** The assessment's version for `If-Match`: `new` before the first. */
  assessmentEtag: z.string(),
  /** The executive board's assessment of it, when made. */
  boardAssessment: OversightAssessment.nullable(),
  allowed: z.object({
    /** Register and assess risks, add and change controls. */
    edit: z.boolean(),
    /** Record the committee's adoption of the plan, or an amendment, and its assessment of the year. */
    adopt: z.boolean(),
  }),
});
export type CommitteeInternalControlView = z.infer<typeof CommitteeInternalControlView>;

export const OwnerYearParams = z.strictObject({ id: Key, ownerScopeId: Key });

/** A control's report for one period, with its actions. `etag` is `new` before the first save. */
export const ControlReportView = z.object({
  control: Control,
  owner: OwnerRef,
  period: ReportingPeriod,
  report: z.object({
    status: ReportStatus,
    examined: z.string(),
    sampleSize: z.number().int(),
    errorsFound: z.number().int(),
    result: ControlResult.nullable(),
    analysis: z.string(),
    events: z.array(ReportEvent),
    etag: z.string(),
  }),
  actions: z.array(InternalControlAction),
  allowed: ReportPermissions.extend({ addAction: z.boolean() }),
});
export type ControlReportView = z.infer<typeof ControlReportView>;

/* ---------- The executive board's oversight ---------- */

export const OversightRow = z.object({
  owner: OwnerRef,
  adopted: DocumentDecision.nullable(),
  riskCount: z.number().int(),
  highRiskCount: z.number().int(),
  controlCount: z.number().int(),
  /** Per period of the calendar: controls scheduled, reported (submitted or further), and overdue. */
  periods: z.array(z.object({ periodId: Key, scheduled: z.number().int(), reported: z.number().int(), overdue: z.number().int() })),
  deviations: z.object({ minorDeviation: z.number().int(), significantDeviation: z.number().int() }),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  /** `etag` is `new` before the executive board's first assessment. */
  assessment: OversightAssessment.nullable(),
  assessmentEtag: z.string(),
});
export type OversightRow = z.infer<typeof OversightRow>;

export const OversightQuery = z.strictObject({ categoryKey: Key.optional(), ownerScopeId: Key.optional() });
export type OversightQuery = z.infer<typeof OversightQuery>;

export const OversightView = z.object({
  planYearId: Key,
  today: z.string(),
  /** The plan year's calendar. */
  periods: z.array(ReportingPeriod),
  categories: z.array(RiskCategory),
  rows: z.array(OversightRow),
  /** Every committee's and company's risks on one matrix, as filtered. */
  matrix: RiskMatrix,
  allowed: z.object({ assess: z.boolean(), addCommonControl: z.boolean() }),
});
export type OversightView = z.infer<typeof OversightView>;

/* ---------- A goal's risks ---------- */

/** The risks that threaten a goal, each with the controls that address it and their results per period. */
export const GoalRisks = z.object({
  risks: z.array(
    RiskRef.extend({
      value: z.number().int(),
      controls: z.array(
        z.object({
          id: Key,
          title: z.string(),
          periods: z.array(ControlPeriodStatus.extend({ period: ReportingPeriod.pick({ kind: true, endsOn: true }) })),
        }),
      ),
    }),
  ),
});
export type GoalRisks = z.infer<typeof GoalRisks>;
