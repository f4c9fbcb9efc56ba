import { MeetingList, MeetingListQuery, meetingsListRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingsListRoute,
  summary:
    "Meetings of the municipality's bodies (of one body, one year), by date, with their number in the body's year; and the bodies the caller may plan meetings for.",
  tag: "Meetings",
  auth: "user",
  query: MeetingListQuery,
  response: MeetingList,
  async handle({ principal }, { query, services }) {
    return { body: await services.meetingService.listMeetings(principal, query) };
  },
});
