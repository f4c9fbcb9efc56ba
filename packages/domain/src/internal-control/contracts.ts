import { z } from "zod";
import { DocumentDecision } from "../documents/contracts.js";
import { IsoDate } from "../goals/reporting-period-contracts.js";
import { ReportStatus } from "../reporting/contracts.js";
import { Key, RecordMeta, singleLine } from "../shared/common-contracts.js";
import { actionStatuses, controlResults } from "./control-rules.js";
import { riskLevels } from "./risk-rules.js";

/* ---------- Settings: the scale and the categories ---------- */

export const ScaleStep = z.strictObject({
  value: z.number().int().min(1).max(10),
  label: singleLine(60),
  description: z.string().trim().max(500).default(""),
});
export type ScaleStep = z.infer<typeof ScaleStep>;

export const RiskScaleBody = z.strictObject({
  probability: z.array(ScaleStep).min(2).max(10),
  consequence: z.array(ScaleStep).min(2).max(10),
  /** The risk value (probability × consequence) from which each level above "low" begins. */
  thresholds: z.strictObject({
    medium: z.number().int().min(2).max(100),
    high: z.number().int().min(3).max(100),
    veryHigh: z.number().int().min(4).max(100),
  }),
});
export type RiskScaleBody = z.infer<typeof RiskScaleBody>;

export const RiskCategory = z.strictObject({ key: Key, name: singleLine(80) });
export type RiskCategory = z.infer<typeof RiskCategory>;

/** The categories a municipality starts with; it may rename, add and remove them. */
export const defaultRiskCategories: RiskCategory[] = [
  { key: "operational", name: "Verksamhet" },
  { key: "financial", name: "Ekonomi" },
  { key: "legal", name: "Lagar och regler" },
  { key: "it", name: "IT och informationssäkerhet" },
  { key: "reporting", name: "Redovisning och rapportering" },
  { key: "reputation", name: "Förtroende" },
  { key: "external", name: "Omvärld" },
];

export const InternalControlSettingsBody = z.strictObject({
  riskScale: RiskScaleBody,
  categories: z
    .array(RiskCategory)
    .min(1)
    .max(30)
    .refine((c) => new Set(c.map((x) => x.key)).size === c.length, { message: "Category keys are unique." }),
});
export type InternalControlSettingsBody = z.infer<typeof InternalControlSettingsBody>;

export const InternalControlSettings = InternalControlSettingsBody.extend({ etag: z.string() });
export type InternalControlSettings = z.infer<typeof InternalControlSettings>;

/* ---------- The materiality and risk analysis ---------- */

export const RiskLevel = z.enum(riskLevels);
export type RiskLevel = z.infer<typeof RiskLevel>;

/** What the committee decided about a risk. */
export const RiskDecisionBody = z.discriminatedUnion("kind", [
  /** Not decided yet. */
  z.strictObject({ kind: z.literal("undecided") }),
  /** A control goes into the plan. */
  z.strictObject({ kind: z.literal("control") }),
  /** Acted on without a control: what is done. */
  z.strictObject({ kind: z.literal("act"), note: z.string().trim().max(2000) }),
  /** Accepted, with the written reason. */
  z.strictObject({ kind: z.literal("accept"), reason: z.string().trim().max(2000) }),
]);
export type RiskDecisionBody = z.infer<typeof RiskDecisionBody>;

const Score = z.number().int().min(1).max(10);

export const CreateRiskBody = z.strictObject({
  planYearId: Key,
  /** The committee or company whose analysis it is. */
  ownerScopeId: Key,
  title: singleLine(200),
  description: z.string().trim().max(4000).default(""),
  categoryKey: Key,
  /** The process or unit it concerns ("Inköp", "Hemtjänsten centrum"). */
  concerns: z.string().trim().max(200).default(""),
  /** The goals whose fulfilment it threatens. */
  goalIds: z.array(Key).max(20).default([]),
  probability: Score,
  consequence: Score,
  decision: RiskDecisionBody.default({ kind: "undecided" }),
});
export type CreateRiskBody = z.infer<typeof CreateRiskBody>;

