import { Goal, goalRetireRoute, KeyParams, RetireGoalBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalRetireRoute,
  summary:
    "Retires a goal during the year: it stays in the chain with its history, is no longer asked for in reports and is not copied into the next plan year. Editors of the goal's owner; If-Match.",
  tag: "Goals",
  auth: "user",
  params: KeyParams,
  body: RetireGoalBody,
  response: Goal,
  requiresIfMatch: true,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const goal = await services.goals.retireGoal(principal, params.id, body, ifMatch);
    return { body: goal, etag: goal.etag };
  },
});
