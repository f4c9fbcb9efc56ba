import { PeriodParams, RollupView, rollupGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...rollupGetRoute,
  summary: "Suggested assessments of the council's goals for a period, with the rule, its inputs and the decisions taken.",
  tag: "Reporting",
  auth: "user",
  params: PeriodParams,
  response: RollupView,
  async handle({ principal }, { params, services }) {
    return { body: await services.rollup.rollup(principal, params.id, params.periodId) };
  },
});
