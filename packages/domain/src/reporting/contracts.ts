import { z } from "zod";
import { OrgUnitKind } from "../directory/org-contracts.js";
import { DocumentDecision } from "../documents/contracts.js";
import { Goal, Indicator } from "../goals/contracts.js";
import { PeriodBody, PeriodKind, ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { Key, singleLine } from "../shared/common-contracts.js";

export const CalendarBody = z.strictObject({ periods: z.array(PeriodBody).min(1).max(24) });
export type CalendarBody = z.infer<typeof CalendarBody>;

export const LockPeriodBody = z.strictObject({ locked: z.boolean() });

export const Assessment = z.enum(["fulfilled", "partlyFulfilled", "notFulfilled", "notAssessed"]);
export type Assessment = z.infer<typeof Assessment>;

/** How many goals stand where: fulfilled, partly, not, and not (yet) assessed. */
export const AssessmentCounts = z.object({
  fulfilled: z.number().int(),
  partlyFulfilled: z.number().int(),
  notFulfilled: z.number().int(),
  notAssessed: z.number().int(),
});
export type AssessmentCounts = z.infer<typeof AssessmentCounts>;

const webUrl = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), { message: "A web address (http or https)." });

export const EvidenceLink = z.strictObject({ title: singleLine(200), url: webUrl });
export type EvidenceLink = z.infer<typeof EvidenceLink>;

/** One goal's assessment in one period. */
export const GoalAssessment = z.strictObject({
  assessment: Assessment,
  /** Required when the goal is not fulfilled. */
  analysis: z.string().trim().max(4000).default(""),
  actions: z.string().trim().max(4000).default(""),
  evidence: z.array(EvidenceLink).max(10).default([]),
});
export type GoalAssessment = z.infer<typeof GoalAssessment>;

const Value = z.number().finite().nullable().default(null);

/** One indicator's outcome in one period: total, and women and men where the indicator is split. */
export const Outcome = z.strictObject({
  total: Value,
  women: Value,
  men: Value,
  /** When given, must be the indicator's unit (guards imports and pasted values). */
  unit: singleLine(40, 0).optional(),
  comment: z.string().trim().max(2000).default(""),
});
export type Outcome = z.infer<typeof Outcome>;

export const SaveReportBody = z.strictObject({
  assessments: z.record(Key, GoalAssessment).default({}),
  outcomes: z.record(Key, Outcome).default({}),
});
export type SaveReportBody = z.infer<typeof SaveReportBody>;

export const ReportStatus = z.enum(["notStarted", "draft", "submitted", "approved", "reviewed"]);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const ReportAction = z.enum(["submit", "approve", "review", "return"]);
export type ReportAction = z.infer<typeof ReportAction>;

export const TransitionBody = z.strictObject({
  action: ReportAction,
  /** Required when a report is returned: say what needs doing. */
  note: z.string().trim().max(2000).default(""),
  /** The committee's decision in its meeting (body, date, §), when the step is a review or a referral back. */
  decision: DocumentDecision.optional(),
});
export type TransitionBody = z.infer<typeof TransitionBody>;

export const ReportEvent = z.object({
  action: ReportAction,
  at: z.string(),
  byUserId: z.string(),
  byName: z.string(),
  note: z.string(),
  /** The committee's decision the step records (its meeting's date and §). */
  decision: DocumentDecision.optional(),
});
export type ReportEvent = z.infer<typeof ReportEvent>;

