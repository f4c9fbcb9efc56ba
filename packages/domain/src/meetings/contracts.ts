import { z } from "zod";
import { IsoDate } from "../goals/reporting-period-contracts.js";
import { Guid, Key, RecordMeta, singleLine } from "../shared/common-contracts.js";

const Id = singleLine(100);
const Text = (max: number) => z.string().trim().max(max);

/* ---------- Agenda items ---------- */

/**
 * What an item of a committee's agenda is about. All but `free` are proposed from what the
 * product holds for the committee; `documentExpiring` and `dialogueFeedbackOverdue` are
 * information (noted), the rest ask for a decision.
 */
export const agendaItemKinds = [
  "reportReview",
  "rollupDecision",
  "documentAdopt",
  "documentExpiring",
  "controlPlanAdopt",
  "controlResults",
  "dialoguePlanAdopt",
  "dialogueFeedbackOverdue",
  "openAssignment",
  "free",
] as const;
export const AgendaItemKind = z.enum(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

/** What the committee decided on an item; `assigned` gives an assignment (uppdrag) with an owner and a due date. */
export const decisionTypes = ["noted", "approved", "adopted", "referredBack", "assigned"] as const;
export const DecisionType = z.enum(decisionTypes);
export type DecisionType = z.infer<typeof DecisionType>;

/** The object an item is about, by its module's id: a report `{planYear}.{period}.{owner}`, a document, a plan year… */
export const ItemRef = z.strictObject({ kind: AgendaItemKind, id: z.string() });
export type ItemRef = z.infer<typeof ItemRef>;

export const Assignment = z.strictObject({
  id: z.string(),
  what: z.string(),
  ownerPersonId: z.string(),
  ownerName: z.string(),
  dueOn: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  meetingId: z.string(),
  meetingDate: z.string(),
  paragraph: z.number().int(),
  done: z.strictObject({ on: z.string(), by: z.string(), note: z.string() }).nullable(),
  etag: z.string(),
  canComplete: z.boolean(),
});
export type Assignment = z.infer<typeof Assignment>;

export const Decision = z.strictObject({
  /** The minute paragraph, numbered on through the body's year. */
  paragraph: z.number().int().min(1),
  type: DecisionType,
  text: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  /** The assignment the decision gave, when `assigned`. */
  assignmentId: z.string().nullable(),
});
export type Decision = z.infer<typeof Decision>;

export const AgendaItem = z.strictObject({
  id: z.string(),
  kind: AgendaItemKind,
  /** The object, for the item's link and its decision's effect; null for a free item. */
  refId: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  /** Information to note: needs no decision of its own. */
  information: z.boolean(),
  /** The decisions this item can take (adopting is for what can be adopted). */
  decisionTypes: z.array(DecisionType),
  decision: Decision.nullable(),
  /** Where the item's full view is (a report, a document, the risk matrix…), for the link and the stage. */
  href: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/* ---------- Meetings ---------- */

export const MeetingBody = z.strictObject({
  bodyId: Key,
  date: IsoDate,
  /** When it starts, "HH:MM" (Swedish time). */
  startsAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "A time as HH:MM.")
    .default("13:00"),
  location: Text(200).default(""),
  secretaryPersonId: Id,
  /** The members who adjust the minutes (justerare). */
  adjusterPersonIds: z.array(Id).max(4).default([]),
});
export type MeetingBody = z.infer<typeof MeetingBody>;

export const MeetingUpdateBody = MeetingBody.omit({ bodyId: true }).partial().strict();
export type MeetingUpdateBody = z.infer<typeof MeetingUpdateBody>;

/** The agenda as the secretary orders it: proposed items by their key, and free items by their text. */
export const AgendaBody = z.strictObject({
  items: z
    .array(z.union([z.strictObject({ key: singleLine(300) }), z.strictObject({ title: singleLine(300), summary: Text(2000).default("") })]))
    .max(60),
});
export type AgendaBody = z.infer<typeof AgendaBody>;

export const DecisionBody = z.strictObject({
  itemId: Key,
  type: DecisionType,
  text: Text(4000).min(1),
  /** For `assigned`: what is to be done, by whom and when. */
  assignment: z.strictObject({ what: singleLine(500), ownerPersonId: Id, dueOn: IsoDate }).optional(),
  /** For adopting a governing document: its valid-until (else the document type's default). */
  validUntil: IsoDate.optional(),
});
export type DecisionBody = z.infer<typeof DecisionBody>;

export const AdjustBody = z.strictObject({ adjustedOn: IsoDate });
export type AdjustBody = z.infer<typeof AdjustBody>;

export const AssignmentDoneBody = z.strictObject({ note: Text(1000).default("") });
export type AssignmentDoneBody = z.infer<typeof AssignmentDoneBody>;

/** The meeting's documents: the notice (kallelse), the minutes (protokoll) and an extract per § (protokollsutdrag). */
export const meetingDocuments = ["notice", "minutes"] as const;
export const MeetingDocument = z.enum(meetingDocuments);
export type MeetingDocument = z.infer<typeof MeetingDocument>;

/** A document of the meeting as filed in the library: its files (the minutes with an extract per §), where they are, when. */
export const FiledDocument = z.strictObject({
  files: z.array(z.strictObject({ name: z.string(), webUrl: z.string().nullable() })),
  at: z.string(),
  by: z.string(),
});
export type FiledDocument = z.infer<typeof FiledDocument>;

export const MeetingDocumentQuery = z.strictObject({
  locale: z.enum(["sv", "en"]).optional(),
  /** For an extract of the minutes: the §. */
  paragraph: z.coerce.number().int().min(1).max(100_000).optional(),
});
export type MeetingDocumentQuery = z.infer<typeof MeetingDocumentQuery>;
export const MeetingDocumentParams = z.strictObject({ id: Key, document: MeetingDocument });

export const FileDocumentBody = z.strictObject({ document: MeetingDocument });
export type FileDocumentBody = z.infer<typeof FileDocumentBody>;

/** The item the meeting is on: set by the secretary or chair, followed by everyone's side panel. */
export const CurrentItemBody = z.strictObject({ itemId: Key });
export type CurrentItemBody = z.infer<typeof CurrentItemBody>;

/** The Teams meeting the meeting is held in, as the tab added to it reads it from Teams. */
export const TeamsBindingBody = z.strictObject({
  /** The Entra tenant the Teams meeting belongs to (the context's `user.tenant.id`). */
  teamsTenantId: z.string().uuid(),
  /** Teams' meeting id (the context's `meeting.id`). */
  teamsMeetingId: singleLine(500),
  /** The meeting chat's id (the context's `chat.id`), where Teams gives one. */
  chatId: singleLine(500).optional(),
});
export type TeamsBindingBody = z.infer<typeof TeamsBindingBody>;

export const TeamsMeetingQuery = z.strictObject({ teamsMeetingId: singleLine(500) });
export type TeamsMeetingQuery = z.infer<typeof TeamsMeetingQuery>;

export const MeetingState = z.enum(["planned", "agendaPublished", "held", "adjusted"]);
export type MeetingState = z.infer<typeof MeetingState>;

export const Meeting = z.strictObject({
  ...RecordMeta.shape,
  id: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  /** The meeting's number in the body's year ("3"). */
  number: z.number().int(),
  date: z.string(),
  startsAt: z.string(),
  location: z.string(),
  secretaryPersonId: z.string(),
  secretaryName: z.string(),
  adjusters: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  state: MeetingState,
  agenda: z.strictObject({
    published: z.strictObject({ at: z.string(), by: z.string() }).nullable(),
    items: z.array(AgendaItem),
  }),
  /** The paragraphs the meeting's decisions hold, first to last; null before the first. */
  paragraphs: z.strictObject({ first: z.number().int(), last: z.number().int() }).nullable(),
  adjusted: z.strictObject({ on: z.string(), by: z.string() }).nullable(),
  /** The item the meeting is on (everyone's side panel follows it); null before it starts. */
  currentItemId: z.string().nullable(),
  /** The Teams meeting it is held in, once the tab is added to it. */
  teams: z.strictObject({ meetingId: z.string(), boundAt: z.string(), boundBy: z.string() }).nullable(),
  /** The notice and the minutes as filed in the document library, when they are. */
  filed: z.strictObject({ notice: FiledDocument.nullable(), minutes: FiledDocument.nullable() }),
  canPlan: z.boolean(),
  canRecord: z.boolean(),
  /** May record decisions now: the meeting's day has come (by the server's clock) and its agenda is published. */
  decidesToday: z.boolean(),
  canAdjust: z.boolean(),
  /** May file the notice and the minutes in the library (also once adjusted). */
  canFile: z.boolean(),
});
export type Meeting = z.infer<typeof Meeting>;

/** What is due for the committee and not yet on the agenda: the secretary's proposal. */
export const ProposedItem = z.strictObject({
  key: z.string(),
  kind: AgendaItemKind,
  title: z.string(),
  summary: z.string(),
  information: z.boolean(),
  href: z.string().nullable(),
});
export type ProposedItem = z.infer<typeof ProposedItem>;

export const AgendaProposal = z.strictObject({ items: z.array(ProposedItem) });
export type AgendaProposal = z.infer<typeof AgendaProposal>;

export const MeetingSummary = Meeting.pick({
  id: true,
  bodyId: true,
  bodyName: true,
  number: true,
  date: true,
  startsAt: true,
  location: true,
  state: true,
  etag: true,
});
export const MeetingList = z.strictObject({
  meetings: z.array(MeetingSummary),
  /** Bodies the caller may plan meetings for. */
  bodies: z.array(z.strictObject({ id: z.string(), name: z.string() })),
});
export type MeetingList = z.infer<typeof MeetingList>;

export const MeetingListQuery = z.strictObject({
  bodyId: Key.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;

/* ---------- The annual cycle (årshjul) ---------- */

/** The whole municipality's dates, or only those that concern the caller (the bodies of their roles, their assignments). */
export const CycleView = z.enum(["all", "mine"]);
export type CycleView = z.infer<typeof CycleView>;

export const CycleQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  /** Keep to one body's events (and the whole municipality's). */
  bodyId: Key.optional(),
  view: CycleView.optional(),
});
export type CycleQuery = z.infer<typeof CycleQuery>;

/* ---------- A personal calendar subscription ---------- */

/** What a person's subscription holds: the view and body filter of the annual cycle, this year and the next. */
export const CalendarFeedBody = z.strictObject({
  view: CycleView,
  bodyId: Key.optional(),
});
export type CalendarFeedBody = z.infer<typeof CalendarFeedBody>;

/** The caller's subscription; its address is shown once, when it is made (only a hash of its secret is kept). */
export const CalendarFeed = z.strictObject({
  active: z.boolean(),
  view: CycleView.nullable(),
  bodyId: z.string().nullable(),
  createdAt: z.string().nullable(),
  /** The address to subscribe to: only in the answer that made it. */
  url: z.string().nullable(),
  /** The subscription's version (`new` before the first): making it again or revoking it sends it as `If-Match`. */
  etag: z.string(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;

/** The subscription's address: the municipality, then the feed's id and secret as one token. */
export const CalendarFeedParams = z.strictObject({
  tenantId: Guid,
  token: z.string().regex(/^[A-Za-z0-9_-]{1,80}\.[A-Za-z0-9_-]{43}$/, "The token of a calendar subscription."),
});

export const CycleEventDto = z.strictObject({
  id: z.string(),
  ring: z.enum(["budget", "reporting", "meetings", "internalControl", "dialogue", "documents"]),
  date: z.string(),
  title: z.string(),
  bodyId: z.string().nullable(),
  bodyName: z.string().nullable(),
  href: z.string().nullable(),
});

export const CycleConflictDto = z.strictObject({
  kind: z.enum(["deadlineAfterMeeting", "deadlinesSameWeek", "decisionAfterNeed"]),
  eventIds: z.array(z.string()),
  bodyName: z.string().nullable(),
  /** The event to move and the date by which it would no longer conflict. */
  move: z.strictObject({ eventId: z.string(), title: z.string(), by: z.string() }),
});

/** The budget process's milestones of a year, as an administrator sets them (environment analysis, budget guidelines, the council's budget…). */
export const MilestonesBody = z.strictObject({
  milestones: z.array(z.strictObject({ name: singleLine(120), date: IsoDate })).max(30),
});
export type MilestonesBody = z.infer<typeof MilestonesBody>;
export const MilestoneYearParams = z.strictObject({ year: z.string().regex(/^\d{4}$/, "A year as YYYY.") });

export const AnnualCycle = z.strictObject({
  year: z.number().int(),
  /** The budget process's milestones as set, with their version for If-Match ("new" before the first). */
  milestones: z.strictObject({ items: z.array(z.strictObject({ name: z.string(), date: z.string() })), etag: z.string() }),
  canEditMilestones: z.boolean(),
  events: z.array(CycleEventDto),
  conflicts: z.array(CycleConflictDto),
  /** Bodies to filter by. */
  bodies: z.array(z.strictObject({ id: z.string(), name: z.string() })),
});
export type AnnualCycle = z.infer<typeof AnnualCycle>;
