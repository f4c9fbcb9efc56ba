import { randomBytes } from "node:crypto";
import { strToU8, zipSync } from "fflate";

/**
 * Files to file: real containers, as the type check reads them (a Word document's zip
 * with its content types and main part, a PDF with header and trailer), of about `size`
 * bytes, each distinct by its `text`. The same text and size give the same bytes.
 */
export function docxBytes(text: string, size = 2048): Uint8Array {
  const document = strToU8(`<w:document><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`);
  const parts = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
    "word/document.xml": document,
  };
  const bare = zipSync(parts, { level: 0, mtime: new Date(2026, 0, 1) });
  // Stored (not compressed) filler of the text's own bytes, so size and content stay what the test asked for.
  const fill = Math.max(0, size - bare.length - 100);
  const padding = strToU8(text.repeat(Math.ceil(fill / Math.max(1, text.length))).slice(0, fill) || "");
  return zipSync({ ...parts, "word/media/fill.bin": padding }, { level: 0, mtime: new Date(2026, 0, 1) });
}

export function pdfBytes(text: string, size = 2048): Uint8Array {
  const head = Buffer.from(`%PDF-1.7\n% ${text}\n`, "latin1");
  const tail = Buffer.from("\nstartxref\n0\n%%EOF\n", "latin1");
  return Uint8Array.from(Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x20), tail]));
}

/** Bytes no check should take for a document: an executable or a web page behind a PDF header. */
export const pdfLookalikes = (): Uint8Array[] => [
  Uint8Array.from(Buffer.concat([Buffer.from("%PDF-1.7\nMZ"), randomBytes(4096)])),
  Uint8Array.from(Buffer.from("%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n")),
];
