import { DocumentListQuery, DocumentRegister, documentsListRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentsListRoute,
  summary: "The register of governing documents, filtered by type, decision body, owner, status or expiry within N days.",
  tag: "Governing documents",
  auth: "user",
  query: DocumentListQuery,
  response: DocumentRegister,
  async handle({ principal }, { query, services }) {
    return { body: await services.register.list(principal, query) };
  },
});
