import { KeyParams, riskRemoveRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...riskRemoveRoute,
  summary: "Removes a risk registered by mistake (kept, marked deleted, audited). Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  requiresIfMatch: true,
  response: null,
  async handle({ principal }, { params, ifMatch, services }) {
    await services.risks.removeRisk(principal, params.id, ifMatch);
    return {};
  },
});
