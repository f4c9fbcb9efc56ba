import { GoalTree, goalTreeGetRoute, KeyParams, PeriodQuery } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalTreeGetRoute,
  summary:
    "A plan year's goals and indicators, optionally of one unit and below, with one period's reports and indicator status: one round trip.",
  tag: "Reporting",
  auth: "user",
  params: KeyParams,
  query: PeriodQuery,
  response: GoalTree,
  async handle({ principal }, { params, query, services }) {
    return { body: await services.goalTree.tree(principal, params.id, query) };
  },
});
