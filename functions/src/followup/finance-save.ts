import { FinanceBody, FinanceView, financeSaveRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...financeSaveRoute,
  summary:
    "Replaces the plan year's residents and net cost and budget figures (administrators). Requires If-Match (`new` before the first save).",
  tag: "Cost",
  auth: "user",
  params: KeyParams,
  body: FinanceBody,
  requiresIfMatch: true,
  response: FinanceView,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    const view = await services.finance.saveFinance(principal, tenant, params.id, body, ifMatch);
    return { body: view, etag: view.etag };
  },
});
