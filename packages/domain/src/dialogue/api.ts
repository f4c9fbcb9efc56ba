// The dialogue planning module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type {
  Activity,
  ActivityBody,
  ActivityDetail,
  ActivityStatusBody,
  ActivityUpdateBody,
  AttachmentParams,
  CoordinationBody,
  CoordinationResult,
  DialoguePlan,
  DialoguePlanAdoptBody,
  DialoguePlanQuery,
  DialogueSettings,
  DialogueSettingsBody,
  DialogueSummaryQuery,
  DialogueTrace,
  DialogueTraceQuery,
  DocumentFileQuery,
  FeedbackBody,
  KeyParams,
  PublicDialogues,
  PublicDialoguesParams,
  PublicDialoguesQuery,
  ResultsBody,
} from "../index.js";
import { type ApiFile, apiRoute } from "../shared/api-route.js";

type In<T extends z.ZodType> = z.input<T>;
type Out<T extends z.ZodType> = z.output<T>;

export const dialogueSettingsGetRoute = apiRoute<undefined, undefined, undefined, Out<typeof DialogueSettings>>(
  "dialogue-settings-get",
  "GET",
  "dialogue/settings",
);
export const dialogueSettingsUpdateRoute = apiRoute<undefined, undefined, In<typeof DialogueSettingsBody>, Out<typeof DialogueSettings>>(
  "dialogue-settings-update",
  "PUT",
  "dialogue/settings",
);

/* The yearly plan. */
export const dialoguePlanGetRoute = apiRoute<In<typeof KeyParams>, In<typeof DialoguePlanQuery>, undefined, Out<typeof DialoguePlan>>(
  "dialogue-plan-get",
  "GET",
  "plan-years/{id}/dialogue",
);
export const dialoguePlanAdoptRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof DialoguePlanAdoptBody>, Out<typeof DialoguePlan>>(
  "dialogue-plan-adopt",
  "POST",
  "plan-years/{id}/dialogue/adopt",
);
export const dialogueCoordinationSaveRoute = apiRoute<undefined, undefined, In<typeof CoordinationBody>, Out<typeof CoordinationResult>>(
  "dialogue-coordination-save",
  "POST",
  "dialogue/coordinations",
);

/* An activity. */
export const dialogueActivityCreateRoute = apiRoute<undefined, undefined, In<typeof ActivityBody>, Out<typeof Activity>>(
  "dialogue-activity-create",
  "POST",
  "dialogue/activities",
);
export const dialogueActivityGetRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, Out<typeof ActivityDetail>>(
  "dialogue-activity-get",
  "GET",
  "dialogue/activities/{id}",
);
export const dialogueActivityUpdateRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof ActivityUpdateBody>, Out<typeof Activity>>(
  "dialogue-activity-update",
  "PATCH",
  "dialogue/activities/{id}",
);
export const dialogueActivityMoveRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof ActivityStatusBody>, Out<typeof Activity>>(
  "dialogue-activity-move",
  "POST",
  "dialogue/activities/{id}/status",
);
export const dialogueActivityRemoveRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, null>(
  "dialogue-activity-remove",
  "DELETE",
  "dialogue/activities/{id}",
);
export const dialogueFeedbackRecordRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof FeedbackBody>, Out<typeof Activity>>(
  "dialogue-feedback-record",
  "POST",
  "dialogue/activities/{id}/feedback",
);
export const dialogueResultsSaveRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof ResultsBody>, Out<typeof ActivityDetail>>(
  "dialogue-results-save",
  "PUT",
  "dialogue/activities/{id}/results",
);
export const dialogueAttachmentAddRoute = apiRoute<In<typeof KeyParams>, In<typeof DocumentFileQuery>, ApiFile, Out<typeof ActivityDetail>>(
  "dialogue-attachment-add",
  "POST",
  "dialogue/activities/{id}/attachments",
  { fileBody: true },
);
export const dialogueAttachmentGetRoute = apiRoute<In<typeof AttachmentParams>, undefined, undefined, ApiFile>(
  "dialogue-attachment-get",
  "GET",
  "dialogue/activities/{id}/attachments/{attachmentId}",
);
export const dialogueAttachmentRemoveRoute = apiRoute<In<typeof AttachmentParams>, undefined, undefined, Out<typeof ActivityDetail>>(
  "dialogue-attachment-remove",
  "DELETE",
  "dialogue/activities/{id}/attachments/{attachmentId}",
);

/* From dialogue to decision. */
export const dialogueTraceGetRoute = apiRoute<undefined, In<typeof DialogueTraceQuery>, undefined, Out<typeof DialogueTrace>>(
  "dialogue-trace-get",
  "GET",
  "dialogue/trace",
);
export const goalDialoguesGetRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, Out<typeof DialogueTrace>>(
  "goal-dialogues-get",
  "GET",
  "goals/{id}/dialogues",
);

/* Open data. */
export const publicDialoguesGetRoute = apiRoute<
  In<typeof PublicDialoguesParams>,
  In<typeof PublicDialoguesQuery>,
  undefined,
  Out<typeof PublicDialogues>
>("public-dialogues-get", "GET", "public/{tenantId}/dialogues");

/* The yearly summary to the council. */
export const dialogueSummaryDocxGetRoute = apiRoute<In<typeof KeyParams>, In<typeof DialogueSummaryQuery>, undefined, ApiFile>(
  "dialogue-summary-docx-get",
  "GET",
  "plan-years/{id}/dialogue/summary.docx",
);
