import { DialoguePlan, DialoguePlanAdoptBody, dialoguePlanAdoptRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialoguePlanAdoptRoute,
  summary:
    "Records the executive board's adoption of the year's plan (decision body, date not in the future, §); activities added afterwards are marked as such. If-Match: the plan's etag (`new` before anything is recorded).",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  body: DialoguePlanAdoptBody,
  requiresIfMatch: true,
  response: DialoguePlan,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const plan = await services.dialoguePlans.adoptPlan(principal, params.id, body, ifMatch);
    return { body: plan, etag: plan.etag };
  },
});
