import { KeyParams, Meeting, meetingTeamsBindRoute, TeamsBindingBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingTeamsBindRoute,
  summary:
    "Binds the meeting to the Teams meeting it is held in, as the tab added to that Teams meeting reads it (tenant, meeting and chat ids). Only a Teams meeting of the caller's own organisation (`teams_meeting_other_tenant`). The body's secretaries and chair. Requires If-Match.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  requiresIfMatch: true,
  body: TeamsBindingBody,
  response: Meeting,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const meeting = await services.meetingSession.bindTeamsMeeting(principal, params.id, body, ifMatch);
    return { body: meeting, etag: meeting.etag };
  },
});
