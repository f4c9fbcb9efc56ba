import { DisposeDocumentBody, documentDisposeRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentDisposeRoute,
  summary:
    "Disposal (gallring) under a disposal decision: a repealed document, or a draft never adopted, leaves the register; its record and audit trail stay (municipality administrators). Requires If-Match.",
  tag: "Governing documents",
  auth: "user",
  params: KeyParams,
  body: DisposeDocumentBody,
  requiresIfMatch: true,
  response: null,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    await services.documentRecords.dispose(principal, tenant, params.id, body, ifMatch);
    return {};
  },
});
