import { DocumentTransitionBody, documentTransitionRoute, GoverningDocument, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentTransitionRoute,
  summary:
    "Starts a revision, adopts the draft as the next version (decision body, date, minute paragraph; valid-until), or repeals the document.",
  tag: "Governing documents",
  auth: "user",
  params: KeyParams,
  body: DocumentTransitionBody,
  requiresIfMatch: true,
  response: GoverningDocument,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    const doc = await services.documents.transition(principal, tenant, params.id, body, ifMatch);
    return { body: doc, etag: doc.etag };
  },
});
