import { IndicatorList, indicatorsListRoute, KeyParams, ListIndicatorsQuery } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...indicatorsListRoute,
  summary: "The indicators (nyckeltal) of a plan year, optionally of one goal.",
  tag: "Goals",
  auth: "user",
  params: KeyParams,
  query: ListIndicatorsQuery,
  response: IndicatorList,
  async handle({ principal }, { params, query, services }) {
    return { body: await services.indicators.listIndicators(principal, params.id, query.goalId) };
  },
});
