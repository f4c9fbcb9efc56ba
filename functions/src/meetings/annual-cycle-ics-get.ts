import { annualCycleIcsGetRoute, CycleQuery } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { cycleCalendar } from "./annual-cycle-ics.js";
import { publicOrigin } from "./calendar-feed-url.js";

export default defineRoute({
  ...annualCycleIcsGetRoute,
  summary:
    "The annual cycle of a year (of one body with `bodyId`) as an iCalendar file to open in Outlook or any calendar: one all-day event a date, with a link back.",
  tag: "Meetings",
  auth: "user",
  query: CycleQuery,
  response: null,
  files: ["text/calendar"],
  successStatus: 200,
  async handle({ principal, tenant }, { query, services, url }) {
    const cycle = await services.annualCycle.getCycle(principal, query);
    const body = cycleCalendar(cycle.events, {
      name: `Årshjul ${query.year} – ${tenant.name}`,
      appUrl: `${publicOrigin(services, url)}/`,
      tenantId: tenant.id,
      now: services.clock.now(),
    });
    return {
      file: {
        contentType: "text/calendar",
        body: new TextEncoder().encode(body),
        filename: `arshjul-${query.year}${query.bodyId ? `-${query.bodyId}` : ""}.ics`,
      },
    };
  },
});
