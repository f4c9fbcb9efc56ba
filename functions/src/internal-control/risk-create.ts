import { CreateRiskBody, Risk, riskCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...riskCreateRoute,
  summary:
    "Registers a risk of a committee's materiality and risk analysis, assessed on the municipality's scale (internal-control coordinators).",
  tag: "Internal control",
  auth: "user",
  body: CreateRiskBody,
  response: Risk,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const risk = await services.risks.createRisk(principal, body);
    return { body: risk, etag: risk.etag };
  },
});
