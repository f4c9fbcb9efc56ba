import { ActivityDetail, dialogueAttachmentAddRoute, KeyParams } from "@kvalitetskedjan/domain";
import { documentFileOf, documentFileRequest } from "../documents/document-file-body.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueAttachmentAddRoute,
  summary:
    "Files a document with an activity's results (the survey's report, a workshop's notes) in the municipality's document library: Word, ODF text, Excel, PowerPoint or PDF, at most 50 MiB, the content matching the name's type. The body is the file; `name` its file name. The responsible person or whoever plans the activity, once it is running or held; at most 20 per activity. If-Match: the activity's etag; the same file again is the same attachment.",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  ...documentFileRequest,
  requiresIfMatch: true,
  response: ActivityDetail,
  async handle({ principal }, { params, query, body, ifMatch, services }) {
    const detail = await services.dialogueAttachments.addAttachment(principal, params.id, documentFileOf(body, query.name), ifMatch);
    return { body: detail, etag: detail.activity.etag };
  },
});
