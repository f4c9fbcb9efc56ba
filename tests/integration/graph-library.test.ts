import { afterAll, describe, expect, it } from "vitest";
import { createGraphDocumentLibrary, fragmentUnit } from "../../functions/src/documents/graph-document-library.js";
import { libraryColumns } from "../../functions/src/documents/graph-library-mapping.js";
import { createGraphClients } from "../../functions/src/platform/graph-client.js";
import { alvdala, pitea } from "../support/catalogue.js";
import { docxBytes, pdfBytes } from "../support/files.js";
import { startGraphStandIn } from "../support/graph-stand-in.js";
import { personId, useHarness } from "../support/harness.js";
import { createSharePointStandIn } from "../support/sharepoint-stand-in.js";

/**
 * The production SharePoint adapter against a local Graph serving the document-library
 * endpoints as Microsoft documents them, through the API as a person uses it.
 */
const sharePoint = createSharePointStandIn();
await sharePoint.start();
const graph = await startGraphStandIn("0d0e8c6a-2f57-4a8e-9c55-3c3f3e0b7a11", { sharePoint });
const siteUrl = "https://pitea.sharepoint.com/sites/styrdokument";
const site = sharePoint.addSite(pitea.id, siteUrl, ["Styrande dokument", "Dokument"]);
sharePoint.addSite(pitea.id, "https://pitea.sharepoint.com/sites/hemligt", ["Dokument"], false);
sharePoint.addSite(alvdala.id, "https://alvdala.sharepoint.com/sites/styrdokument", ["Dokument"]);
const writeOnlyUrl = "https://pitea.sharepoint.com/sites/skrivbar";
const writeOnly = sharePoint.addSite(pitea.id, writeOnlyUrl, ["Dokument"], true, "write");
const waits: number[] = [];

const clock = { at: new Date("2026-11-23T08:00:00Z"), now: () => clock.at };
const t = useHarness({
  clock,
  library: createGraphDocumentLibrary({
    graph: createGraphClients({ baseUrl: graph.baseUrl, credentialFor: (tid) => graph.credentialFor(tid) }),
    // The smallest fragment Graph allows, so a 5 MiB file takes 17 of them.
    chunkBytes: fragmentUnit,
    sleep: async (ms) => {
      waits.push(ms);
    },
  }),
});
afterAll(async () => {
  await graph.stop();
  await sharePoint.stop();
});

const drive = () => site.drives[0] as (typeof site.drives)[number];
const itemOf = (name: string) => [...drive().items.values()].find((i) => i.name === name);
const calls = (method: string, pathEnd: string) =>
  graph.calls.filter((c) => c.method === method && decodeURIComponent(c.path).endsWith(pathEnd));
const reasons = (res: { json: { details?: { path?: string; reason: string }[] } }) =>
  (res.json.details ?? []).map((d) => `${d.path ?? ""}:${d.reason}`);
const upload = (id: string, etag: string, name: string, bytes: Uint8Array) =>
  t.h.request("PUT", `/api/documents/${id}/file?name=${encodeURIComponent(name)}`, {
    token: t.admin,
    rawBody: bytes,
    headers: { "content-type": "application/octet-stream", "if-match": etag },
  });
const transition = (id: string, etag: string, body: object) =>
  t.h.request("POST", `/api/documents/${id}/transitions`, { token: t.admin, body, headers: { "if-match": etag } });
const libraryView = async (id: string) => (await t.h.request("GET", `/api/documents/${id}/library`, { token: t.admin })).json;
const get = async (id: string) => (await t.h.request("GET", `/api/documents/${id}`, { token: t.admin })).json;
const download = async (id: string, query = "") => {
  const res = await fetch(`${t.h.base}/api/documents/${id}/file${query}`, { headers: { authorization: `Bearer ${t.admin}` } });
  return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
};
async function newDraft(title: string) {
  const res = await t.h.request("POST", "/api/documents", {
    token: t.admin,
    body: { title, typeKey: "riktlinje", decisionBodyId: "ks", ownerPersonId: personId(pitea, "sara.holm"), owningBodyId: "klf" },
  });
  expect(res.status).toBe(201);
  return res.json as { id: string; etag: string };
}

