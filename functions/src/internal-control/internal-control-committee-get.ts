import { CommitteeInternalControlView, internalControlCommitteeGetRoute, OwnerYearParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...internalControlCommitteeGetRoute,
  summary:
    "A committee's or company's internal control for a plan year, read together: its risks and the risk matrix, the plan with each control's report status per period, the actions, and what the caller may do.",
  tag: "Internal control",
  auth: "user",
  params: OwnerYearParams,
  response: CommitteeInternalControlView,
  async handle({ principal }, { params, services }) {
    const view = await services.controlPlans.getCommittee(principal, params.id, params.ownerScopeId);
    return { body: view };
  },
});
