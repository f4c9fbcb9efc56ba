import { ActivityDetail, AttachmentParams, dialogueAttachmentRemoveRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueAttachmentRemoveRoute,
  summary:
    "Takes a file off an activity's results (audited); the file stays in the document library with the municipality's records. If-Match: the activity's etag.",
  tag: "Dialogue",
  auth: "user",
  params: AttachmentParams,
  requiresIfMatch: true,
  response: ActivityDetail,
  async handle({ principal }, { params, ifMatch, services }) {
    const detail = await services.dialogueAttachments.removeAttachment(principal, params.id, params.attachmentId, ifMatch);
    return { body: detail, etag: detail.activity.etag };
  },
});
