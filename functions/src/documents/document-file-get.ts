import { DocumentFileGetQuery, documentFileGetRoute, documentFileTypes, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentFileGetRoute,
  summary: "The document's current file, or with `version` the file that version was adopted with, from the document library.",
  tag: "Governing documents",
  external: true,
  auth: "user",
  params: KeyParams,
  query: DocumentFileGetQuery,
  response: null,
  files: Object.values(documentFileTypes).map((t) => t.contentType),
  async handle({ principal }, { params, query, services }) {
    const file = await services.documentFiles.fileContent(principal, params.id, query.version);
    return { status: 200, file: { contentType: file.contentType, body: file.bytes, filename: file.name } };
  },
});
