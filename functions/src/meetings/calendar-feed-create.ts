import { CalendarFeed, CalendarFeedBody, calendarFeedCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { calendarFeedUrl, publicOrigin } from "./calendar-feed-url.js";

export default defineRoute({
  ...calendarFeedCreateRoute,
  summary:
    "Makes the caller's personal calendar subscription (the whole municipality's dates or only their own, of one body if `bodyId`), or makes it again with a new secret: the address in the answer is shown this once, and an earlier one stops working.",
  tag: "Meetings",
  auth: "user",
  body: CalendarFeedBody,
  response: CalendarFeed,
  successStatus: 201,
  async handle({ principal, tenant }, { body, services, url }) {
    const { feed, token } = await services.calendarFeeds.create(principal, body);
    return {
      body: { ...feed, url: calendarFeedUrl(publicOrigin(services, url), tenant.id, token) },
      headers: { "Cache-Control": "no-store" },
    };
  },
});
