import { LockPeriodBody, PeriodParams, PlanYear, periodLockRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...periodLockRoute,
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
