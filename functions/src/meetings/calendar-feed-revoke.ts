import { calendarFeedRevokeRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...calendarFeedRevokeRoute,
  summary: "Revokes the caller's calendar subscription: its address stops working at once. Revoking none is no error.",
  tag: "Meetings",
  auth: "user",
  response: null,
  async handle({ principal }, { services }) {
    await services.calendarFeeds.revoke(principal);
    return {};
  },
});
