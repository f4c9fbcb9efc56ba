import { strFromU8, unzipSync } from "fflate";
import type { ErrorDetail } from "../shared/errors.js";

/**
 * What a governing document may be filed as: the formats municipalities adopt and publish
 * documents in. Each extension names its content type and how its first bytes look, so a
 * file whose content is not what its name says is refused (a renamed program, a PDF called
 * .docx).
 */
export const documentFileTypes = {
  ".docx": {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    parts: ["[Content_Types].xml", "word/document.xml"],
  },
  ".xlsx": {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    parts: ["[Content_Types].xml", "xl/workbook.xml"],
  },
  ".pptx": {
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    parts: ["[Content_Types].xml", "ppt/presentation.xml"],
  },
  ".odt": { contentType: "application/vnd.oasis.opendocument.text", parts: ["mimetype", "content.xml"] },
  ".pdf": { contentType: "application/pdf", parts: null },
} as const;
export type DocumentFileExtension = keyof typeof documentFileTypes;

/** The largest file filed (50 MiB): far above any policy, well under the Functions host's request limit. */
export const maxDocumentFileBytes = 50 * 1024 * 1024;
/** A name SharePoint accepts: at most this long, without the characters it forbids. */
const maxNameLength = 120;
const forbiddenInName = /["*:<>?/\\|#%]/;
const hasControlCharacter = (s: string) => [...s].some((c) => c.charCodeAt(0) < 0x20);

/** What the parts of an Office or OpenDocument file may expand to, together (a zip bomb expands to gigabytes). */
export const maxExpandedBytes = 256 * 1024 * 1024;
const maxParts = 10_000;
/** A PDF's trailer (`startxref`, `%%EOF`) is at its end, give or take trailing whitespace and a last incremental update. */
const pdfTrailerWindow = 2048;

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: Uint8Array) => prefix.every((b, i) => bytes[i] === b);
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

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
  else if (isDocumentFileExtension(ext)) {
    const problem = containerProblem(ext, bytes);
    if (problem) details.push({ path: "body", reason: problem, message: problem === "content_mismatch" ? ext : String(maxExpandedBytes) });
  }
  return details;
}

/**
 * Whether the bytes are the container their extension promises, looked at as a reader
 * would, not by the first bytes alone: a PDF has its header and its trailer; an Office or
 * OpenDocument file is a zip whose directory names the type's main parts and whose parts
 * expand to a bounded size (read from the directory; nothing is inflated but the small
 * `mimetype` of an OpenDocument file).
 */
function containerProblem(ext: DocumentFileExtension, bytes: Uint8Array): "content_mismatch" | "expands_too_far" | null {
  const { parts } = documentFileTypes[ext];
  if (parts === null) {
    const tail = latin1(bytes.subarray(Math.max(0, bytes.length - pdfTrailerWindow)));
    return startsWith(bytes, ascii("%PDF-")) && tail.includes("startxref") && tail.includes("%%EOF") ? null : "content_mismatch";
  }
  const listed = new Map<string, number>();
  let mimetype: Uint8Array | undefined;
  try {
    const unzipped = unzipSync(bytes, {
      filter(entry) {
        listed.set(entry.name, entry.originalSize);
        return entry.name === "mimetype" && ext === ".odt" && entry.originalSize < 256;
      },
    });
    mimetype = unzipped.mimetype;
  } catch {
    return "content_mismatch";
  }
  if (!parts.every((part) => listed.has(part))) return "content_mismatch";
  if (ext === ".odt" && (mimetype === undefined || strFromU8(mimetype) !== documentFileTypes[".odt"].contentType))
    return "content_mismatch";
  const expanded = [...listed.values()].reduce((sum, size) => sum + size, 0);
  return listed.size > maxParts || expanded > maxExpandedBytes ? "expands_too_far" : null;
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
