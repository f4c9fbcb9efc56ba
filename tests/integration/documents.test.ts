import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { alvdala, pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

/** The services' clock: late November 2026, when the seeded quality policy has long expired. */
const clock = { at: new Date("2026-11-23T08:00:00Z"), now: () => clock.at };
const t = useHarness({ clock });

const as = (slug: string) => t.h.tokenFor(pitea, slug);
const reasons = (res: { json: { details?: { path?: string; reason: string }[] } }) =>
  (res.json.details ?? []).map((d) => `${d.path ?? ""}:${d.reason}`);
const register = async (query = "", token = t.admin) =>
  (await t.h.request("GET", `/api/documents${query}`, { token })).json.documents as {
    id: string;
    status: string;
    revision: { state: string; daysLeft: number } | null;
  }[];
const transition = (id: string, etag: string, body: object, token = t.admin) =>
  t.h.request("POST", `/api/documents/${id}/transitions`, { token, body, headers: { "if-match": etag } });
const patch = (id: string, etag: string, body: object, token = t.admin) =>
  t.h.request("PATCH", `/api/documents/${id}`, { token, body, headers: { "if-match": etag } });
const draft = (overrides: object = {}) => ({
  title: "Riktlinje för synpunkter och klagomål",
  typeKey: "riktlinje",
  decisionBodyId: "ks",
  ownerPersonId: personId(pitea, "sara.holm"),
  owningBodyId: "klf",
  summary: "Hur synpunkter tas emot, besvaras och följs upp.",
  appliesTo: "Piteå kommuns anställda",
  ...overrides,
});

describe("the register of governing documents (issue 4)", () => {
  it("holds the seed's quality policy with its header's metadata, expired since 2019", async () => {
    const res = await t.h.request("GET", "/api/documents/kvalitetspolicy", { token: await as("lars.oberg") });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      title: "Piteå kommuns policy för kvalitetsarbetet",
      typeKey: "policy",
      decisionBodyId: "kf",
      owningBodyId: "ks",
      version: 5,
      lastRevised: { bodyId: "kf", date: "2017-02-13", paragraph: "§ 6" },
      validUntil: "2019-12-31",
      status: "expired",
      appliesTo: "Piteå kommuns anställda, förtroendevalda samt kommunens helägda bolag",
    });
    expect(res.json.versions).toHaveLength(1);
    // A reader reads; the municipality's administrator and the document's owner may change it.
    expect(res.json.canEdit).toBe(false);
    expect(res.json).toMatchObject({ parentTitle: null, supersedesTitle: null });
    const child = await t.h.request("GET", "/api/documents/riktlinjer-eu", { token: t.admin });
    expect(child.json).toMatchObject({ parentTitle: "Piteå kommuns policy för kvalitetsarbetet", children: [] });
    expect((await t.h.request("GET", "/api/documents/kvalitetspolicy", { token: t.admin })).json.canEdit).toBe(true);
    expect(res.json.children.map((c: { id: string }) => c.id)).toEqual([
      "anvisning-undersokningar",
      "riktlinjer-eu",
      "riktlinjer-digitalisering",
      "riktlinjer-innovation",
    ]);
  });

  it("marks each document expired or due for revision, and puts the owner's in My items, most urgent first", async () => {
    const docs = await register("");
    const revision = (id: string) =>
      (docs as { id: string; revision: { state: string; daysLeft: number } }[]).find((d) => d.id === id)?.revision;
    expect(revision("kvalitetspolicy")).toMatchObject({ state: "expired" });
    expect(revision("kvalitetspolicy")?.daysLeft).toBeLessThan(-365);
    expect(revision("riktlinjer-eu")).toMatchObject({ state: "dueSoon" });
    expect(revision("riktlinjer-eu")?.daysLeft).toBeGreaterThanOrEqual(0);
    const items = (await t.h.request("GET", "/api/me/items", { token: t.admin })).json.items.filter(
      (i: { kind: string }) => i.kind === "document",
    );
    expect(items[0]).toMatchObject({ id: "kvalitetspolicy", revision: { state: "expired" }, href: "#/documents/kvalitetspolicy" });
    expect(items.map((i: { id: string }) => i.id)).toContain("riktlinjer-eu");
    // Only the owner's: Sara's are in hers, not in Anna's.
    const saras = (await t.h.request("GET", "/api/me/items", { token: await t.h.tokenFor(pitea, "sara.holm") })).json.items.filter(
      (i: { kind: string }) => i.kind === "document",
    );
    expect(saras.map((i: { id: string }) => i.id)).toContain("riktlinjer-innovation");
    for (const mine of saras) expect(items.map((i: { id: string }) => i.id)).not.toContain(mine.id);
  });

  it("filters by type, owner, status and expiry within N days", async () => {
    const ids = (docs: { id: string }[]) => docs.map((d) => d.id).sort();
    // Expiring means in force and running out: the policy that expired in 2019 is under its own filter (issue 11).
    expect(ids(await register("?expiringWithinDays=30"))).toEqual(["riktlinjer-eu"]);
    // Home care's continuity plan is seeded to run out 60 days after the seed's day.
    expect(ids(await register("?expiringWithinDays=90"))).toEqual(["kontinuitetsplan-hemtjanst", "riktlinjer-eu", "riktlinjer-innovation"]);
    expect(await register("?expiringWithinDays=180")).toHaveLength(4);
    expect(ids(await register(`?ownerPersonId=${personId(pitea, "sara.holm")}`))).toEqual([
      "riktlinjer-digitalisering",
      "riktlinjer-innovation",
    ]);
    expect(ids(await register("?status=expired"))).toEqual(["kvalitetspolicy"]);
    // Three in force and the draft guideline BUN is to adopt at its next meeting (issue 16).
    expect(await register("?typeKey=riktlinje")).toHaveLength(4);
    expect(ids(await register("?decisionBodyId=kf"))).toEqual(["kvalitetspolicy"]);
    // The register names its bodies and offers the bodies that decide as its filter: the screen reads no organisation.
    const whole = (await t.h.request("GET", "/api/documents", { token: await as("johan.ek") })).json;
    expect(whole.documents.find((d: { id: string }) => d.id === "kvalitetspolicy")).toMatchObject({
      decisionBodyName: "Kommunfullmäktige",
      owningBodyName: "Kommunstyrelsen",
    });
    const bodies = whole.decisionBodies.map((b: { id: string; name: string }) => b.id);
    expect(bodies).toEqual(expect.arrayContaining(["kf", "ks", "socn"]));
    expect(bodies).not.toContain("buf");
    const bad = await t.h.request("GET", "/api/documents?expiringWithinDays=-1", { token: t.admin });
    expect(bad.status).toBe(400);
  });

  it("names every bad reference of a new document at once and saves nothing", async () => {
    const before = (await register()).length;
    const res = await t.h.request("POST", "/api/documents", {
      token: t.admin,
      body: draft({
        typeKey: "cirkular",
        decisionBodyId: "strategiska-enheten",
        ownerPersonId: personId(alvdala, "ida.norberg"),
        parentId: "finns-inte",
        relatedGoalIds: ["2026-bun-1", "inget-mal"],
      }),
    });
    expect(res.status).toBe(400);
    expect(reasons(res)).toEqual([
      "body.typeKey:unknown_document_type",
      "body.decisionBodyId:not_a_decision_body",
      "body.ownerPersonId:unknown_person",
      "body.parentId:unknown_document",
      "body.relatedGoalIds.1:unknown_goal",
    ]);
    expect(await register()).toHaveLength(before);
  });

  it("lets a document owner register, adopt and revise a guideline of her own body, keeping every version", async () => {
    const sara = await as("sara.holm");
    const elsewhere = await t.h.request("POST", "/api/documents", {
      token: sara,
      body: draft({ owningBodyId: "bun", ownerPersonId: personId(pitea, "lina.forsberg") }),
    });
    expect(elsewhere.status).toBe(403);

    const created = await t.h.request("POST", "/api/documents", { token: sara, body: draft() });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "draft", version: 0, validUntil: null, versions: [] });
    const id = created.json.id;

    // Bad decisions are named, and the draft stays a draft.
    const wrongBody = await transition(
      id,
      created.json.etag,
      { action: "adopt", decision: { bodyId: "kf", date: "2026-11-16", paragraph: "§ 142" } },
      sara,
    );
    expect(reasons(wrongBody)).toEqual(["body.decision.bodyId:not_the_decision_body"]);
    const noParagraph = await transition(
      id,
      created.json.etag,
      { action: "adopt", decision: { bodyId: "ks", date: "2026-11-16", paragraph: "" } },
      sara,
    );
    expect(noParagraph.status).toBe(400);
    expect(noParagraph.json.details[0].path).toBe("body.decision.paragraph");
    const backwards = await transition(
      id,
      created.json.etag,
      { action: "adopt", decision: { bodyId: "ks", date: "2026-11-16", paragraph: "§ 142" }, validUntil: "2026-01-01" },
      sara,
    );
    expect(reasons(backwards)).toEqual(["body.validUntil:valid_until_before_adopted"]);

    const adopted = await transition(
      id,
      created.json.etag,
      { action: "adopt", decision: { bodyId: "ks", date: "2026-11-16", paragraph: "§ 142" } },
      sara,
    );
    expect(adopted.status).toBe(200);
    // A guideline runs to the end of the mandate period, the next one when less than a year is left.
    expect(adopted.json).toMatchObject({ status: "adopted", version: 1, adoptedOn: "2026-11-16", validUntil: "2030-10-14" });
    expect(adopted.json.lastRevised).toEqual({ bodyId: "ks", date: "2026-11-16", paragraph: "§ 142" });

    // What was decided is frozen; who answers for it is not.
    const frozen = await patch(id, adopted.json.etag, { title: "Ny titel" }, sara);
    expect(reasons(frozen)).toEqual(["body.title:adopted_version_frozen"]);
    const diary = await patch(id, adopted.json.etag, { diaryNumber: "KS 2026/112" }, sara);
    expect(diary.status).toBe(200);

    const revising = await transition(id, diary.json.etag, { action: "startRevision" }, sara);
    expect(revising.json.status).toBe("inRevision");
    const retitled = await patch(id, revising.json.etag, { title: "Riktlinje för synpunkter" }, sara);
    expect(retitled.status).toBe(200);
    const v2 = await transition(
      id,
      retitled.json.etag,
      { action: "adopt", decision: { bodyId: "ks", date: "2026-11-20", paragraph: "§ 150" }, validUntil: "2028-12-31" },
      sara,
    );
    expect(v2.json).toMatchObject({ version: 2, title: "Riktlinje för synpunkter", validUntil: "2028-12-31" });
    expect(v2.json.versions.map((v: { version: number; metadata: { title: string } }) => [v.version, v.metadata.title])).toEqual([
      [1, "Riktlinje för synpunkter och klagomål"],
      [2, "Riktlinje för synpunkter"],
    ]);
    const audit = await t.h.runtime.services.documentRepository.listAudit(pitea.id, "document", id);
    // The clock stands still in this suite, so the trail is compared as a set of steps.
    expect(audit.map((a) => a.action).sort()).toEqual([
      "document.adopt",
      "document.adopt",
      "document.create",
      "document.startRevision",
      "document.update",
      "document.update",
    ]);
    expect(audit.every((a) => a.userId === personId(pitea, "sara.holm"))).toBe(true);
  });

  it("revises the expired quality policy into version 6, and a stale version is refused", async () => {
    const policy = (await t.h.request("GET", "/api/documents/kvalitetspolicy", { token: t.admin })).json;
    const started = await transition("kvalitetspolicy", policy.etag, { action: "startRevision" });
    expect(started.json.status).toBe("inRevision");
    const stale = await transition("kvalitetspolicy", policy.etag, {
      action: "adopt",
      decision: { bodyId: "kf", date: "2026-11-16", paragraph: "§ 140" },
    });
    expect(stale.status).toBe(412);
    const v6 = await transition("kvalitetspolicy", started.json.etag, {
      action: "adopt",
      decision: { bodyId: "kf", date: "2026-11-16", paragraph: "§ 140" },
    });
    expect(v6.json).toMatchObject({ status: "adopted", version: 6, validUntil: "2030-10-14" });
    expect(v6.json.versions.map((v: { version: number }) => v.version)).toEqual([5, 6]);
  });

  it("repeals a document that a newly adopted one supersedes, and one repealed by decision", async () => {
    const created = await t.h.request("POST", "/api/documents", {
      token: t.admin,
      body: draft({
        title: "Riktlinjer för internationellt arbete",
        owningBodyId: "ks",
        ownerPersonId: personId(pitea, "anna.lind"),
        supersedesId: "riktlinjer-eu",
      }),
    });
    expect((await t.h.request("GET", "/api/documents/riktlinjer-eu", { token: t.admin })).json.status).toBe("adopted");
    await transition(created.json.id, created.json.etag, {
      action: "adopt",
      decision: { bodyId: "ks", date: "2026-11-16", paragraph: "§ 143" },
    });
    const old = (await t.h.request("GET", "/api/documents/riktlinjer-eu", { token: t.admin })).json;
    expect(old).toMatchObject({ status: "repealed", supersededById: created.json.id });

    const digital = (await t.h.request("GET", "/api/documents/riktlinjer-digitalisering", { token: t.admin })).json;
    const repealed = await transition("riktlinjer-digitalisering", digital.etag, {
      action: "repeal",
      decision: { bodyId: "ks", date: "2026-11-16", paragraph: "§ 144" },
    });
    expect(repealed.json).toMatchObject({ status: "repealed", lastRevised: { paragraph: "§ 144" } });
    const after = await patch("riktlinjer-digitalisering", repealed.json.etag, { diaryNumber: "KS 2026/1" });
    expect(reasons(after)).toEqual([":document_repealed"]);
    const again = await transition("riktlinjer-digitalisering", repealed.json.etag, { action: "startRevision" });
    expect(reasons(again)).toEqual(["body.action:invalid_transition"]);
  });

  it("takes a role on the owning body to register a document or move one there, not just naming oneself responsible", async () => {
    const johan = await as("johan.ek");
    const selfNamed = await t.h.request("POST", "/api/documents", {
      token: johan,
      body: draft({ ownerPersonId: personId(pitea, "johan.ek") }),
    });
    expect(selfNamed.status).toBe(403);
    // Sara answers for this guideline and may change it, but not move it to a body she holds no role in.
    const sara = await as("sara.holm");
    const doc = (await t.h.request("GET", "/api/documents/riktlinjer-innovation", { token: sara })).json;
    const moved = await patch("riktlinjer-innovation", doc.etag, { owningBodyId: "bun" }, sara);
    expect(moved.status).toBe(403);
    const renumbered = await patch("riktlinjer-innovation", doc.etag, { diaryNumber: "KS 2023/77" }, sara);
    expect(renumbered.status).toBe(200);
  });

  it("publishes the register as open data without names of people, only what has been adopted, when the municipality chooses", async () => {
    const open = await t.h.request("GET", `/api/public/${pitea.id}/documents`);
    expect(open.status).toBe(200);
    expect(open.headers.get("access-control-allow-origin")).toBe("*");
    const policy = open.json.documents.find((d: { id: string }) => d.id === "kvalitetspolicy");
    expect(policy).toMatchObject({ type: "Policy", decisionBody: "Kommunfullmäktige", owningBody: "Kommunstyrelsen" });
    expect(JSON.stringify(open.json)).not.toContain(personId(pitea, "anna.lind"));
    expect(JSON.stringify(open.json)).not.toContain("Anna Lind");
    // Drafts are not public.
    const drafted = await t.h.request("POST", "/api/documents", {
      token: t.admin,
      body: draft({ title: "Utkast som inte är beslutat", owningBodyId: "ks" }),
    });
    expect(drafted.status).toBe(201);
    const again = await t.h.request("GET", `/api/public/${pitea.id}/documents`);
    expect(again.json.documents.map((d: { id: string }) => d.id)).not.toContain(drafted.json.id);
    const csv = await t.h.request("GET", `/api/public/${pitea.id}/documents?format=csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    // (The BOM the file starts with is dropped by fetch's text decoding.) Read by an independent RFC 4180 parser.
    expect((parse(String(csv.json)) as string[][])[0]?.join(",")).toBe(
      "id,title,type,decision_body,owning_body,status,version,adopted_on,last_revised,valid_until,summary,applies_to,diary_number,parent_id,superseded_by",
    );
    // Älvdala does not publish its register: nothing is said.
    expect((await t.h.request("GET", `/api/public/${alvdala.id}/documents`)).status).toBe(404);
  });

  it("exports a document's whole record, and disposes of a repealed one only through the administrators' logged path", async () => {
    // By now riktlinjer-digitalisering has been repealed and the quality policy revised (tests above).
    const records = await t.h.request("GET", "/api/documents/kvalitetspolicy/records", { token: t.admin });
    expect(records.status).toBe(200);
    expect(records.json.versions.map((v: { version: number }) => v.version)).toEqual([5, 6]);
    expect(records.json.audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(["document.startRevision", "document.adopt"]),
    );
    expect(records.json).toMatchObject({ documentId: "kvalitetspolicy", disposal: null, exportedBy: personId(pitea, "anna.lind") });
    expect((await t.h.request("GET", "/api/documents/kvalitetspolicy/records", { token: await as("sara.holm") })).status).toBe(403);

    const decision = {
      decisionReference: "KS 2026/200",
      decisionDate: "2026-11-02",
      reason: "Upphävd; gallras enligt dokumenthanteringsplanen.",
    };
    const inForce = (await t.h.request("GET", "/api/documents/kvalitetspolicy", { token: t.admin })).json;
    const refused = await t.h.request("POST", "/api/documents/kvalitetspolicy/disposal", {
      token: t.admin,
      body: decision,
      headers: { "if-match": inForce.etag },
    });
    expect(reasons(refused)).toEqual([":document_in_force"]);

    const repealed = (await t.h.request("GET", "/api/documents/riktlinjer-digitalisering", { token: t.admin })).json;
    const bySara = await t.h.request("POST", "/api/documents/riktlinjer-digitalisering/disposal", {
      token: await as("sara.holm"),
      body: decision,
      headers: { "if-match": repealed.etag },
    });
    expect(bySara.status).toBe(403);
    const disposed = await t.h.request("POST", "/api/documents/riktlinjer-digitalisering/disposal", {
      token: t.admin,
      body: decision,
      headers: { "if-match": repealed.etag },
    });
    expect(disposed.status).toBe(204);
    expect((await t.h.request("GET", "/api/documents/riktlinjer-digitalisering", { token: t.admin })).status).toBe(404);
    expect((await register()).map((d) => d.id)).not.toContain("riktlinjer-digitalisering");
    // Its record stays: versions, the disposal and every audit entry.
    const kept = await t.h.request("GET", "/api/documents/riktlinjer-digitalisering/records", { token: t.admin });
    expect(kept.json).toMatchObject({ document: null, disposal: { decisionReference: "KS 2026/200", by: personId(pitea, "anna.lind") } });
    expect(kept.json.versions).toHaveLength(1);
    expect(kept.json.audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(["document.repeal", "document.dispose"]),
    );
    const trail = await t.h.request("GET", "/api/audit?objectType=document&objectId=riktlinjer-digitalisering", { token: t.admin });
    expect(trail.json.entries.map((e: { action: string }) => e.action)).toContain("document.dispose");
  });

  it("keeps the document types editable by administrators, but not a type in use away", async () => {
    const types = (await t.h.request("GET", "/api/document-types", { token: t.admin })).json;
    expect(types.types.map((x: { key: string }) => x.key)).toContain("delegationsordning");
    const dropped = await t.h.request("PUT", "/api/document-types", {
      token: t.admin,
      body: { types: types.types.filter((x: { key: string }) => x.key !== "anvisning"), publishRegister: true },
      headers: { "if-match": types.etag },
    });
    expect(reasons(dropped)).toEqual(["body.types:type_in_use"]);
    const added = await t.h.request("PUT", "/api/document-types", {
      token: t.admin,
      body: {
        types: [...types.types, { key: "handlingsplan", name: { sv: "Handlingsplan" }, validity: { kind: "years", years: 2 } }],
        publishRegister: true,
      },
      headers: { "if-match": types.etag },
    });
    expect(added.status).toBe(200);
    const chair = await t.h.request("PUT", "/api/document-types", {
      token: await as("erik.nilsson"),
      body: { types: types.types },
      headers: { "if-match": added.json.etag },
    });
    expect(chair.status).toBe(403);
  });
});
