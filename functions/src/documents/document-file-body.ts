import { createHash } from "node:crypto";
import { DocumentFileQuery, documentFileTypes, maxDocumentFileBytes } from "@kvalitetskedjan/domain";
import type { FileBody } from "../platform/http/route.js";

/** What a route that files a document in the library takes: the file as the body, its name in `name`. */
export const documentFileRequest = {
  query: DocumentFileQuery,
  fileBody: { types: [...Object.values(documentFileTypes).map((t) => t.contentType), "application/octet-stream"] },
  maxBodyBytes: maxDocumentFileBytes,
} as const;

/** The uploaded file with its name and SHA-256, as the services file it. */
export function documentFileOf(body: unknown, name: string) {
  const { bytes } = body as FileBody;
  return { name, content: bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}
