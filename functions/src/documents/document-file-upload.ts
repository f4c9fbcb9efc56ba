import { createHash } from "node:crypto";
import {
  DocumentFileQuery,
  documentFileTypes,
  documentFileUploadRoute,
  GoverningDocument,
  KeyParams,
  maxDocumentFileBytes,
} from "@kvalitetskedjan/domain";
import type { FileBody } from "../platform/http/route.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...documentFileUploadRoute,
  summary:
    "Files the draft of a new document or of a revision in the document library (Word, ODF text, Excel, PowerPoint or PDF, at most 50 MiB; the content must match the name's type). The body is the file; `name` its file name. Requires If-Match; a retry after a failure with the same If-Match finishes the same upload.",
  tag: "Governing documents",
  external: true,
  auth: "user",
  params: KeyParams,
  query: DocumentFileQuery,
  fileBody: { types: [...Object.values(documentFileTypes).map((t) => t.contentType), "application/octet-stream"] },
  maxBodyBytes: maxDocumentFileBytes,
  requiresIfMatch: true,
  response: GoverningDocument,
  async handle({ principal, tenant }, { params, query, body, ifMatch, services }) {
    const { bytes } = body as unknown as FileBody;
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const doc = await services.documentFiles.uploadFile(
      principal,
      tenant,
      params.id,
      { name: query.name, content: bytes, sha256 },
      ifMatch,
    );
    return { body: doc, etag: doc.etag };
  },
});
