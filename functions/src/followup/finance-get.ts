import { FinanceView, financeGetRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...financeGetRoute,
  summary: "Net cost and budget per committee and period, cost per resident, and each committee's results beside them.",
  tag: "Cost",
  auth: "user",
  params: KeyParams,
  response: FinanceView,
  async handle({ principal, tenant }, { params, services }) {
    const view = await services.finance.getFinance(principal, tenant, params.id);
    return { body: view, etag: view.etag };
  },
});
