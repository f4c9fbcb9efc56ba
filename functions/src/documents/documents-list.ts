import { DocumentListQuery, DocumentRegister } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "documents-list",
  method: "GET",
  route: "documents",
  summary: "The register of governing documents, filtered by type, decision body, owner, status or expiry within N days.",
  tag: "Governing documents",
  auth: "user",
  query: DocumentListQuery,
  response: DocumentRegister,
  async handle({ principal }, { query, services }) {
    return { body: await services.register.list(principal, query) };
  },
});
