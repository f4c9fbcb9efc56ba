import { KeyParams, Meeting, meetingPublishRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingPublishRoute,
  summary:
    "Publishes the agenda (the notice): members see it before the meeting, and decisions are recorded on its items. Requires If-Match.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  requiresIfMatch: true,
  response: Meeting,
  async handle({ principal }, { params, ifMatch, services }) {
    const meeting = await services.meetingService.publishAgenda(principal, params.id, ifMatch);
    return { body: meeting, etag: meeting.etag };
  },
});
