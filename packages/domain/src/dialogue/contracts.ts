import { z } from "zod";
import { DocumentDecision } from "../documents/contracts.js";
import { IsoDate } from "../goals/reporting-period-contracts.js";
import { Guid, Key, RecordMeta, singleLine } from "../shared/common-contracts.js";
import { activityStatuses, ladderSteps, movableStatuses, perspectives } from "./activity-rules.js";
import { PublishedResults, ResultAttachment, ResultsBody } from "./result-contracts.js";

export * from "./result-contracts.js";
export * from "./settings-contracts.js";

const Id = singleLine(100);
const Text = (max: number) => z.string().trim().max(max);

export const LadderStep = z.enum(ladderSteps);
export type LadderStep = z.infer<typeof LadderStep>;
export const Perspective = z.enum(perspectives);
export type Perspective = z.infer<typeof Perspective>;
export const ActivityStatus = z.enum(activityStatuses);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** What participants can and cannot affect: shown wherever the activity is. */
export const InfluencePromise = z.strictObject({ canInfluence: Text(1000).default(""), cannotInfluence: Text(1000).default("") });
export type InfluencePromise = z.infer<typeof InfluencePromise>;

/* ---------- An activity of the plan ---------- */

export const ActivityBody = z.strictObject({
  planYearId: Key,
  title: singleLine(200),
  purpose: Text(2000).default(""),
  perspective: Perspective,
  methodKey: Key,
  ladderStep: LadderStep,
  promise: InfluencePromise,
  targetGroupKeys: z.array(Key).min(1).max(20),
  startOn: IsoDate,
  endOn: IsoDate,
  responsibleUnitId: Id,
  responsiblePersonId: Id,
  goalIds: z.array(Id).max(30).default([]),
  feedsDecisionKey: Key.nullable().default(null),
  /** What it costs, in kronor. */
  cost: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
  /** The executive board's decision when this is one of its municipality-wide focus dialogues. */
  focusDecision: DocumentDecision.nullable().default(null),
});
export type ActivityBody = z.infer<typeof ActivityBody>;

export const ActivityUpdateBody = ActivityBody.omit({ planYearId: true }).partial();
export type ActivityUpdateBody = z.infer<typeof ActivityUpdateBody>;

export const ActivityStatusBody = z.strictObject({ status: z.enum(movableStatuses) });
export type ActivityStatusBody = z.infer<typeof ActivityStatusBody>;

export const CoordinationBody = z.strictObject({
  activityIds: z.tuple([Id, Id]),
  note: Text(1000).min(1),
});
export type CoordinationBody = z.infer<typeof CoordinationBody>;

/** A coordinated pair's note; `etag` is what If-Match names to change it. */
export const Coordination = z.strictObject({ note: z.string(), by: z.string(), at: z.string(), etag: z.string() });
export type Coordination = z.infer<typeof Coordination>;

/** Another activity that reaches an overlapping target group within the window. */
export const ActivityOverlap = z.strictObject({
  activityId: z.string(),
  title: z.string(),
  startOn: IsoDate,
  endOn: IsoDate,
  responsibleUnitName: z.string(),
  /** The overlapping groups' names, "this group ↔ that group". */
  groups: z.array(z.strictObject({ own: z.string(), other: z.string() })),
  coordinated: Coordination.nullable(),
});
export type ActivityOverlap = z.infer<typeof ActivityOverlap>;

export const FeedbackBody = z.strictObject({
  givenOn: IsoDate,
  /** What was done with the input. */
  whatWasDone: Text(4000).min(1),
  /** Where it was published: a web address, a newsletter, a meeting. */
  publishedWhere: singleLine(500),
});
export type FeedbackBody = z.infer<typeof FeedbackBody>;

export const Feedback = FeedbackBody.extend({ recordedBy: z.string() });
export type Feedback = z.infer<typeof Feedback>;

export const Activity = RecordMeta.extend({
  id: z.string(),
  planYearId: z.string(),
  title: z.string(),
  purpose: z.string(),
  perspective: Perspective,
  methodKey: z.string(),
  methodName: z.string(),
  ladderStep: LadderStep,
  promise: InfluencePromise,
  targetGroups: z.array(z.strictObject({ key: z.string(), name: z.string() })),
  startOn: IsoDate,
  endOn: IsoDate,
  responsibleUnitId: z.string(),
  responsibleUnitName: z.string(),
  responsiblePersonId: z.string(),
  responsiblePersonName: z.string(),
  goalIds: z.array(z.string()),
  feedsDecision: z.strictObject({ key: z.string(), name: z.string() }).nullable(),
  cost: z.number().nullable(),
  focusDecision: DocumentDecision.nullable(),
  status: ActivityStatus,
  /** Added after the plan was adopted. */
  addedAfterAdoption: z.boolean(),
  feedbackDueOn: IsoDate,
  feedbackOverdue: z.boolean(),
  feedback: Feedback.nullable(),
  overlaps: z.array(ActivityOverlap),
  canEdit: z.boolean(),
});
export type Activity = z.infer<typeof Activity>;

