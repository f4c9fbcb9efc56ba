import { FileDocumentBody, KeyParams, Meeting, meetingDocumentFileRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { meetingFiles } from "./meeting-docx.js";

export default defineRoute({
  ...meetingDocumentFileRoute,
  summary:
    "Files the meeting's notice, or its minutes with an extract per §, as Word in the municipality's document library (SharePoint, or the local folder), with the columns set: the committee, the meeting's date and the § range. Filing again files new versions. The body's secretaries and chair. Requires If-Match (checked before anything is filed).",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  requiresIfMatch: true,
  body: FileDocumentBody,
  response: Meeting,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    const m = await services.meetingService.getMeeting(principal, params.id);
    const files = await meetingFiles(m, body.document, tenant.defaultLocale);
    const filed = await services.meetingFiling.fileDocument(principal, params.id, body.document, files, ifMatch);
    return { body: filed, etag: filed.etag };
  },
});
