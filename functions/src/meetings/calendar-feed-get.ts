import { CalendarFeed, calendarFeedGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...calendarFeedGetRoute,
  summary:
    "The caller's calendar subscription to the annual cycle: whether there is one, since when and what it holds. Its address is never shown again after it was made.",
  tag: "Meetings",
  auth: "user",
  response: CalendarFeed,
  async handle({ principal }, { services }) {
    const feed = await services.calendarFeeds.status(principal);
    return { body: feed, etag: feed.etag };
  },
});
