import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DocumentLibrary, DomainError } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import { createLocalDocumentLibrary } from "../../functions/src/documents/local-document-library.js";
import { alvdala, pitea } from "../support/catalogue.js";
import { docxBytes, pdfBytes, pdfLookalikes } from "../support/files.js";
import { personId, useHarness } from "../support/harness.js";

/** Late November 2026, as in the register's suite. */
const clock = { at: new Date("2026-11-23T08:00:00Z"), now: () => clock.at };
const later = (minutes: number) => {
  clock.at = new Date(clock.at.getTime() + minutes * 60_000);
};

/**
 * The production local library, with a switch that makes its next calls of one kind fail
 * as SharePoint would when it is down: the register must lose nothing and a retry finish.
 */
const faults = { put: 0, setColumns: 0 };
const libraryDir = mkdtempSync(join(tmpdir(), "kvk-files-test-"));
const real = createLocalDocumentLibrary(libraryDir, clock);
const unavailable = () =>
  new DomainError("service_unavailable", "SharePoint is not answering.", {
    details: [{ reason: "library_unavailable" }],
    retryAfterSeconds: 30,
  });
const library: DocumentLibrary = {
  kind: "local",
  hash: (c) => real.hash(c),
  candidates: (...a) => real.candidates(...a),
  prepare: (...a) => real.prepare(...a),
  put: async (...a) => {
    const done = await real.put(...a);
    // The file reached the library, but its answer did not reach us.
    if (faults.put > 0 && faults.put--) throw unavailable();
    return done;
  },
  find: (...a) => real.find(...a),
  setColumns: async (...a) => {
    if (faults.setColumns > 0 && faults.setColumns--) throw unavailable();
    return real.setColumns(...a);
  },
  item: (...a) => real.item(...a),
  versions: (...a) => real.versions(...a),
  content: (...a) => real.content(...a),
};

const t = useHarness({ clock, library });

const sara = () => personId(pitea, "sara.holm");
const reasons = (res: { json: { details?: { path?: string; reason: string }[] } }) =>
  (res.json.details ?? []).map((d) => `${d.path ?? ""}:${d.reason}`);
const get = async (id: string, token = t.admin) => (await t.h.request("GET", `/api/documents/${id}`, { token })).json;
const upload = (id: string, etag: string, name: string, bytes: Uint8Array, token = t.admin) =>
  t.h.request("PUT", `/api/documents/${id}/file?name=${encodeURIComponent(name)}`, {
    token,
    rawBody: bytes,
    headers: { "content-type": "application/octet-stream", "if-match": etag },
  });
const transition = (id: string, etag: string, body: object, token = t.admin) =>
  t.h.request("POST", `/api/documents/${id}/transitions`, { token, body, headers: { "if-match": etag } });
