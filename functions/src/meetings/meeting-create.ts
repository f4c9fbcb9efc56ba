import { Meeting, MeetingBody, meetingCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingCreateRoute,
  summary:
    "Plans a meeting of a committee, the executive board, the council or a company: date, time, place, its secretary and the members who adjust the minutes. The body's secretaries, chair and administrators.",
  tag: "Meetings",
  auth: "user",
  body: MeetingBody,
  response: Meeting,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const meeting = await services.meetingService.createMeeting(principal, body);
    return { body: meeting, etag: meeting.etag };
  },
});
