import { expiringWithinDays } from "../overview/overview-rules.js";
import { addDays } from "../shared/dates.js";
import { DomainError, validationFailed } from "../shared/errors.js";
import type { AgendaItemKind, DecisionBody, DecisionType, MeetingState, ProposedItem } from "./contracts.js";

/** Items to note, which need no decision of their own (they may still give an assignment). */
const informationKinds: readonly AgendaItemKind[] = ["documentExpiring", "dialogueFeedbackOverdue"];
export const isInformation = (kind: AgendaItemKind): boolean => informationKinds.includes(kind);

/** The decisions an item can take: only what can be adopted is adopted; anything can give an assignment. */
export function decisionTypesFor(kind: AgendaItemKind): DecisionType[] {
  switch (kind) {
    case "documentAdopt":
    case "controlPlanAdopt":
    case "dialoguePlanAdopt":
      return ["adopted", "referredBack", "assigned"];
    case "reportReview":
    case "rollupDecision":
    case "controlResults":
      return ["approved", "noted", "referredBack", "assigned"];
    case "documentExpiring":
    case "dialogueFeedbackOverdue":
      return ["noted", "assigned"];
    case "openAssignment":
      return ["noted", "approved", "assigned"];
    case "free":
      return ["noted", "approved", "adopted", "referredBack", "assigned"];
  }
}

/** A proposed item's key: its kind and its object, so the same object is proposed once. */
export const itemKey = (kind: AgendaItemKind, refId: string): string => `${kind}:${refId}`;
export function parseItemKey(key: string): { kind: AgendaItemKind; refId: string } | null {
  const at = key.indexOf(":");
  if (at <= 0) return null;
  return { kind: key.slice(0, at) as AgendaItemKind, refId: key.slice(at + 1) };
}

/** What is due for one committee, as the modules hold it, read for its meeting. */
export interface DueForBody {
  readonly meetingDate: string;
  /** Reports approved by the department and waiting for the committee's review. */
  readonly reports: readonly { readonly id: string; readonly title: string; readonly href: string }[];
  /** The council's goals of an ended period not yet assessed by roll-up: for the council that owns them. */
  readonly rollups: readonly { readonly id: string; readonly title: string; readonly undecided: number; readonly goals: number }[];
  /** Governing documents the body decides on: drafts and revisions to adopt, adopted ones and their valid-until. */
  readonly documents: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: "draft" | "inRevision" | "adopted" | "expired" | "repealed";
    readonly validUntil: string | null;
  }[];
  /** The body's internal-control plan of the meeting's year, when it has one not adopted. */
  readonly controlPlan: { readonly id: string; readonly title: string; readonly adopted: boolean; readonly controls: number } | null;
  /** The body's control results reported for a period, with their deviations. */
  readonly controlResults: readonly {
    readonly id: string;
    readonly title: string;
    readonly deviations: number;
    readonly reported: number;
  }[];
  /** The year's dialogue plan, for the executive board. */
  readonly dialoguePlan: { readonly id: string; readonly title: string; readonly adopted: boolean; readonly activities: number } | null;
  readonly dialogueFeedbackOverdue: readonly { readonly id: string; readonly title: string; readonly dueOn: string }[];
  /** Assignments given at the body's earlier meetings and not yet done. */
  readonly openAssignments: readonly { readonly id: string; readonly what: string; readonly ownerName: string; readonly dueOn: string }[];
}

/**
 * The proposed agenda: what is due for the committee, in the order a secretary would put it
 * (decisions first — reports, plans, documents to adopt — then information), without what is
 * already on the agenda (`onAgenda`, by key).
 */
