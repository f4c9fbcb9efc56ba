import { CalendarBody, calendarUpdateRoute, KeyParams, PlanYear } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...calendarUpdateRoute,
  summary:
    "Replaces a plan year's reporting calendar (administrators). Locked periods keep their dates; periods with reports stay. Requires If-Match.",
  tag: "Reporting",
  auth: "user",
  params: KeyParams,
  body: CalendarBody,
  requiresIfMatch: true,
  response: PlanYear,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    const year = await services.calendar.updateCalendar(principal, tenant, params.id, body, ifMatch);
    return { body: year, etag: year.etag };
  },
});
