import { documentUpdateRoute, GoverningDocument, KeyParams, UpdateDocumentBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentUpdateRoute,
  summary: "Changes a document's metadata; once adopted, only its owner, owning body, parent, diary number and related goals.",
  tag: "Governing documents",
  auth: "user",
  params: KeyParams,
  body: UpdateDocumentBody,
  requiresIfMatch: true,
  response: GoverningDocument,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    const doc = await services.documents.update(principal, tenant, params.id, body, ifMatch);
    return { body: doc, etag: doc.etag };
  },
});
