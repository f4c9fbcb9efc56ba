import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fileProblems, libraryFileName, maxDocumentFileBytes } from "./file-rules.js";

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** A zip holding `names` (each with a little XML), as an Office or OpenDocument file is. */
const zip = (...names: string[]) => zipSync(Object.fromEntries(names.map((n) => [n, strToU8(n === "mimetype" ? odtType : "<x/>")])));
const odtType = "application/vnd.oasis.opendocument.text";
const pdf = (body = "") => bytes(`%PDF-1.7\n${body}\nxref\ntrailer <<>>\nstartxref\n9\n%%EOF\n`);
const reasons = (name: string, bytes: Uint8Array) => fileProblems(name, bytes).map((d) => d.reason);

describe("the file check before filing", () => {
  it("accepts each type whose content is what its name says", () => {
    expect(reasons("Policy.docx", zip("[Content_Types].xml", "word/document.xml"))).toEqual([]);
    expect(reasons("Budget.XLSX", zip("[Content_Types].xml", "xl/workbook.xml"))).toEqual([]);
    expect(reasons("Bilder.pptx", zip("[Content_Types].xml", "ppt/presentation.xml"))).toEqual([]);
    expect(reasons("Plan.odt", zip("mimetype", "content.xml"))).toEqual([]);
    expect(reasons("Beslut.pdf", pdf("1 0 obj << >> endobj"))).toEqual([]);
  });

  it("names a renamed file, an unknown type, an empty or oversized file and a name SharePoint refuses", () => {
    expect(reasons("Policy.docx", zip("[Content_Types].xml", "xl/workbook.xml"))).toEqual(["content_mismatch"]);
    expect(reasons("Policy.pdf", zip("[Content_Types].xml", "word/document.xml"))).toEqual(["content_mismatch"]);
    expect(reasons("Policy.docx", bytes("MZ executable"))).toEqual(["content_mismatch"]);
    expect(reasons("setup.exe", zip("word/"))).toEqual(["unsupported_file_type"]);
    expect(reasons("utan-typ", zip("word/"))).toEqual(["unsupported_file_type"]);
    expect(reasons("Policy.docx", new Uint8Array(0))).toEqual(["empty_file"]);
    expect(reasons("Policy.pdf", new Uint8Array(maxDocumentFileBytes + 1))).toEqual(["file_too_large"]);
    for (const bad of ["a:b.pdf", "a|b.pdf", "fil\u0001.pdf", ".pdf", "policy.pdf.", `${"x".repeat(130)}.pdf`]) {
      expect(reasons(bad, bytes("%PDF-")), bad).toContain("invalid_file_name");
    }
  });

  it("reads the container, not only its first bytes: a program or a web page behind a PDF header is no PDF", () => {
    expect(reasons("Beslut.pdf", bytes("%PDF-1.7\nMZ\u0090\u0000 this program cannot be run in DOS mode"))).toEqual(["content_mismatch"]);
    expect(reasons("Beslut.pdf", bytes("%PDF-1.4\n<html><script>alert(1)</script></html>"))).toEqual(["content_mismatch"]);
    // A zip's signature and the right names somewhere in the bytes are not a Word document either.
    expect(reasons("Policy.docx", bytes("PK\u0003\u0004[Content_Types].xml word/document.xml"))).toEqual(["content_mismatch"]);
    expect(reasons("Policy.docx", zip("word/document.xml"))).toEqual(["content_mismatch"]);
    // An OpenDocument file says what it is in its first part.
    const spreadsheet = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<x/>") });
    expect(reasons("Plan.odt", spreadsheet)).toEqual(["content_mismatch"]);
  });

  // Deflating 300 MB takes a few seconds on a busy 2-core machine.
  it("refuses a zip bomb dressed as a Word document: small on disk, far too large once expanded", { timeout: 60_000 }, () => {
    const bomb = zipSync(
      {
        "[Content_Types].xml": strToU8("<Types/>"),
        "word/document.xml": strToU8("<w:document/>"),
        "word/media/x.bin": new Uint8Array(300 * 1024 * 1024),
      },
      { level: 1 },
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(reasons("Policy.docx", bomb)).toEqual(["expands_too_far"]);
  });

  it("names the library file after the title, safely and apart from documents of the same title", () => {
    expect(libraryFileName("Policy: kvalitet/miljö?", "3f2a9c1b-0000-4000-8000-000000000000", ".docx")).toBe(
      "Policy kvalitet miljö (3f2a9c1b).docx",
    );
    expect(libraryFileName("...", "abcdef12-x", ".pdf")).toBe("Dokument (abcdef12).pdf");
  });
});
