import { KeyParams, RsaQuery, RsaView, rsaGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...rsaGetRoute,
  summary:
    "A plan year's risk and vulnerability analysis: one department's or company's (`ownerScopeId`), or the municipality's consolidated — critical functions with dependencies, tolerable outage, capability and continuity plan, threats and vulnerabilities on the risk matrix, and measures.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  query: RsaQuery,
  response: RsaView,
  async handle({ principal }, { params, query, services }) {
    const view = await services.rsa.getRsa(principal, params.id, query);
    return { body: view };
  },
});
