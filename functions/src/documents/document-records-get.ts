import { DocumentRecordsExport } from "@kvalitetskedjan/domain";
import { KeyParams } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "document-records-get",
  method: "GET",
  route: "documents/{id}/records",
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
