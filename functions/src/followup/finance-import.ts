import { FinanceImportBody, FinanceView, financeImportRoute, KeyParams } from "@kvalitetskedjan/domain";
import { fileImportBytes } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...financeImportRoute,
  summary:
    "Merges a CSV of net cost and budget (period; nämnd; nettokostnad; budget, in tkr) into the plan year's figures (administrators): every line or none. Requires If-Match.",
  tag: "Cost",
  auth: "user",
  params: KeyParams,
  body: FinanceImportBody,
  maxBodyBytes: fileImportBytes,
  requiresIfMatch: true,
  response: FinanceView,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    const view = await services.finance.importFinanceCsv(principal, tenant, params.id, body.csv, ifMatch);
    return { body: view, etag: view.etag };
  },
});
