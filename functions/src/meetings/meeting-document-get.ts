import { DomainError, MeetingDocumentParams, MeetingDocumentQuery, meetingDocumentGetRoute, notFound } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { meetingFileName, renderExtract, renderMinutes, renderNotice } from "./meeting-docx.js";

const word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export default defineRoute({
  ...meetingDocumentGetRoute,
  summary:
    "A meeting's document as Word: `notice` (kallelse: the published agenda) or `minutes` (protokoll: each decision under its §, the adjustment, room for signatures); with `paragraph`, the extract of that § (protokollsutdrag).",
  tag: "Meetings",
  auth: "user",
  params: MeetingDocumentParams,
  query: MeetingDocumentQuery,
  response: null,
  files: [word],
  successStatus: 200,
  async handle({ principal, tenant }, { params, query, services }) {
    const m = await services.meetingService.getMeeting(principal, params.id);
    const locale = query.locale ?? tenant.defaultLocale;
    if (params.document === "notice" && query.paragraph !== undefined) {
      throw new DomainError("validation_failed", "An extract is of the minutes.", {
        details: [{ path: "query.paragraph", reason: "extract_of_minutes" }],
      });
    }
    let body: Uint8Array | null;
    if (params.document === "notice") body = await renderNotice(m, locale);
    else if (query.paragraph !== undefined) body = await renderExtract(m, query.paragraph, locale);
    else body = await renderMinutes(m, locale);
    if (!body) throw notFound("The paragraph");
    return { file: { contentType: word, body, filename: meetingFileName(m, params.document, query.paragraph) } };
  },
});
