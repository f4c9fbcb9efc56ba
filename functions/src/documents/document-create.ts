import { CreateDocumentBody, documentCreateRoute, GoverningDocument } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentCreateRoute,
  summary: "Registers a new governing document as a draft (administrators, and document owners of the owning body).",
  tag: "Governing documents",
  auth: "user",
  body: CreateDocumentBody,
  response: GoverningDocument,
  successStatus: 201,
  async handle({ principal, tenant }, { body, services }) {
    const doc = await services.documents.create(principal, tenant, body);
    return { body: doc, etag: doc.etag };
  },
});
