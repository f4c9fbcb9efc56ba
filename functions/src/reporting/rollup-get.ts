import { RollupView } from "@kvalitetskedjan/domain";
import { PeriodParams } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "rollup-get",
  method: "GET",
  route: "plan-years/{id}/periods/{periodId}/rollup",
  summary: "Suggested assessments of the council's goals for a period, with the rule, its inputs and the decisions taken.",
  tag: "Reporting",
  auth: "user",
  params: PeriodParams,
  response: RollupView,
  async handle({ principal }, { params, services }) {
    return { body: await services.rollup.rollup(principal, params.id, params.periodId) };
  },
});