/** One owner's report for one period. `etag` is `new` before the first save. */
export const Report = z.object({
  planYearId: Key,
  periodId: Key,
  ownerScopeId: Key,
  status: ReportStatus,
  assessments: z.record(z.string(), GoalAssessment),
  outcomes: z.record(z.string(), Outcome),
  events: z.array(ReportEvent),
  etag: z.string(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Report = z.infer<typeof Report>;

export const IndicatorStatus = z.enum(["onTrack", "offTrack", "noTarget", "noValue"]);
export type IndicatorStatus = z.infer<typeof IndicatorStatus>;

export const ReportPermissions = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  approve: z.boolean(),
  review: z.boolean(),
  return: z.boolean(),
});
export type ReportPermissions = z.infer<typeof ReportPermissions>;

/** Everything the reporting form needs, read together. */
export const ReportView = z.object({
  period: ReportingPeriod,
  owner: z.object({ id: Key, name: z.string(), kind: OrgUnitKind }),
  report: Report,
  goals: z.array(Goal),
  /** The owner's indicators; `due` says whether this period asks for an outcome. */
  indicators: z.array(Indicator.extend({ due: z.boolean() })),
  /** Whether the owner reports goal assessments this period (interim and annual reports). */
  assessesGoals: z.boolean(),
  allowed: ReportPermissions,
  /** Names of the bodies whose meeting decisions the report's events record, by id. */
  bodyNames: z.record(z.string(), z.string()),
});
export type ReportView = z.infer<typeof ReportView>;

export const Recipient = z.object({ personId: z.string(), name: z.string() });

/** One owner's line in the "who has not reported" overview. */
export const PeriodStatusRow = z.object({
  ownerScopeId: Key,
  ownerName: z.string(),
  ownerKind: OrgUnitKind,
  status: ReportStatus,
  overdue: z.boolean(),
  recipients: z.array(Recipient),
  remindedOn: z.string().nullable(),
});
export type PeriodStatusRow = z.infer<typeof PeriodStatusRow>;

export const PeriodOverview = z.object({ planYearId: Key, period: ReportingPeriod, today: z.string(), rows: z.array(PeriodStatusRow) });
export type PeriodOverview = z.infer<typeof PeriodOverview>;

export const RemindBody = z.strictObject({ ownerScopeIds: z.array(Key).min(1).max(200) });
export type RemindBody = z.infer<typeof RemindBody>;

export const RemindResult = z.object({ sent: z.number().int(), alreadyRemindedToday: z.number().int(), withoutRecipient: z.array(Key) });
export type RemindResult = z.infer<typeof RemindResult>;

/** A report waiting for the caller: a department head approves, a chair records the committee's review. */
export const ApprovalItem = z.object({
  planYearId: Key,
  periodId: Key,
  periodKind: PeriodKind,
  endsOn: z.string(),
  deadline: z.string(),
  ownerScopeId: Key,
  ownerName: z.string(),
  status: ReportStatus,
  action: z.enum(["approve", "review"]),
  since: z.string(),
  by: z.string(),
});
export type ApprovalItem = z.infer<typeof ApprovalItem>;

export const ApprovalQueue = z.object({ items: z.array(ApprovalItem) });
export type ApprovalQueue = z.infer<typeof ApprovalQueue>;

export const RollupInput = z.object({
  goalId: Key,
  ownerScopeId: Key,
  assessment: Assessment,
  /** `reported` by the goal's owner, or itself `rolledUp` from the goals below it. */
  source: z.enum(["reported", "rolledUp"]),
});

export const RollupDecision = z.object({
  assessment: Assessment,
  justification: z.string(),
  decidedAt: z.string(),
  decidedBy: z.string(),
});

export const RollupRow = z.object({
  goalId: Key,
  suggested: Assessment,
  inputs: z.array(RollupInput),
  decision: RollupDecision.nullable(),
  etag: z.string(),
});
export type RollupRow = z.infer<typeof RollupRow>;

export const RollupView = z.object({
  planYearId: Key,
  period: ReportingPeriod,
  /** The rule that made the suggestions, stated so readers can check it. */
  rule: z.object({ id: z.string(), sv: z.string(), en: z.string() }),
  rows: z.array(RollupRow),
});
export type RollupView = z.infer<typeof RollupView>;

export const DecideRollupBody = z.strictObject({
  assessment: Assessment,
  /** Required when the decision differs from the suggestion. */
  justification: z.string().trim().max(2000).default(""),
});
export type DecideRollupBody = z.infer<typeof DecideRollupBody>;

export const PeriodQuery = z.strictObject({ periodId: Key.optional(), scopeId: Key.optional() });

/** A plan year's goals, indicators and one period's reports, read in one round trip. */
export const GoalTree = z.object({
  planYearId: Key,
  periodId: Key.nullable(),
  goals: z.array(Goal),
  indicators: z.array(Indicator.extend({ status: IndicatorStatus, value: z.number().nullable() })),
  reports: z.array(Report),
});
export type GoalTree = z.infer<typeof GoalTree>;

export const MyNotification = z.object({
  id: z.string(),
  activityType: z.string(),
  templateParameters: z.record(z.string(), z.string()),
  lines: z.array(z.string()),
  href: z.string(),
  sentAt: z.string(),
});
export const MyNotifications = z.object({ notifications: z.array(MyNotification) });
export type MyNotifications = z.infer<typeof MyNotifications>;
