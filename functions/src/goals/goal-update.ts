import { GoalResult, goalUpdateRoute, KeyParams, UpdateGoalBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalUpdateRoute,
  summary: "Changes a goal's wording, area or the goals it breaks down. Requires If-Match.",
  tag: "Goals",
  auth: "user",
  params: KeyParams,
  body: UpdateGoalBody,
  requiresIfMatch: true,
  response: GoalResult,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const result = await services.goals.updateGoal(principal, params.id, body, ifMatch);
    return { body: result, etag: result.goal.etag };
  },
});
