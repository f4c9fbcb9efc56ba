import type { DocumentDecision } from "../documents/contracts.js";
import type { RecordStorePort, Stored } from "../shared/store.js";
import type { ActivityStatus, FeedbackBody, InfluencePromise, LadderStep, Perspective } from "./contracts.js";
import type { ResultsBody } from "./result-contracts.js";
import type { DialogueSettingsBody } from "./settings-contracts.js";

/** The municipality's methods, taxonomy and rules for dialogues; one record, id `current`. */
export interface DialogueSettingsData extends DialogueSettingsBody {
  readonly id: string;
}

/** A survey or dialogue of the yearly plan. */
export interface ActivityData {
  readonly id: string;
  readonly planYearId: string;
  readonly title: string;
  readonly purpose: string;
  readonly perspective: Perspective;
  readonly methodKey: string;
  readonly ladderStep: LadderStep;
  readonly promise: InfluencePromise;
  readonly targetGroupKeys: readonly string[];
  readonly startOn: string;
  readonly endOn: string;
  readonly responsibleUnitId: string;
  /** The responsible unit's path from the root, for per-object authorisation. */
  readonly responsibleUnitPath: readonly string[];
  readonly responsiblePersonId: string;
  /** The person's name when chosen, so lists print it without a lookup. */
  readonly responsiblePersonName: string;
  readonly goalIds: readonly string[];
  readonly feedsDecisionKey: string | null;
  readonly cost: number | null;
  readonly focusDecision: DocumentDecision | null;
  readonly status: ActivityStatus;
  /** True when added to a plan already adopted. */
  readonly addedAfterAdoption: boolean;
  readonly feedback: (FeedbackBody & { readonly recordedBy: string }) | null;
  /** Files kept with the results, filed in the document library; absent on activities saved before attachments. */
  readonly attachments?: readonly AttachmentData[];
}

/** A file filed with an activity's results: where it is in the library and who added it. */
export interface AttachmentData {
  /** The same for the same content on the same activity, so a retried upload is one attachment. */
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  readonly sha256: string;
  readonly siteId: string;
  readonly driveId: string;
  readonly itemId: string;
  readonly webUrl: string | null;
  readonly addedAt: string;
  readonly addedBy: string;
}

/** A pair of overlapping activities the coordinator has coordinated; id `{a}~{b}`. */
export interface CoordinationData {
  readonly id: string;
  readonly planYearId: string;
  readonly activityIds: readonly [string, string];
  readonly note: string;
  readonly by: string;
  readonly at: string;
}

/** The plan of a year and its adoption; id the plan year's. */
export interface DialoguePlanData {
  readonly id: string;
  readonly planYearId: string;
  readonly adopted: DocumentDecision | null;
}

/** An activity's results as entered; id the activity's. Published only through suppression. */
export interface DialogueResultsData extends ResultsBody {
  readonly id: string;
  readonly planYearId: string;
  readonly activityId: string;
}

export interface DialogueRecordTypes {
  dialogueSettings: DialogueSettingsData;
  dialogueActivity: ActivityData;
  dialogueCoordination: CoordinationData;
  dialoguePlan: DialoguePlanData;
  dialogueResults: DialogueResultsData;
}
export type DialogueRecordType = keyof DialogueRecordTypes;
/** The dialogue store's records, as the audit trail names them. */
export const dialogueObjectTypes = [
  "dialogueSettings",
  "dialogueActivity",
  "dialogueCoordination",
  "dialoguePlan",
  "dialogueResults",
] as const satisfies readonly DialogueRecordType[];

/** A year's plan: its activities, coordinations and adoption, with the settings, read together. */
export interface DialogueYear {
  readonly activities: readonly Stored<ActivityData>[];
  readonly coordinations: readonly Stored<CoordinationData>[];
  readonly plan: Stored<DialoguePlanData> | null;
  readonly settings: Stored<DialogueSettingsData> | null;
}

/** Storage of one tenant's dialogue planning: every method takes the tenant id. */
export interface DialogueRepository extends RecordStorePort<DialogueRecordTypes> {
  find<K extends DialogueRecordType>(tenantId: string, type: K, id: string): Promise<Stored<DialogueRecordTypes[K]> | null>;
  findSettings(tenantId: string): Promise<Stored<DialogueSettingsData> | null>;
  /** A year's activities, coordinations and plan, and the settings: one query. */
  loadYear(tenantId: string, planYearId: string): Promise<DialogueYear>;
  /** The results of the given activities. */
  findResults(tenantId: string, activityIds: readonly string[]): Promise<Stored<DialogueResultsData>[]>;
  /** Results that name a goal, an indicator or a decision among what they informed, and the activities that feed that decision. */
  listTrace(
    tenantId: string,
    link: { readonly goalId?: string; readonly decisionKey?: string },
  ): Promise<{ activities: Stored<ActivityData>[]; results: Stored<DialogueResultsData>[] }>;
  /** Activities held and waiting for feedback, of one person or (without) everyone's, with the settings. */
  listAwaitingFeedback(
    tenantId: string,
    personId?: string,
  ): Promise<{ activities: Stored<ActivityData>[]; settings: Stored<DialogueSettingsData> | null }>;
}
