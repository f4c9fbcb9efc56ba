import { KeyParams, Meeting, meetingGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingGetRoute,
  summary:
    "A meeting with its agenda, each item's decision and §, the paragraphs it holds, whether it is adjusted, and what the caller may do.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  response: Meeting,
  async handle({ principal }, { params, services }) {
    const meeting = await services.meetingService.getMeeting(principal, params.id);
    return { body: meeting, etag: meeting.etag };
  },
});
