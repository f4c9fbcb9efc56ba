import { CalendarFeedParams, publicCalendarGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { cycleCalendar } from "./annual-cycle-ics.js";
import { publicOrigin } from "./calendar-feed-url.js";

export default defineRoute({
  ...publicCalendarGetRoute,
  summary:
    "A personal calendar subscription, no sign-in: the annual cycle of this year and the next as iCalendar, read as the person whose secret the address holds. Read-only, rate-limited per address; an unknown, revoked or wrong address is 404.",
  tag: "Open data",
  auth: "anonymous",
  params: CalendarFeedParams,
  response: null,
  files: ["text/calendar"],
  successStatus: 200,
  async handle(_caller, { params, services, url }) {
    services.rateLimiter.checkCalendarFeed(params.tenantId, params.token.split(".")[0] ?? "");
    const { cycles } = await services.calendarFeeds.open(params.tenantId, params.token);
    const tenant = await services.tenants.findTenant(params.tenantId);
    const body = cycleCalendar(
      cycles.flatMap((c) => c.events),
      {
        name: `Årshjul – ${tenant?.name ?? ""}`,
        appUrl: `${publicOrigin(services, url)}/`,
        tenantId: params.tenantId,
        now: services.clock.now(),
      },
    );
    return {
      file: { contentType: "text/calendar", body: new TextEncoder().encode(body), filename: "arshjul.ics" },
      // Personal: no shared cache keeps it; a calendar asks again within the hour.
      headers: { "Cache-Control": "private, max-age=900" },
    };
  },
});
