import { KeyParams, RsaRisk, rsaRiskUpdateRoute, UpdateRsaRiskBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...rsaRiskUpdateRoute,
  summary: "Changes or re-assesses an RSA risk. Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  body: UpdateRsaRiskBody,
  requiresIfMatch: true,
  response: RsaRisk,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const risk = await services.rsa.updateRisk(principal, params.id, body, ifMatch);
    return { body: risk, etag: risk.etag };
  },
});
