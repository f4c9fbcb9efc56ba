import { documentFileUploadRoute, GoverningDocument, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { documentFileOf, documentFileRequest } from "./document-file-body.js";

export default defineRoute({
  ...documentFileUploadRoute,
  summary:
    "Files the draft of a new document or of a revision in the document library (Word, ODF text, Excel, PowerPoint or PDF, at most 50 MiB; the content must match the name's type). The body is the file; `name` its file name. Requires If-Match; a retry after a failure with the same If-Match finishes the same upload.",
  tag: "Governing documents",
  external: true,
  auth: "user",
  params: KeyParams,
  ...documentFileRequest,
  requiresIfMatch: true,
  response: GoverningDocument,
  async handle({ principal, tenant }, { params, query, body, ifMatch, services }) {
    const doc = await services.documentFiles.uploadFile(principal, tenant, params.id, documentFileOf(body, query.name), ifMatch);
    return { body: doc, etag: doc.etag };
  },
});
