import { controlPlanAdoptRoute, OwnerYearParams, PlanDecisionBody, PlanState } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...controlPlanAdoptRoute,
  summary:
    "Records the committee's adoption of its internal control plan (body, date, minute paragraph); the plan is then frozen and changes are amendments. Chairs and internal-control coordinators. If-Match: the plan's version, `new` before adoption.",
  tag: "Internal control",
  auth: "user",
  params: OwnerYearParams,
  body: PlanDecisionBody,
  requiresIfMatch: true,
  response: PlanState,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const plan = await services.controlPlans.adoptPlan(principal, params.id, params.ownerScopeId, body, ifMatch);
    return { body: plan, etag: plan.etag };
  },
});
