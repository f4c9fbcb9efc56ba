import { AgendaBody, KeyParams, Meeting, meetingAgendaSaveRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingAgendaSaveRoute,
  summary:
    "Sets the agenda in the order given: proposed items by their key (each must be due for the body), free items by title and summary. An item with a decision stays. Requires If-Match.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  body: AgendaBody,
  requiresIfMatch: true,
  response: Meeting,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const meeting = await services.meetingService.saveAgenda(principal, params.id, body, ifMatch);
    return { body: meeting, etag: meeting.etag };
  },
});
