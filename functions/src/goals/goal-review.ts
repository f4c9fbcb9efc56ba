import { Goal, goalReviewRoute, KeyParams, ReviewGoalBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalReviewRoute,
  summary: "Records the credibility review of a goal before it is set. Requires If-Match.",
  tag: "Goals",
  auth: "user",
  params: KeyParams,
  body: ReviewGoalBody,
  requiresIfMatch: true,
  response: Goal,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const goal = await services.goals.reviewGoal(principal, params.id, body, ifMatch);
    return { body: goal, etag: goal.etag };
  },
});