export function proposeItems(due: DueForBody, onAgenda: ReadonlySet<string>): ProposedItem[] {
  const items: ProposedItem[] = [];
  const add = (kind: AgendaItemKind, refId: string, title: string, summary: string, href: string | null) => {
    const key = itemKey(kind, refId);
    if (!onAgenda.has(key)) items.push({ key, kind, title, summary, information: isInformation(kind), href });
  };
  for (const r of due.reports) add("reportReview", r.id, r.title, "Godkänd av förvaltningen, väntar på nämndens behandling.", r.href);
  for (const r of due.rollups) {
    add(
      "rollupDecision",
      r.id,
      r.title,
      `${r.undecided} av ${r.goals} mål att bedöma efter förslaget ur nämndernas bedömningar.`,
      "#/reporting",
    );
  }
  for (const r of due.controlResults) {
    add(
      "controlResults",
      r.id,
      r.title,
      r.deviations > 0 ? `${r.reported} kontroller rapporterade, ${r.deviations} med avvikelse.` : `${r.reported} kontroller rapporterade.`,
      "#/internalControl",
    );
  }
  if (due.controlPlan && !due.controlPlan.adopted && due.controlPlan.controls > 0) {
    add("controlPlanAdopt", due.controlPlan.id, due.controlPlan.title, `${due.controlPlan.controls} kontrollmoment.`, "#/internalControl");
  }
  if (due.dialoguePlan && !due.dialoguePlan.adopted && due.dialoguePlan.activities > 0) {
    add("dialoguePlanAdopt", due.dialoguePlan.id, due.dialoguePlan.title, `${due.dialoguePlan.activities} aktiviteter.`, "#/dialogue");
  }
  for (const d of due.documents) {
    if (d.status === "draft" || d.status === "inRevision") {
      add(
        "documentAdopt",
        d.id,
        d.title,
        d.status === "draft" ? "Nytt dokument att anta." : "Reviderat dokument att anta.",
        `#/document/${d.id}`,
      );
    }
  }
  const horizon = addDays(due.meetingDate, expiringWithinDays);
  for (const d of due.documents) {
    if ((d.status === "adopted" || d.status === "expired") && d.validUntil !== null && d.validUntil <= horizon) {
      add(
        "documentExpiring",
        d.id,
        d.title,
        d.validUntil < due.meetingDate ? `Giltigt till ${d.validUntil}: har gått ut.` : `Giltigt till ${d.validUntil}.`,
        `#/document/${d.id}`,
      );
    }
  }
  for (const a of due.dialogueFeedbackOverdue) {
    add("dialogueFeedbackOverdue", a.id, a.title, `Återkopplingen skulle ha getts senast ${a.dueOn}.`, `#/dialogueActivity/${a.id}`);
  }
  for (const a of due.openAssignments) add("openAssignment", a.id, a.what, `${a.ownerName}, senast ${a.dueOn}.`, null);
  return items;
}

/** The meeting's state: adjusted once adjusted; held from its first decision; published with its agenda. */
export function meetingState(m: { readonly adjusted: unknown; readonly published: unknown; readonly decided: boolean }): MeetingState {
  if (m.adjusted) return "adjusted";
  if (m.decided) return "held";
  return m.published ? "agendaPublished" : "planned";
}

/**
 * The body's paragraph book: the next § of its year and which item holds each § given. A §
 * is given to an item once: asking again for the same item (a retry) gives the same §, so
 * none is given twice and none is skipped by a request that failed after taking one.
 */
export interface ParagraphBook {
  readonly next: number;
  readonly given: Readonly<Record<string, number>>;
}

export function takeParagraph(book: ParagraphBook | null, itemKeyOf: string): { paragraph: number; book: ParagraphBook; taken: boolean } {
  const current = book ?? { next: 1, given: {} };
  const held = current.given[itemKeyOf];
  if (held !== undefined) return { paragraph: held, book: current, taken: false };
  return { paragraph: current.next, book: { next: current.next + 1, given: { ...current.given, [itemKeyOf]: current.next } }, taken: true };
}

/** Checks a decision against its item and its meeting; names every problem, saves nothing. */
export function assertDecision(
  body: DecisionBody,
  item: { readonly kind: AgendaItemKind; readonly decided: boolean } | null,
  meeting: { readonly published: boolean; readonly adjusted: boolean; readonly date: string },
  today: string,
): void {
  if (meeting.adjusted) {
    throw new DomainError("conflict", "The minutes are adjusted: the meeting's decisions are final.", {
      details: [{ path: "meeting", reason: "meeting_adjusted" }],
    });
  }
  if (!meeting.published || !item) {
    throw validationFailed("item_not_on_published_agenda", "Decisions are recorded on the items of the published agenda.", "body.itemId");
  }
  if (item.decided) {
    throw new DomainError("conflict", "The item already has its decision.", { details: [{ path: "body.itemId", reason: "item_decided" }] });
  }
  if (meeting.date > today) {
    throw new DomainError("conflict", "Decisions are recorded on the day of the meeting or after.", {
      details: [{ path: "meeting.date", reason: "meeting_not_yet_held" }],
    });
  }
  if (!decisionTypesFor(item.kind).includes(body.type)) {
    throw validationFailed("decision_type_not_for_item", `An item of this kind cannot be ${body.type}.`, "body.type");
  }
  if (body.type === "assigned" && !body.assignment) {
    throw validationFailed("required", "An assignment names what, who and when.", "body.assignment");
  }
  if (body.type !== "assigned" && body.assignment) {
    throw validationFailed("assignment_without_assigned", "An assignment goes with the decision type 'assigned'.", "body.assignment");
  }
  if (body.assignment && body.assignment.dueOn < meeting.date) {
    throw validationFailed("due_before_meeting", "The assignment is due after the meeting.", "body.assignment.dueOn");
  }
  if (body.validUntil !== undefined && !(item.kind === "documentAdopt" && body.type === "adopted")) {
    throw validationFailed("valid_until_not_for_item", "Valid-until goes with adopting a governing document.", "body.validUntil");
  }
}

/** A minute paragraph as written in the minutes and on what it decided ("§ 12"). */
export const paragraphText = (n: number): string => `§ ${n}`;
