import { PeriodOverview, PeriodParams, periodStatusGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...periodStatusGetRoute,
  summary: "Who has (not) reported: every owner asked to report in the period, its status, whether it is overdue and whom to remind.",
  tag: "Reporting",
  auth: "user",
  params: PeriodParams,
  response: PeriodOverview,
  async handle({ principal }, { params, services }) {
    return { body: await services.periodStatus.overview(principal, params.id, params.periodId) };
  },
});
