import { PeriodParams, periodRemindRoute, RemindBody, RemindResult } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...periodRemindRoute,
  summary: "Reminds the owners chosen that have not reported (administrators). Each recipient gets at most one digest a day.",
  tag: "Reporting",
  auth: "user",
  params: PeriodParams,
  body: RemindBody,
  response: RemindResult,
  async handle({ principal, tenant }, { params, body, services }) {
    return { body: await services.periodStatus.remind(principal, tenant, params.id, params.periodId, body.ownerScopeIds) };
  },
});
