import { CalendarFeed, calendarFeedRevokeRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...calendarFeedRevokeRoute,
  summary:
    "Revokes the caller's calendar subscription: its address stops working at once. `If-Match`: the subscription's etag from GET. Revoking none is no error.",
  tag: "Meetings",
  auth: "user",
  response: CalendarFeed,
  requiresIfMatch: true,
  async handle({ principal }, { services, ifMatch }) {
    const feed = await services.calendarFeeds.revoke(principal, ifMatch);
    return { body: feed, etag: feed.etag };
  },
});