const libraryView = async (id: string) => (await t.h.request("GET", `/api/documents/${id}/library`, { token: t.admin })).json;
const download = async (id: string, query = "") => {
  const res = await fetch(`${t.h.base}/api/documents/${id}/file${query}`, { headers: { authorization: `Bearer ${t.admin}` } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
};

async function newDraft(title: string) {
  const res = await t.h.request("POST", "/api/documents", {
    token: await t.h.tokenFor(pitea, "sara.holm"),
    body: { title, typeKey: "policy", decisionBodyId: "kf", ownerPersonId: sara(), owningBodyId: "klf", appliesTo: "Alla anställda" },
  });
  expect(res.status).toBe(201);
  return res.json as { id: string; etag: string };
}

describe("filing governing documents in the library (issue 4)", () => {
  it("files a draft with its columns, adopts it, and keeps the old file when a revision is adopted", async () => {
    const saraToken = await t.h.tokenFor(pitea, "sara.holm");
    const doc = await newDraft("Policy för klimat och miljö");
    const first = await upload(doc.id, doc.etag, "Klimatpolicy utkast.docx", docxBytes("version 1"), saraToken);
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    expect(first.json.file).toMatchObject({
      name: `Policy för klimat och miljö (${doc.id.slice(0, 8)}).docx`,
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      libraryVersion: "1.0",
      uploadedBy: sara(),
    });
    expect(first.json.pendingUpload).toBeNull();

    // In the local library: the file under its name, and the register's columns beside it.
    const folder = join(libraryDir, pitea.id, "styrande-dokument");
    expect(new Uint8Array(await readFile(join(folder, first.json.file.name)))).toEqual(docxBytes("version 1"));
    const view = await libraryView(doc.id);
    expect(view).toMatchObject({ library: "styrande-dokument", inSync: true, item: { versionLabel: "1.0" } });
    expect(view.item.columns).toMatchObject({
      title: "Policy för klimat och miljö",
      type: "Policy",
      owner: "Sara Holm",
      decisionBody: "Kommunfullmäktige",
      appliesTo: "Alla anställda",
      version: null,
      validUntil: null,
    });

    const adopted = await transition(doc.id, first.json.etag, {
      action: "adopt",
      decision: { bodyId: "kf", date: "2026-11-16", paragraph: "§ 142" },
    });
    expect(adopted.status, JSON.stringify(adopted.json)).toBe(200);
    expect(adopted.json.versions[0].file).toMatchObject({ libraryVersion: "1.0", sha256: first.json.file.sha256 });
    const afterAdoption = await libraryView(doc.id);
    expect(afterAdoption.inSync).toBe(true);
    expect(afterAdoption.item.columns).toMatchObject({ adopted: "2026-11-16", version: 1, paragraph: "§ 142", validUntil: "2030-10-14" });

    // Adopted is frozen: a new file needs a revision.
    const frozen = await upload(doc.id, adopted.json.etag, "Ny.docx", docxBytes("version 2"));
    expect(frozen.status).toBe(400);
    expect(reasons(frozen)).toEqual([":adopted_version_frozen"]);

    const revising = await transition(doc.id, adopted.json.etag, { action: "startRevision" });
    const second = await upload(doc.id, revising.json.etag, "Klimatpolicy 2027.docx", docxBytes("version 2"));
    expect(second.status).toBe(200);
    expect(second.json.file).toMatchObject({ name: first.json.file.name, libraryVersion: "2.0" });
    const readopted = await transition(doc.id, second.json.etag, {
      action: "adopt",
      decision: { bodyId: "kf", date: "2026-11-20", paragraph: "§ 150" },
    });
    expect(readopted.json.versions.map((v: { file: { libraryVersion: string } }) => v.file.libraryVersion)).toEqual(["1.0", "2.0"]);

    // The old version is kept, and served as it was adopted.
    expect((await libraryView(doc.id)).versions.map((v: { label: string }) => v.label)).toEqual(["2.0", "1.0"]);
    const old = await download(doc.id, "?version=1");
    expect(old.status).toBe(200);
    expect(old.bytes).toEqual(docxBytes("version 1"));
    expect(old.headers.get("content-disposition")).toContain("filename*=UTF-8''Policy%20f%C3%B6r%20klimat");
    expect((await download(doc.id)).bytes).toEqual(docxBytes("version 2"));
    expect((await download(doc.id, "?version=9")).status).toBe(404);
  });

  it("refuses a wrong type, content that is not what its name says, an empty or oversized file and a bad name, saving nothing", async () => {
    const doc = await newDraft("Riktlinje för representation");
    const cases: [string, Uint8Array, string][] = [
      ["program.exe", docxBytes("x"), "query.name:unsupported_file_type"],
      ["Riktlinje.docx", pdfBytes("a PDF"), "body:content_mismatch"],
      ["Riktlinje.pdf", docxBytes("a Word file"), "body:content_mismatch"],
      ["Riktlinje.pdf", new TextEncoder().encode("MZ\u0090\u0000 not a pdf"), "body:content_mismatch"],
      ["Riktlinje.docx", new Uint8Array(0), "body:empty_file"],
      ["Rikt:linje?.docx", docxBytes("x"), "query.name:invalid_file_name"],
    ];
    for (const [name, bytes, reason] of cases) {
      const res = await upload(doc.id, doc.etag, name, bytes);
      expect(res.status, name).toBe(400);
      expect(reasons(res), name).toEqual([reason]);
    }
    const huge = await upload(doc.id, doc.etag, "Stor.pdf", pdfBytes("big", 50 * 1024 * 1024 + 1));
    expect(huge.status).toBe(413);
    expect(huge.json.code).toBe("payload_too_large");
    const noName = await t.h.request("PUT", `/api/documents/${doc.id}/file`, {
      token: t.admin,
      rawBody: pdfBytes("x"),
      headers: { "if-match": doc.etag },
    });
    expect(noName.status).toBe(400);
    expect((await get(doc.id)).etag).toBe(doc.etag);
    expect((await libraryView(doc.id)).item).toBeNull();
  });

  it("lets only the document's editors file, and answers 404 across municipalities", async () => {
    const doc = await newDraft("Riktlinje för sociala medier");
    const reader = await upload(doc.id, doc.etag, "R.docx", docxBytes("x"), await t.h.tokenFor(pitea, "johan.ek"));
    expect(reader.status).toBe(403);
    const other = await upload(doc.id, doc.etag, "R.docx", docxBytes("x"), await t.h.tokenFor(alvdala, "lena.strom"));
    expect(other.status).toBe(404);
  });

  it("finishes an upload that reached the library before a failure, on retry with the same If-Match: no duplicate, no lost metadata", async () => {
    const doc = await newDraft("Riktlinje för inköp");
    faults.setColumns = 1;
    const failed = await upload(doc.id, doc.etag, "Inköp.docx", docxBytes("inköp v1"));
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("30");
    expect(failed.json.details[0].reason).toBe("library_unavailable");
    const pending = await get(doc.id);
    expect(pending.pendingUpload).toMatchObject({ name: expect.stringContaining("Riktlinje för inköp") });
    expect(pending.file).toBeNull();

    // The same request again, as a client retries it.
    const retried = await upload(doc.id, doc.etag, "Inköp.docx", docxBytes("inköp v1"));
    expect(retried.status, JSON.stringify(retried.json)).toBe(200);
    expect(retried.json.pendingUpload).toBeNull();
    const view = await libraryView(doc.id);
    expect(view.versions).toHaveLength(1);
    expect(view.inSync).toBe(true);

    // A put whose answer was lost: the retry finds the file there and files no second version.
    const revised = await get(doc.id);
    faults.put = 1;
    const lost = await upload(doc.id, revised.etag, "Inköp.docx", docxBytes("inköp v2"));
    expect(lost.status).toBe(503);
    expect((await upload(doc.id, revised.etag, "Inköp.docx", docxBytes("inköp v2"))).status).toBe(200);
    expect((await libraryView(doc.id)).versions.map((v: { label: string }) => v.label)).toEqual(["2.0", "1.0"]);
    // The version before the failure is no longer accepted once the upload is done.
    expect((await upload(doc.id, revised.etag, "Inköp.docx", docxBytes("inköp v3"))).status).toBe(412);
  });

  it("settles uploads nobody retried, and writes columns a failure left behind, in the library job", async () => {
    const reached = await newDraft("Riktlinje för arkiv");
    faults.setColumns = 1;
    expect((await upload(reached.id, reached.etag, "Arkiv.docx", docxBytes("arkiv"))).status).toBe(503);
    const never = await newDraft("Riktlinje för resor");
    faults.setColumns = 0;
    // An intent whose file never reached the library: the put itself failed before storing.
    const services = t.h.runtime.services;
    const stored = await services.documentRepository.findDocument(pitea.id, never.id);
    if (!stored) throw new Error("no document");
    await services.documentRepository.replace(
      pitea.id,
      "document",
      stored,
      {
        ...stored,
        pendingUpload: {
          siteId: "local",
          driveId: "styrande-dokument",
          name: "Resor (aldrig).docx",
          size: 10,
          contentType: "application/pdf",
          sha256: "0",
          contentHash: "x",
          startedAt: clock.now().toISOString(),
          by: sara(),
          baseEtag: never.etag,
        },
      },
      stored.etag,
      { userId: "test", action: "test" },
    );

    // Too soon: the uploader may still be retrying.
    expect(await services.librarySettings.settleLibrary(pitea.id)).toMatchObject({ concluded: 0, dropped: 0 });
    later(11);
    expect(await services.librarySettings.settleLibrary(pitea.id)).toMatchObject({ concluded: 1, dropped: 1, failed: 0 });
    expect(await get(reached.id)).toMatchObject({ pendingUpload: null, file: { libraryVersion: "1.0" } });
    expect((await libraryView(reached.id)).inSync).toBe(true);
    expect(await get(never.id)).toMatchObject({ pendingUpload: null, file: null });

    // A change of metadata whose columns could not be written is written by the job.
    const doc = await get(reached.id);
    faults.setColumns = 1;
    const renamed = await t.h.request("PATCH", `/api/documents/${reached.id}`, {
      token: t.admin,
      body: { title: "Riktlinje för arkiv och registratur" },
      headers: { "if-match": doc.etag },
    });
    expect(renamed.status).toBe(200);
    expect((await libraryView(reached.id)).inSync).toBe(false);
    expect(await services.librarySettings.settleLibrary(pitea.id)).toMatchObject({ columns: 1, failed: 0 });
    expect((await libraryView(reached.id)).item.columns.title).toBe("Riktlinje för arkiv och registratur");
    expect(await services.librarySettings.settleLibrary(pitea.id)).toEqual({ concluded: 0, dropped: 0, columns: 0, failed: 0 });
  });

  it("lets the municipality's administrator choose among the site's libraries", async () => {
    const current = await t.h.request("GET", "/api/document-library", { token: t.admin });
    expect(current.json).toEqual({ kind: "local", choice: null, etag: "new" });
    const siteUrl = "https://pitea.sharepoint.com/sites/styrdokument";
    const candidates = await t.h.request("GET", `/api/document-library/candidates?siteUrl=${encodeURIComponent(siteUrl)}`, {
      token: t.admin,
    });
    expect(candidates.json.libraries.map((l: { driveId: string }) => l.driveId)).toEqual(["styrande-dokument", "dokument"]);
    const unknown = await t.h.request("PUT", "/api/document-library", {
      token: t.admin,
      body: { siteUrl, driveId: "finns-inte" },
      headers: { "if-match": "new" },
    });
    expect(reasons(unknown)).toEqual(["body.driveId:unknown_library"]);
    const notUrl = await t.h.request("PUT", "/api/document-library", {
      token: t.admin,
      body: { siteUrl: "javascript:alert(1)", driveId: "dokument" },
      headers: { "if-match": "new" },
    });
    expect(notUrl.status).toBe(400);
    const chosen = await t.h.request("PUT", "/api/document-library", {
      token: t.admin,
      body: { siteUrl, driveId: "dokument" },
      headers: { "if-match": "new" },
    });
    expect(chosen.json.choice).toMatchObject({ driveId: "dokument", driveName: "Dokument" });
    const owner = await t.h.request("PUT", "/api/document-library", {
      token: await t.h.tokenFor(pitea, "sara.holm"),
      body: { siteUrl, driveId: "styrande-dokument" },
      headers: { "if-match": chosen.json.etag },
    });
    expect(owner.status).toBe(403);
    // New files go to the chosen library; files filed earlier stay where they are and are still read.
    const doc = await newDraft("Riktlinje för bisyssla");
    const filed = await upload(doc.id, doc.etag, "Bisyssla.pdf", pdfBytes("bisyssla"));
    expect(filed.json.file).toMatchObject({ driveId: "dokument", contentType: "application/pdf" });
    expect((await libraryView(doc.id)).library).toBe("Dokument");
    await t.h.request("PUT", "/api/document-library", {
      token: t.admin,
      body: { siteUrl, driveId: "styrande-dokument" },
      headers: { "if-match": chosen.json.etag },
    });
    expect((await download(doc.id)).bytes).toEqual(pdfBytes("bisyssla"));
  });
});

describe("uploads that race, and files that only look like documents (issue 11)", () => {
  it("files ten identical uploads sent at once with one If-Match as one version, with no error and nothing left pending", async () => {
    const doc = await newDraft("Samtidig uppladdning");
    const bytes = docxBytes("samma fil");
    const answers = await Promise.all(Array.from({ length: 10 }, () => upload(doc.id, doc.etag, "Samma.docx", bytes)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s !== 200 && s !== 412)).toEqual([]);
    expect(statuses).toContain(200);
    const after = await get(doc.id);
    expect(after.pendingUpload).toBeNull();
    expect(after.file.size).toBe(bytes.length);
    expect((await libraryView(doc.id)).versions).toHaveLength(1);
    expect((await download(doc.id)).bytes).toEqual(bytes);
  });

  it("accepts a retry after a lost answer only with the same file: another file under that If-Match is refused", async () => {
    const doc = await newDraft("Förlorat svar");
    faults.put = 1;
    const lostAnswer = await upload(doc.id, doc.etag, "Svar.docx", docxBytes("första filen"));
    expect(lostAnswer.status).toBe(503);
    const other = await upload(doc.id, doc.etag, "Svar.docx", docxBytes("en annan fil"));
    expect(other.status).toBe(412);
    expect(reasons(other)).toEqual(["headers.if-match:other_upload_pending"]);
    const same = await upload(doc.id, doc.etag, "Svar.docx", docxBytes("första filen"));
    expect(same.status).toBe(200);
    expect((await download(doc.id)).bytes).toEqual(docxBytes("första filen"));
  });

  it("keeps ten versions of ten files put into the local library at once, each whole", async () => {
    const at = { siteId: "local", driveId: "styrande-dokument" };
    const files = Array.from({ length: 10 }, (_, i) => docxBytes(`samtidig version ${i}`));
    const tenant = "00000000-0000-4000-8000-00000000abcd";
    const items = await Promise.all(
      files.map((content) =>
        real.put(tenant, at, { name: "Samtidig.docx", content, contentType: "application/octet-stream" }, "impatient"),
      ),
    );
    const versions = await real.versions(tenant, at, items[0]?.itemId as string);
    expect(versions).toHaveLength(10);
    const stored = await Promise.all(versions.map((v) => real.content(tenant, at, items[0]?.itemId as string, v.label)));
    expect(new Set(stored.map((b) => Buffer.from(b as Uint8Array).toString("base64"))).size).toBe(10);
  });

  it("takes one file of ten different ones sent at once with one If-Match: another file is no retry", async () => {
    const doc = await newDraft("Olika filer samtidigt");
    const files = Array.from({ length: 10 }, (_, i) => docxBytes(`fil nummer ${i}`));
    const answers = await Promise.all(files.map((f) => upload(doc.id, doc.etag, "Olika.docx", f)));
    expect(answers.map((a) => a.status).filter((s) => s !== 200 && s !== 412)).toEqual([]);
    const won = answers.filter((a) => a.status === 200);
    expect(won.length).toBeGreaterThanOrEqual(1);
    expect(new Set(won.map((a) => a.json.file.sha256)).size).toBe(1);
    const lost = answers.filter((a) => a.status === 412);
    expect(lost.length).toBe(10 - won.length);
    expect((await libraryView(doc.id)).versions).toHaveLength(1);
    const filed = (await download(doc.id)).bytes;
    expect(files.filter((f) => Buffer.from(f).equals(Buffer.from(filed)))).toHaveLength(1);
  });

  it("refuses a program or a web page behind a PDF header, and a zip with the right names that is no Word document", async () => {
    const doc = await newDraft("Förklädda filer");
    for (const bytes of pdfLookalikes()) {
      const res = await upload(doc.id, doc.etag, "Beslut.pdf", bytes);
      expect(res.status).toBe(400);
      expect(reasons(res)).toEqual(["body:content_mismatch"]);
    }
    const fakeZip = new TextEncoder().encode("PK\u0003\u0004[Content_Types].xml word/document.xml");
    expect(reasons(await upload(doc.id, doc.etag, "Beslut.docx", fakeZip))).toEqual(["body:content_mismatch"]);
    expect((await get(doc.id)).file).toBeNull();
  });
});
