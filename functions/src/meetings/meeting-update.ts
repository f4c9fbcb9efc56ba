import { KeyParams, Meeting, MeetingUpdateBody, meetingUpdateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingUpdateRoute,
  summary:
    "Changes a meeting's date, time, place, secretary or adjusters (not once adjusted; the date stays in its year once decisions hold its paragraphs). Requires If-Match.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  body: MeetingUpdateBody,
  requiresIfMatch: true,
  response: Meeting,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const meeting = await services.meetingService.updateMeeting(principal, params.id, body, ifMatch);
    return { body: meeting, etag: meeting.etag };
  },
});
