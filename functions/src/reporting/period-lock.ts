import { LockPeriodBody, PlanYear } from "@kvalitetskedjan/domain";
import { PeriodParams } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "period-lock",
  method: "PUT",
  route: "plan-years/{id}/periods/{periodId}/lock",
  summary: "Locks or unlocks a reporting period for the whole municipality (administrators). Requires If-Match of the plan year.",
  tag: "Reporting",
  auth: "user",
  params: PeriodParams,
  body: LockPeriodBody,
  requiresIfMatch: true,
  response: PlanYear,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    const year = await services.calendar.lockPeriod(principal, tenant, params.id, params.periodId, body.locked, ifMatch);
    return { body: year, etag: year.etag };
  },
});
