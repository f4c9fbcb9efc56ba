import type { RecordStorePort, Stored } from "../shared/store.js";
import type { AgendaItemKind, DecisionType } from "./contracts.js";
import type { ParagraphBook } from "./meeting-rules.js";

/** A decision as recorded on its item. */
export interface DecisionData {
  readonly paragraph: number;
  readonly type: DecisionType;
  readonly text: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly assignmentId: string | null;
}

export interface AgendaItemData {
  readonly id: string;
  readonly kind: AgendaItemKind;
  readonly refId: string | null;
  readonly title: string;
  readonly summary: string;
  readonly information: boolean;
  readonly href: string | null;
  readonly decision: DecisionData | null;
}

/** A meeting of a committee, the executive board or the council; its agenda and decisions are part of it. */
export interface MeetingData {
  readonly id: string;
  readonly bodyId: string;
  /** The body's path from the root, for per-object authorisation. */
  readonly bodyPath: readonly string[];
  /** The calendar year of its date: paragraphs are numbered on through a body's year. */
  readonly year: number;
  readonly date: string;
  readonly startsAt: string;
  readonly location: string;
  readonly secretaryPersonId: string;
  /** Names as chosen, so the meeting prints them without a lookup. */
  readonly secretaryName: string;
  readonly adjusters: readonly { readonly id: string; readonly name: string }[];
  readonly agenda: {
    readonly published: { readonly at: string; readonly by: string } | null;
    readonly items: readonly AgendaItemData[];
  };
  readonly adjusted: { readonly on: string; readonly by: string } | null;
  /** The item the meeting is on; absent before it starts. */
  readonly currentItemId?: string | null;
  /** The Teams meeting it is held in; absent until bound. */
  readonly teams?: {
    readonly meetingId: string;
    readonly chatId: string | null;
    readonly boundAt: string;
    readonly boundBy: string;
  } | null;
  /** The notice and the minutes as filed in the library; absent until filed. */
  readonly filed?: { readonly notice?: FiledData; readonly minutes?: FiledData };
}

/** A meeting document filed in the library: each file's place there. */
export interface FiledData {
  readonly files: readonly {
    readonly name: string;
    readonly siteId: string;
    readonly driveId: string;
    readonly itemId: string;
    readonly webUrl: string | null;
  }[];
  readonly at: string;
  readonly by: string;
}

/** A body's paragraph book for a year; id `{bodyId}.{year}`. */
export interface ParagraphBookData extends ParagraphBook {
  readonly id: string;
  readonly bodyId: string;
  readonly year: number;
}

/** An assignment (uppdrag) a meeting gave: on the owner's My items and the body's next agendas until done. */
export interface AssignmentData {
  readonly id: string;
  readonly bodyId: string;
  readonly bodyPath: readonly string[];
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly itemId: string;
  readonly paragraph: number;
  readonly what: string;
  readonly ownerPersonId: string;
  readonly ownerName: string;
  readonly dueOn: string;
  readonly done: { readonly on: string; readonly by: string; readonly note: string } | null;
}

/** The budget process's milestones of a year; id the year. */
export interface CycleMilestonesData {
  readonly id: string;
  readonly year: number;
  readonly items: readonly { readonly name: string; readonly date: string }[];
}

/**
 * A person's calendar subscription; one a person (id from the person), its secret kept only
 * as a hash. Made again, it gets a new secret (the old address stops working); revoked, it
 * has none.
 */
export interface CalendarFeedData {
  readonly id: string;
  readonly personId: string;
  /** The sign-in the feed reads as: the person's own, so it sees what they see. */
  readonly userId: string;
  readonly name: string;
  readonly secretHash: string | null;
  readonly view: "all" | "mine";
  readonly bodyId: string | null;
  readonly createdAt: string;
}

export interface MeetingRecordTypes {
  meeting: MeetingData;
  paragraphBook: ParagraphBookData;
  assignment: AssignmentData;
  cycleMilestones: CycleMilestonesData;
  calendarFeed: CalendarFeedData;
}
export type MeetingRecordType = keyof MeetingRecordTypes;
/**
 * The meeting store's records whose audit trail the API reads. A calendar subscription's
 * trail is written but not read out: its entries hold the hash of the person's secret.
 */
export const meetingObjectTypes = [
  "meeting",
  "paragraphBook",
  "assignment",
  "cycleMilestones",
] as const satisfies readonly MeetingRecordType[];

/** Storage of one tenant's meetings, paragraph books and assignments: every method takes the tenant id. */
export interface MeetingRepository extends RecordStorePort<MeetingRecordTypes> {
  find<K extends MeetingRecordType>(tenantId: string, type: K, id: string): Promise<Stored<MeetingRecordTypes[K]> | null>;
  /** Meetings, of one body or all, of one year or all, by date. */
  listMeetings(tenantId: string, filter: { readonly bodyId?: string; readonly year?: number }): Promise<Stored<MeetingData>[]>;
  /** Assignments not done, of one body or one owner (or all). */
  listOpenAssignments(
    tenantId: string,
    filter: { readonly bodyId?: string; readonly ownerPersonId?: string },
  ): Promise<Stored<AssignmentData>[]>;
}
