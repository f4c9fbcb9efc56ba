import { controlRemoveRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...controlRemoveRoute,
  summary: "Removes a control from a plan not yet adopted (kept, marked deleted, audited). Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  requiresIfMatch: true,
  response: null,
  async handle({ principal }, { params, ifMatch, services }) {
    await services.controlPlans.removeControl(principal, params.id, ifMatch);
    return {};
  },
});
