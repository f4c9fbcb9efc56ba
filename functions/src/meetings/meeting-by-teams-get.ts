import { Meeting, meetingByTeamsGetRoute, TeamsMeetingQuery } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingByTeamsGetRoute,
  summary:
    "The meeting held in a Teams meeting (by Teams' meeting id), for the tab opened in that Teams meeting's side panel, stage or details.",
  tag: "Meetings",
  auth: "user",
  query: TeamsMeetingQuery,
  response: Meeting,
  async handle({ principal }, { query, services }) {
    const meeting = await services.meetingSession.findByTeamsMeeting(principal, query.teamsMeetingId);
    return { body: meeting, etag: meeting.etag };
  },
});
