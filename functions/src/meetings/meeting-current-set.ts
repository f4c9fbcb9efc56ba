import { CurrentItemBody, KeyParams, Meeting, meetingCurrentSetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingCurrentSetRoute,
  summary:
    "Moves the meeting to an item of its published agenda: everyone's side panel in the Teams meeting follows. The meeting's secretary, the body's secretaries or chair. Requires If-Match: a move on a stale view is 412.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  requiresIfMatch: true,
  body: CurrentItemBody,
  response: Meeting,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const meeting = await services.meetingSession.setCurrentItem(principal, params.id, body, ifMatch);
    return { body: meeting, etag: meeting.etag };
  },
});