describe("the SharePoint library through Microsoft Graph (issue 4)", () => {
  it("files nothing until the administrator has chosen a site and library the app was granted", async () => {
    const doc = await newDraft("Riktlinje före valet av bibliotek");
    const unset = await upload(doc.id, doc.etag, "R.docx", docxBytes("x"));
    expect(unset.status).toBe(409);
    expect(reasons(unset)).toEqual([":library_not_configured"]);
    expect((await get(doc.id)).pendingUpload).toBeNull();

    const ask = (url: string) =>
      t.h.request("GET", `/api/document-library/candidates?siteUrl=${encodeURIComponent(url)}`, { token: t.admin });
    const notGranted = await ask("https://pitea.sharepoint.com/sites/hemligt");
    expect(notGranted.status).toBe(502);
    expect(reasons(notGranted)).toEqual([":library_forbidden"]);
    // Another municipality's site is not found with this municipality's token.
    expect(reasons(await ask("https://alvdala.sharepoint.com/sites/styrdokument"))).toEqual([":library_not_found"]);
    const found = await ask(siteUrl);
    expect(found.json).toMatchObject({ siteId: site.id, siteName: "styrdokument" });
    expect(found.json.libraries.map((l: { name: string }) => l.name)).toEqual(["Styrande dokument", "Dokument"]);
    const chosen = await t.h.request("PUT", "/api/document-library", {
      token: t.admin,
      body: { siteUrl, driveId: drive().id },
      headers: { "if-match": "new" },
    });
    expect(chosen.status).toBe(200);
    expect(chosen.json).toMatchObject({ kind: "graph", choice: { siteId: site.id, driveName: "Styrande dokument" } });
  });

  it("uploads a small file in one PUT, creates the missing columns, and sets them in one PATCH with If-Match", async () => {
    const doc = await newDraft("Riktlinje för lönesättning");
    const filed = await upload(doc.id, doc.etag, "Lön.docx", docxBytes("lön"));
    expect(filed.status, JSON.stringify(filed.json)).toBe(200);
    const name = `Riktlinje för lönesättning (${doc.id.slice(0, 8)}).docx`;
    expect(filed.json.file).toMatchObject({ name, driveId: drive().id, libraryVersion: "1.0" });
    expect(filed.json.file.webUrl).toBe(`https://pitea.sharepoint.com/sites/styrdokument/Styrande%20dokument/${encodeURIComponent(name)}`);
    expect(calls("PUT", `/root:/${name}:/content`)).toHaveLength(1);
    // Every column of the register exists in the list now, created once.
    expect([...drive().columns.keys()].sort()).toEqual(
      Object.values(libraryColumns)
        .map((c) => c.name)
        .sort(),
    );
    expect(calls("POST", "/columns")).toHaveLength(Object.keys(libraryColumns).length - 1);
    const patches = calls("PATCH", "/listItem/fields");
    expect(patches).toHaveLength(1);
    expect(itemOf(name)?.fields).toMatchObject({
      Title: "Riktlinje för lönesättning",
      KvkOwner: "Sara Holm",
      KvkDecisionBody: "Kommunstyrelsen",
    });
    const view = await libraryView(doc.id);
    expect(view).toMatchObject({ library: "Styrande dokument", inSync: true });
    expect(view.item.columns).toMatchObject({ title: "Riktlinje för lönesättning", type: "Riktlinje", version: null });
  });

  it("uploads a file over 4 MiB in a session of fragments, resuming after a failed fragment, a lost answer and an expired session", async () => {
    const doc = await newDraft("Plan för krisberedskap");
    const bytes = pdfBytes("kris", 5 * 1024 * 1024 + 12_345);
    sharePoint.uploadFaults.push({ status: 503, retryAfter: 2 }, { status: 500, storeThenDrop: true });
    const before = sharePoint.uploadCalls.length;
    const filed = await upload(doc.id, doc.etag, "Kris.pdf", bytes);
    expect(filed.status, JSON.stringify(filed.json)).toBe(200);
    const fragments = sharePoint.uploadCalls.slice(before);
    // No fragment, status query or download ever carried the Graph token.
    expect(fragments.every((c) => c.authorization === undefined)).toBe(true);
    expect(fragments.filter((c) => c.method === "GET")).toHaveLength(2);
    expect(waits).toContain(2000);
    // Compared as buffers: a deep equality over 5 million elements takes half a minute.
    expect(Buffer.from((await download(doc.id)).bytes).equals(bytes)).toBe(true);

    // A session that expires half-way is started again from the first byte.
    const revised = await newDraft("Plan för vattenförsörjning");
    sharePoint.uploadFaults.push({ status: 503 }, { status: 404 });
    const again = await upload(revised.id, revised.etag, "Vatten.pdf", bytes);
    expect(again.status).toBe(200);
    expect(
      calls("POST", ":/createUploadSession").filter((c) => decodeURIComponent(c.path).includes("Plan för vattenförsörjning")),
    ).toHaveLength(2);
    expect(Buffer.from((await download(revised.id)).bytes).equals(bytes)).toBe(true);
  });

  it("rides out a 429/503 storm, re-reads on 412, and reconciles an upload whose metadata failed: no orphan, no duplicate, no lost metadata", async () => {
    const doc = await newDraft("Riktlinje för informationssäkerhet");
    // Throttled twice and down once: the client's retries (Retry-After of 1 s) carry the upload through.
    graph.faults.push(
      { status: 429, retryAfter: 1, pathIncludes: ":/content" },
      { status: 503, retryAfter: 1, pathIncludes: "/listItem/fields" },
    );
    sharePoint.state.staleNextPatch = true;
    const filed = await upload(doc.id, doc.etag, "Säkerhet.docx", docxBytes("säkerhet v1"));
    expect(filed.status, JSON.stringify(filed.json)).toBe(200);
    const name = filed.json.file.name as string;
    expect(graph.faults).toHaveLength(0);
    expect(calls("PUT", `${name}:/content`).map((c) => c.status)).toEqual([429, 201]);
    expect(calls("PATCH", "/listItem/fields").filter((c) => c.status === 412).length).toBeGreaterThan(0);
    expect((await libraryView(doc.id)).inSync).toBe(true);

    // The file reaches SharePoint, then setting its columns fails past every retry.
    const revising = await transition(doc.id, filed.json.etag, {
      action: "adopt",
      decision: { bodyId: "ks", date: "2026-11-16", paragraph: "§ 201" },
    });
    const started = await transition(doc.id, revising.json.etag, { action: "startRevision" });
    for (let i = 0; i < 4; i++) graph.faults.push({ status: 503, retryAfter: 1, pathIncludes: "/listItem/fields" });
    const failed = await upload(doc.id, started.json.etag, "Säkerhet.docx", docxBytes("säkerhet v2"));
    expect(failed.status).toBe(503);
    expect(failed.json.details[0].reason).toBe("library_unavailable");
    expect(Number(failed.headers.get("retry-after"))).toBeGreaterThan(0);
    const contentVersions = () => new Set(itemOf(name)?.versions.map((v) => v.content.toString("latin1"))).size;
    expect(contentVersions()).toBe(2);
    // The register still holds the adopted file, and the upload as unfinished.
    expect(await get(doc.id)).toMatchObject({ file: { libraryVersion: filed.json.file.libraryVersion }, pendingUpload: { name } });

    const retried = await upload(doc.id, started.json.etag, "Säkerhet.docx", docxBytes("säkerhet v2"));
    expect(retried.status, JSON.stringify(retried.json)).toBe(200);
    expect(contentVersions()).toBe(2);
    expect(drive().items.size).toBeGreaterThan(0);
    expect([...drive().items.values()].filter((i) => i.name.startsWith("Riktlinje för informationssäkerhet"))).toHaveLength(1);
    const view = await libraryView(doc.id);
    expect(view.inSync).toBe(true);
    expect(view.item.columns).toMatchObject({ version: 1, adopted: "2026-11-16", paragraph: "§ 201" });

    // Adopted again: the first adopted file is still read from its own SharePoint version, through a download URL without our token.
    const adopted = await transition(doc.id, retried.json.etag, {
      action: "adopt",
      decision: { bodyId: "ks", date: "2026-11-20", paragraph: "§ 230" },
    });
    expect(adopted.json.versions).toHaveLength(2);
    expect((await download(doc.id, "?version=1")).bytes).toEqual(docxBytes("säkerhet v1"));
    expect((await download(doc.id, "?version=2")).bytes).toEqual(docxBytes("säkerhet v2"));
    expect(sharePoint.uploadCalls.filter((c) => c.method === "GET").every((c) => c.authorization === undefined)).toBe(true);
    expect((await libraryView(doc.id)).item.columns).toMatchObject({ version: 2, lastRevised: "2026-11-20", paragraph: "§ 230" });
  });

  it("creates a column again when someone removed it in SharePoint", async () => {
    const doc = await newDraft("Riktlinje för kolumner");
    drive().columns.delete("KvkDiaryNumber");
    const filed = await upload(doc.id, doc.etag, "Kolumner.docx", docxBytes("kolumner"));
    expect(filed.status, JSON.stringify(filed.json)).toBe(200);
    expect(drive().columns.has("KvkDiaryNumber")).toBe(true);
    expect((await libraryView(doc.id)).inSync).toBe(true);
  });

  it("answers 503 with Retry-After while SharePoint stays down, and loses nothing", async () => {
    const doc = await newDraft("Riktlinje för tjänsteresor");
    for (let i = 0; i < 8; i++) graph.faults.push({ status: 503, retryAfter: 120 });
    const down = await upload(doc.id, doc.etag, "Resor.docx", docxBytes("resor"));
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("120");
    graph.faults.splice(0);
    const up = await upload(doc.id, doc.etag, "Resor.docx", docxBytes("resor"));
    expect(up.status).toBe(200);
  });

  it("tells the administrator choosing a library what to grant when the app may write but not create columns, and takes columns she created", async () => {
    const settings = await t.h.request("GET", "/api/document-library", { token: t.admin });
    const choose = (etag: string, siteUrlToUse: string, driveId: string) =>
      t.h.request("PUT", "/api/document-library", {
        token: t.admin,
        body: { siteUrl: siteUrlToUse, driveId },
        headers: { "if-match": etag },
      });
    const target = writeOnly.drives[0] as (typeof writeOnly.drives)[number];
    const refused = await choose(settings.json.etag, writeOnlyUrl, target.id);
    expect(refused.status).toBe(502);
    expect(reasons(refused)).toEqual([":library_columns_forbidden"]);
    expect(refused.json.message).toContain("manage role");
    expect(refused.json.details[0].message).toContain("Giltig till (KvkValidUntil)");
    // Nothing changed: the earlier choice stands.
    expect((await t.h.request("GET", "/api/document-library", { token: t.admin })).json.choice.driveId).toBe(drive().id);

    // The administrator creates the columns herself; the app only finds them there.
    for (const column of Object.values(libraryColumns)) target.columns.set(column.name, column.kind);
    const accepted = await choose(settings.json.etag, writeOnlyUrl, target.id);
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
    const doc = await newDraft("Riktlinje i skrivbart bibliotek");
    const filed = await upload(doc.id, doc.etag, "Skrivbar.docx", docxBytes("skrivbar"));
    expect(filed.status, JSON.stringify(filed.json)).toBe(200);
    expect((await libraryView(doc.id)).inSync).toBe(true);
    const back = await choose(accepted.json.etag, siteUrl, drive().id);
    expect(back.status).toBe(200);
  });
});