/** An activity with its results as published and, for those who record them, as entered. */
export const ActivityDetail = z.strictObject({
  activity: Activity,
  results: PublishedResults.nullable(),
  /** The results as entered, for the form; only for those who may change them. */
  entry: ResultsBody.nullable(),
  /** The results' version for `If-Match`; "new" before the first save. */
  resultsEtag: z.string(),
  /** Files kept with the results; listed only to those who record them (they may hold what suppression keeps from others). */
  attachments: z.array(ResultAttachment),
  /** The goals the activity belongs to, by title. */
  goals: z.array(z.strictObject({ id: z.string(), title: z.string() })),
  canRecordResults: z.boolean(),
  canPlan: z.boolean(),
  canCoordinate: z.boolean(),
});
export type ActivityDetail = z.infer<typeof ActivityDetail>;

/** Both activities of a coordinated pair, as they now read. */
export const CoordinationResult = z.strictObject({ activities: z.array(Activity) });
export type CoordinationResult = z.infer<typeof CoordinationResult>;

/* ---------- The plan of a year ---------- */

export const DialoguePlanAdoptBody = z.strictObject({ decision: DocumentDecision });
export type DialoguePlanAdoptBody = z.infer<typeof DialoguePlanAdoptBody>;

export const DialoguePlan = z.strictObject({
  planYearId: z.string(),
  today: IsoDate,
  adopted: DocumentDecision.nullable(),
  /** The plan's version, for `If-Match` on adoption; "new" before anything is recorded. */
  etag: z.string(),
  activities: z.array(Activity),
  /** Activities whose feedback is overdue, for the coordinator: a deviation of the plan. */
  feedbackOverdue: z.number().int(),
  overlapsUncoordinated: z.number().int(),
  canPlan: z.boolean(),
  canCoordinate: z.boolean(),
});
export type DialoguePlan = z.infer<typeof DialoguePlan>;

export const DialoguePlanQuery = z.strictObject({
  status: ActivityStatus.optional(),
  targetGroupKey: Key.optional(),
  responsibleUnitId: Id.optional(),
});
export type DialoguePlanQuery = z.infer<typeof DialoguePlanQuery>;

/* ---------- From dialogue to decision ---------- */

/** An activity as the trace shows it: what was asked, what was heard (published), what was fed back. */
export const TracedActivity = z.strictObject({
  id: z.string(),
  title: z.string(),
  planYearId: z.string(),
  status: ActivityStatus,
  ladderStep: LadderStep,
  startOn: IsoDate,
  endOn: IsoDate,
  responsibleUnitName: z.string(),
  /** Participants; null when none are recorded or fewer than 5. */
  participants: z.number().int().nullable(),
  summary: z.string(),
  themes: z.array(z.string()),
  feedback: Feedback.nullable(),
  /** How the activity is tied to what is traced: it was planned to feed it, or its result informed it. */
  via: z.enum(["planned", "result"]),
});
export type TracedActivity = z.infer<typeof TracedActivity>;

export const DialogueTraceQuery = z.strictObject({ decisionKey: Key });
export type DialogueTraceQuery = z.infer<typeof DialogueTraceQuery>;

/** Which dialogues informed a decision (or a goal), and what came of them. */
export const DialogueTrace = z.strictObject({
  decision: z.strictObject({ key: z.string(), name: z.string() }).nullable(),
  activities: z.array(TracedActivity),
});
export type DialogueTrace = z.infer<typeof DialogueTrace>;

/* ---------- Open data: what residents see ---------- */

export const PublicDialoguesParams = z.strictObject({ tenantId: Guid });
export const PublicDialoguesQuery = z.strictObject({
  planYear: z
    .string()
    .regex(/^\d{4}$/, "A year such as 2026.")
    .optional(),
  format: z.enum(["json", "csv"]).default("json"),
  /** For CSV: one row an activity, or one row a published cell of its results. */
  dataset: z.enum(["activities", "results"]).default("activities"),
});
export type PublicDialoguesQuery = z.infer<typeof PublicDialoguesQuery>;

/** An activity as residents see it: its promise, results (suppressed) and the feedback; no person named. */
export const PublicActivity = z.strictObject({
  id: z.string(),
  title: z.string(),
  purpose: z.string(),
  perspective: Perspective,
  methodName: z.string(),
  ladderStep: LadderStep,
  promise: InfluencePromise,
  targetGroups: z.array(z.string()),
  startOn: IsoDate,
  endOn: IsoDate,
  responsibleUnitName: z.string(),
  status: ActivityStatus,
  focusDialogue: z.boolean(),
  results: PublishedResults.nullable(),
  feedback: FeedbackBody.nullable(),
});
export type PublicActivity = z.infer<typeof PublicActivity>;

export const PublicDialogues = z.strictObject({
  municipality: z.string(),
  planYear: z.number().int(),
  planYears: z.array(z.number().int()),
  activities: z.array(PublicActivity),
});
export type PublicDialogues = z.infer<typeof PublicDialogues>;

/* ---------- The yearly summary to the council ---------- */

export const DialogueSummaryQuery = z.strictObject({ locale: z.enum(["sv", "en"]).optional() });
export type DialogueSummaryQuery = z.infer<typeof DialogueSummaryQuery>;
