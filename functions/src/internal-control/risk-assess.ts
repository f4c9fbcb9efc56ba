import { AssessRiskBody, KeyParams, Risk, riskAssessRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...riskAssessRoute,
  summary: "Re-assesses a risk's probability and consequence; the earlier assessments stay in its history. Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  body: AssessRiskBody,
  requiresIfMatch: true,
  response: Risk,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const risk = await services.risks.assessRisk(principal, params.id, body, ifMatch);
    return { body: risk, etag: risk.etag };
  },
});
