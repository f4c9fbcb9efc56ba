import { CurrentItemBody, KeyParams, Meeting, meetingCurrentSetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingCurrentSetRoute,
  summary:
    "Moves the meeting to an item of its published agenda: everyone's side panel in the Teams meeting follows. The meeting's secretary, the body's secretaries or chair.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  body: CurrentItemBody,
  response: Meeting,
  async handle({ principal }, { params, body, services }) {
    const meeting = await services.meetingSession.setCurrentItem(principal, params.id, body);
    return { body: meeting, etag: meeting.etag };
  },
});
