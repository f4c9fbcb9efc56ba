import { KeyParams, Risk, riskUpdateRoute, UpdateRiskBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...riskUpdateRoute,
  summary: "Changes a risk's wording, category, goals or the decision about it (control, act, accept with reason). Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  body: UpdateRiskBody,
  requiresIfMatch: true,
  response: Risk,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const risk = await services.risks.updateRisk(principal, params.id, body, ifMatch);
    return { body: risk, etag: risk.etag };
  },
});
