/**
 * Files to file: bytes that pass the type check (a zip's signature and the entry names of
 * a Word document, a PDF's header), of any size, each distinct by its `text`.
 */
export function docxBytes(text: string, size = 2048): Uint8Array {
  const head = Buffer.from(`PK\u0003\u0004[Content_Types].xml word/document.xml ${text} `, "latin1");
  return Uint8Array.from(Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]));
}

export function pdfBytes(text: string, size = 2048): Uint8Array {
  const head = Buffer.from(`%PDF-1.7\n% ${text}\n`, "latin1");
  return Uint8Array.from(Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]));
}
