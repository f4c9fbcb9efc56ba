import { describe, expect, it } from "vitest";
import { fileProblems, libraryFileName, maxDocumentFileBytes } from "./file-rules.js";

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const zip = (...names: string[]) => bytes(`PK\u0003\u0004${names.join(" ")}`);
const reasons = (name: string, bytes: Uint8Array) => fileProblems(name, bytes).map((d) => d.reason);

describe("the file check before filing", () => {
  it("accepts each type whose content is what its name says", () => {
    expect(reasons("Policy.docx", zip("[Content_Types].xml", "word/document.xml"))).toEqual([]);
    expect(reasons("Budget.XLSX", zip("xl/workbook.xml"))).toEqual([]);
    expect(reasons("Bilder.pptx", zip("ppt/presentation.xml"))).toEqual([]);
    expect(reasons("Plan.odt", zip("mimetypeapplication/vnd.oasis.opendocument.text"))).toEqual([]);
    expect(reasons("Beslut.pdf", bytes("%PDF-1.7 ..."))).toEqual([]);
  });

  it("names a renamed file, an unknown type, an empty or oversized file and a name SharePoint refuses", () => {
    expect(reasons("Policy.docx", zip("xl/workbook.xml"))).toEqual(["content_mismatch"]);
    expect(reasons("Policy.pdf", zip("word/document.xml"))).toEqual(["content_mismatch"]);
    expect(reasons("Policy.docx", bytes("MZ executable"))).toEqual(["content_mismatch"]);
    expect(reasons("setup.exe", zip("word/"))).toEqual(["unsupported_file_type"]);
    expect(reasons("utan-typ", zip("word/"))).toEqual(["unsupported_file_type"]);
    expect(reasons("Policy.docx", new Uint8Array(0))).toEqual(["empty_file"]);
    expect(reasons("Policy.pdf", new Uint8Array(maxDocumentFileBytes + 1))).toEqual(["file_too_large"]);
    for (const bad of ["a:b.pdf", "a|b.pdf", "fil\u0001.pdf", ".pdf", "policy.pdf.", `${"x".repeat(130)}.pdf`]) {
      expect(reasons(bad, bytes("%PDF-")), bad).toContain("invalid_file_name");
    }
  });

  it("names the library file after the title, safely and apart from documents of the same title", () => {
    expect(libraryFileName("Policy: kvalitet/miljö?", "3f2a9c1b-0000-4000-8000-000000000000", ".docx")).toBe(
      "Policy kvalitet miljö (3f2a9c1b).docx",
    );
    expect(libraryFileName("...", "abcdef12-x", ".pdf")).toBe("Dokument (abcdef12).pdf");
  });
});
