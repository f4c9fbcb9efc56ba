import type { ErrorDetail } from "../errors.js";

/**
 * What a governing document may be filed as: the formats municipalities adopt and publish
 * documents in. Each extension names its content type and how its first bytes look, so a
 * file whose content is not what its name says is refused (a renamed program, a PDF called
 * .docx).
 */
export const documentFileTypes = {
  ".docx": { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zipEntry: "word/" },
  ".xlsx": { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zipEntry: "xl/" },
  ".pptx": { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", zipEntry: "ppt/" },
  ".odt": { contentType: "application/vnd.oasis.opendocument.text", zipEntry: "mimetypeapplication/vnd.oasis.opendocument.text" },
  ".pdf": { contentType: "application/pdf", zipEntry: null },
} as const;
export type DocumentFileExtension = keyof typeof documentFileTypes;

/** The largest file filed (50 MiB): far above any policy, well under the Functions host's request limit. */
export const maxDocumentFileBytes = 50 * 1024 * 1024;
/** A name SharePoint accepts: at most this long, without the characters it forbids. */
const maxNameLength = 120;
const forbiddenInName = /["*:<>?/\\|#%]/;
const hasControlCharacter = (s: string) => [...s].some((c) => c.charCodeAt(0) < 0x20);

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: Uint8Array) => prefix.every((b, i) => bytes[i] === b);

/** True when `needle` occurs in `bytes` (a zip's entry names are stored as plain bytes). */
function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (
    let i = bytes.indexOf(first as number);
    i !== -1 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first as number, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const zipSignature = ascii("PK\u0003\u0004");
const pdfSignature = ascii("%PDF-");

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 ? "" : fileName.slice(dot).toLowerCase();
}

export const isDocumentFileExtension = (ext: string): ext is DocumentFileExtension => Object.hasOwn(documentFileTypes, ext);

/**
 * Checks a file before anything is filed: its name, its type by extension, that its
 * content is that type, and its size. Every problem is named; none means the file may go
 * to the library.
 */
export function fileProblems(fileName: string, bytes: Uint8Array): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const name = fileName.trim();
  if (
    name.length === 0 ||
    name.length > maxNameLength ||
    forbiddenInName.test(name) ||
    hasControlCharacter(name) ||
    name.startsWith(".") ||
    name.endsWith(".")
  ) {
    details.push({ path: "query.name", reason: "invalid_file_name" });
  }
  const ext = extensionOf(name);
  if (!isDocumentFileExtension(ext)) {
    details.push({ path: "query.name", reason: "unsupported_file_type", message: Object.keys(documentFileTypes).join(", ") });
  }
  if (bytes.length === 0) details.push({ path: "body", reason: "empty_file" });
  else if (bytes.length > maxDocumentFileBytes)
    details.push({ path: "body", reason: "file_too_large", message: String(maxDocumentFileBytes) });
  else if (isDocumentFileExtension(ext) && !contentMatches(ext, bytes)) {
    details.push({ path: "body", reason: "content_mismatch", message: ext });
  }
  return details;
}

function contentMatches(ext: DocumentFileExtension, bytes: Uint8Array): boolean {
  const { zipEntry } = documentFileTypes[ext];
  if (zipEntry === null) return startsWith(bytes, pdfSignature);
  return startsWith(bytes, zipSignature) && contains(bytes, ascii(zipEntry));
}

/**
 * The file's name in the library: the document's title made safe for SharePoint, and a
 * part of its id so two documents of the same title never share a file. Fixed at the
 * first upload, so every later draft becomes a new version of the same library item.
 */
export function libraryFileName(title: string, documentId: string, ext: DocumentFileExtension): string {
  const base = [...title.normalize("NFC")]
    .map((c) => (forbiddenInName.test(c) || hasControlCharacter(c) ? " " : c))
    .join("")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+|\.+$/g, "")
    .slice(0, 80)
    .trim();
  return `${base || "Dokument"} (${documentId.slice(0, 8)})${ext}`;
}
