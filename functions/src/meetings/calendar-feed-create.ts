import { CalendarFeed, CalendarFeedBody, calendarFeedCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { calendarFeedUrl, publicOrigin } from "./calendar-feed-url.js";

export default defineRoute({
  ...calendarFeedCreateRoute,
  summary:
    "Makes the caller's personal calendar subscription (the whole municipality's dates or only their own, of one body if `bodyId`), or makes it again with a new secret: the address in the answer is shown this once, and an earlier one stops working. `If-Match`: the subscription's etag from GET (`new` before the first).",
  tag: "Meetings",
  auth: "user",
  body: CalendarFeedBody,
  response: CalendarFeed,
  successStatus: 201,
  requiresIfMatch: true,
  async handle({ principal, tenant }, { body, services, url, ifMatch }) {
    const { feed, token } = await services.calendarFeeds.create(principal, body, ifMatch);
    return {
      body: { ...feed, url: calendarFeedUrl(publicOrigin(services, url), tenant.id, token) },
      etag: feed.etag,
      headers: { "Cache-Control": "no-store" },
    };
  },
});
