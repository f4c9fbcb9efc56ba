import { DocumentRecordsExport, documentRecordsGetRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentRecordsGetRoute,
  summary:
    "A document's whole record for a public-records request: every adopted version with its metadata, and the audit trail, also after disposal (municipality administrators).",
  tag: "Governing documents",
  auth: "user",
  params: KeyParams,
  response: DocumentRecordsExport,
  async handle({ principal, tenant }, { params, services }) {
    return { body: await services.documentRecords.exportRecords(principal, tenant, params.id) };
  },
});
