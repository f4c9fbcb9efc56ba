import { documentGetRoute, GoverningDocument, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentGetRoute,
  summary: "One governing document: its metadata, status and every adopted version.",
  tag: "Governing documents",
  auth: "user",
  params: KeyParams,
  response: GoverningDocument,
  async handle({ principal, tenant }, { params, services }) {
    const doc = await services.documents.get(principal, tenant, params.id);
    return { body: doc, etag: doc.etag };
  },
});
