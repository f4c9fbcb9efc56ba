import { CreateGoalBody, GoalResult, goalCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalCreateRoute,
  summary: "Adds a goal breaking down goals one level up (administrators, chairs and department heads of the owner).",
  tag: "Goals",
  auth: "user",
  body: CreateGoalBody,
  response: GoalResult,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const result = await services.goals.createGoal(principal, body);
    return { body: result, etag: result.goal.etag };
  },
});
