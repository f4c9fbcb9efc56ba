import { AttachmentParams, dialogueAttachmentGetRoute, documentFileTypes } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueAttachmentGetRoute,
  summary: "A file kept with an activity's results, from the document library; for those who record the activity's results.",
  tag: "Dialogue",
  auth: "user",
  params: AttachmentParams,
  response: null,
  files: Object.values(documentFileTypes).map((t) => t.contentType),
  async handle({ principal }, { params, services }) {
    const file = await services.dialogueAttachments.attachmentContent(principal, params.id, params.attachmentId);
    return { status: 200, file: { contentType: file.contentType, body: file.bytes, filename: file.name } };
  },
});
