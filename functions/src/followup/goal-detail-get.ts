import { GoalDetail, goalDetailGetRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalDetailGetRoute,
  summary:
    "A goal with its assessments per period and each indicator's values across plan years (through predecessors), targets, gender split and Kolada benchmark.",
  tag: "Goals",
  auth: "user",
  params: KeyParams,
  response: GoalDetail,
  async handle({ principal }, { params, services }) {
    return { body: await services.goalDetail.goalDetail(principal, params.id) };
  },
});
