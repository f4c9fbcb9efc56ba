import { CreateRsaRiskBody, RsaRisk, rsaRiskCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...rsaRiskCreateRoute,
  summary:
    "Adds a threat or hazard with the vulnerability it meets to an RSA, assessed on the municipality's scale (kept apart from the materiality analysis).",
  tag: "Internal control",
  auth: "user",
  body: CreateRsaRiskBody,
  response: RsaRisk,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const risk = await services.rsa.createRisk(principal, body);
    return { body: risk, etag: risk.etag };
  },
});