export const UpdateRiskBody = z
  .strictObject({
    title: singleLine(200).optional(),
    description: z.string().trim().max(4000).optional(),
    categoryKey: Key.optional(),
    concerns: z.string().trim().max(200).optional(),
    goalIds: z.array(Key).max(20).optional(),
    decision: RiskDecisionBody.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdateRiskBody = z.infer<typeof UpdateRiskBody>;

/** A new assessment during the year; the earlier ones are kept. */
export const AssessRiskBody = z.strictObject({ probability: Score, consequence: Score, note: z.string().trim().max(2000).default("") });
export type AssessRiskBody = z.infer<typeof AssessRiskBody>;

export const RiskAssessment = z.object({
  probability: z.number().int(),
  consequence: z.number().int(),
  value: z.number().int(),
  level: RiskLevel,
  note: z.string(),
  assessedAt: z.string(),
  assessedBy: z.string(),
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;

export const Risk = RecordMeta.extend({
  id: Key,
  planYearId: Key,
  ownerScopeId: Key,
  ownerName: z.string(),
  title: z.string(),
  description: z.string(),
  categoryKey: Key,
  concerns: z.string(),
  goalIds: z.array(Key),
  probability: z.number().int(),
  consequence: z.number().int(),
  value: z.number().int(),
  level: RiskLevel,
  decision: RiskDecisionBody,
  /** Every assessment, oldest first; the last is the current one. */
  history: z.array(RiskAssessment),
});
export type Risk = z.infer<typeof Risk>;

/* ---------- The internal control plan ---------- */

export const controlMethods = ["sample", "reconciliation", "review", "inspection", "other"] as const;
/** How often the control is carried out (reported in the periods chosen). */
export const controlFrequencies = ["continuous", "monthly", "quarterly", "twiceYearly", "yearly"] as const;
export const ControlFrequency = z.enum(controlFrequencies);
export type ControlFrequency = z.infer<typeof ControlFrequency>;
export const ControlMethod = z.enum(controlMethods);
export type ControlMethod = z.infer<typeof ControlMethod>;

export const CreateControlBody = z.strictObject({
  planYearId: Key,
  ownerScopeId: Key,
  /** The risks it controls. */
  riskIds: z.array(Key).max(20).default([]),
  /** What is checked ("Att attesterade fakturor har underlag"). */
  title: singleLine(200),
  method: ControlMethod,
  /** How much is examined ("20 fakturor"). */
  scope: z.string().trim().max(200).default(""),
  frequency: ControlFrequency.default("yearly"),
  responsiblePersonId: Key.nullable(),
  /** The reporting periods of the plan year's calendar it is reported in. */
  periodIds: z.array(Key).max(20),
  /** To whom it is reported ("Barn- och utbildningsnämnden"). */
  reportTo: z.string().trim().max(200).default(""),
  /** Required once the plan is adopted: the decision that amends it. */
  amendment: DocumentDecision.optional(),
});
export type CreateControlBody = z.infer<typeof CreateControlBody>;

export const UpdateControlBody = z
  .strictObject({
    riskIds: z.array(Key).max(20).optional(),
    title: singleLine(200).optional(),
    method: ControlMethod.optional(),
    scope: z.string().trim().max(200).optional(),
    frequency: ControlFrequency.optional(),
    responsiblePersonId: Key.nullable().optional(),
    periodIds: z.array(Key).max(20).optional(),
    reportTo: z.string().trim().max(200).optional(),
    amendment: DocumentDecision.optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== "amendment"), { message: "Nothing to change." });
export type UpdateControlBody = z.infer<typeof UpdateControlBody>;

/** A control the executive board adds to every committee's and company's plan at once. */
export const CreateCommonControlBody = z.strictObject({
  planYearId: Key,
  title: singleLine(200),
  method: ControlMethod,
  scope: z.string().trim().max(200).default(""),
  frequency: ControlFrequency.default("yearly"),
  periodIds: z.array(Key).max(20),
  reportTo: z.string().trim().max(200).default(""),
  /** The executive board's decision; it amends the plans already adopted. */
  decision: DocumentDecision,
});
export type CreateCommonControlBody = z.infer<typeof CreateCommonControlBody>;
export const CommonControlResult = z.object({ commonId: Key, addedTo: z.array(Key) });
export type CommonControlResult = z.infer<typeof CommonControlResult>;

export const Control = RecordMeta.extend({
  id: Key,
  planYearId: Key,
  ownerScopeId: Key,
  riskIds: z.array(Key),
  title: z.string(),
  method: ControlMethod,
  scope: z.string(),
  frequency: ControlFrequency,
  responsiblePersonId: Key.nullable(),
  responsibleName: z.string(),
  periodIds: z.array(Key),
  reportTo: z.string(),
  /** A control the executive board added to every plan: the id they share. */
  commonId: Key.nullable(),
  /** Added or changed after the plan was adopted: the decision that amended it. */
  amendment: DocumentDecision.nullable(),
});
export type Control = z.infer<typeof Control>;

/** Adopting the plan, or an amendment to an adopted one: the committee's decision. */
export const PlanDecisionBody = z.strictObject({ decision: DocumentDecision });
export type PlanDecisionBody = z.infer<typeof PlanDecisionBody>;

/* ---------- Results and actions ---------- */

export const ControlResult = z.enum(controlResults);
export type ControlResult = z.infer<typeof ControlResult>;

/** A control's report of a period as the plan lists it. */
export const ControlPeriodStatus = z.object({
  periodId: Key,
  status: ReportStatus,
  result: ControlResult.nullable(),
  /** The submitted result's analysis (what a deviation was and why). */
  analysis: z.string(),
  /** Past the period's deadline without a submitted result. */
  overdue: z.boolean(),
});
export type ControlPeriodStatus = z.infer<typeof ControlPeriodStatus>;

export const ControlReportBody = z.strictObject({
  /** What was examined ("Fakturor januari–april"). */
  examined: z.string().trim().max(500).default(""),
  sampleSize: z.number().int().min(0).max(1_000_000),
  errorsFound: z.number().int().min(0).max(1_000_000),
  result: ControlResult,
  analysis: z.string().trim().max(4000).default(""),
});
export type ControlReportBody = z.infer<typeof ControlReportBody>;

export const ActionStatus = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const CreateActionBody = z.strictObject({
  controlId: Key,
  periodId: Key,
  what: singleLine(300),
  ownerPersonId: Key,
  dueOn: IsoDate,
});
export type CreateActionBody = z.infer<typeof CreateActionBody>;

export const UpdateActionBody = z
  .strictObject({
    what: singleLine(300).optional(),
    ownerPersonId: Key.optional(),
    dueOn: IsoDate.optional(),
    status: ActionStatus.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdateActionBody = z.infer<typeof UpdateActionBody>;

export const InternalControlAction = RecordMeta.extend({
  id: Key,
  controlId: Key,
  periodId: Key,
  ownerScopeId: Key,
  planYearId: Key,
  ownerName: z.string(),
  controlTitle: z.string(),
  what: z.string(),
  ownerPersonId: Key,
  ownerPersonName: z.string(),
  dueOn: z.string(),
  status: ActionStatus,
  overdue: z.boolean(),
  /** The caller may change it: its owner, or whoever keeps the committee's internal control. */
  canEdit: z.boolean(),
});
export type InternalControlAction = z.infer<typeof InternalControlAction>;

/* ---------- Assessments of the year: the committee's own and the executive board's ---------- */

export const sufficiencies = ["sufficient", "partlySufficient", "insufficient"] as const;
export const Sufficiency = z.enum(sufficiencies);
export type Sufficiency = z.infer<typeof Sufficiency>;

/** A yearly assessment of a committee's internal control (the committee's own, or the executive board's), as a decision. */
export const OversightAssessmentBody = z.strictObject({
  sufficiency: Sufficiency,
  reasons: z.string().trim().min(1).max(4000),
  decision: DocumentDecision,
});
export type OversightAssessmentBody = z.infer<typeof OversightAssessmentBody>;

export const OversightAssessment = OversightAssessmentBody.extend({ etag: z.string() });
export type OversightAssessment = z.infer<typeof OversightAssessment>;

/* ---------- The year's report ---------- */

export const InternalControlDocxQuery = z.strictObject({ periodId: Key.optional(), locale: z.enum(["sv", "en"]).optional() });
export type InternalControlDocxQuery = z.infer<typeof InternalControlDocxQuery>;
