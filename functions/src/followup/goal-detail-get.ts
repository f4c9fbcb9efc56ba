import { GoalDetail } from "@kvalitetskedjan/domain";
import { KeyParams } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "goal-detail-get",
  method: "GET",
  route: "goals/{id}/detail",
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
