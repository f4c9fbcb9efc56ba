import { GoalRisks, goalRisksGetRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalRisksGetRoute,
  summary:
    "The risks of the materiality analyses that threaten a goal, most serious first, each with the controls that address it and their results per period.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  response: GoalRisks,
  async handle({ principal }, { params, services }) {
    return { body: await services.controlPlans.goalRisks(principal, params.id) };
  },
});
