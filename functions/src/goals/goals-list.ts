import { GoalList, goalsListRoute, KeyParams, ListGoalsQuery } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalsListRoute,
  summary: "The goals of a plan year, optionally of one owner, with warnings about owners with too many goals.",
  tag: "Goals",
  auth: "user",
  params: KeyParams,
  query: ListGoalsQuery,
  response: GoalList,
  async handle({ principal }, { params, query, services }) {
    return { body: await services.goals.listGoals(principal, params.id, query.ownerScopeId) };
  },
});
