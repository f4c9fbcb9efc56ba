import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTable } from "../../functions/src/platform/routes.js";
import { alvdala, pitea } from "../support/catalogue.js";
import { type Harness, personId, startHarness, useHarness } from "../support/harness.js";
import { rawRequest } from "../support/raw-http.js";

// Findings of the black-box test of issue 11, section 1: each test here failed before its fix.

const t = useHarness();
const as = (slug: string) => t.h.tokenFor(pitea, slug);
const emma = personId(pitea, "emma.sjoberg");

describe("anonymous traffic has limits of its own (QUALITY-BAR 25)", () => {
  let limited: Harness;
  beforeAll(async () => {
    limited = await startHarness({
      env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: "10", RATE_LIMIT_TENANT_PER_MINUTE: "20", RATE_LIMIT_USER_PER_MINUTE: "20" },
    });
  });
  afterAll(() => limited.stop());

  it("stops a crawler of open data at its own address and leaves the municipality's staff their whole quota", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await limited.request("GET", `/api/public/${pitea.id}/documents`)).status);
    expect(statuses.slice(0, 10).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    const refused = await limited.request("GET", `/api/public/${pitea.id}/results`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);

    // 61 anonymous requests later, all 20 of the staff's requests still go through.
    const anna = await limited.tokenFor(pitea, "anna.lind");
    const staff: number[] = [];
    for (let i = 0; i < 20; i++) staff.push((await limited.request("GET", "/api/me", { token: anna })).status);
    expect(staff.every((s) => s === 200)).toBe(true);
  });
});

describe("unknown municipalities", () => {
  it("answers 404 to open-data requests for tenant ids that are not onboarded, from memory, and keeps serving the real ones", async () => {
    await t.h.request("GET", `/api/public/${randomUUID()}/documents`);
    t.h.calls.length = 0;
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => t.h.request("GET", `/api/public/${randomUUID()}/documents`).then((r) => r.status)),
    );
    expect(new Set(answers)).toEqual(new Set([404]));
    // No read of the registry at all: it was read a moment ago, and is held for a minute.
    expect(t.h.calls.filter((c) => c.path.includes("/colls/tenants"))).toEqual([]);
    expect((await t.h.request("GET", "/api/me", { token: t.admin })).status).toBe(200);
  });
});

describe("a department's administrator stays within her department", () => {
  it("cannot link another committee to her department and so cannot approve that committee's reports", async () => {
    const granted = await t.h.request("POST", "/api/role-assignments", {
      token: t.admin,
      body: { personId: emma, role: "administrator", scopeId: "sbf" },
    });
    expect(granted.status).toBe(201);
    const token = await as("emma.sjoberg");
    const unit = await t.h.request("GET", "/api/org/units", { token });
    const sbf = unit.json.units.find((u: { id: string }) => u.id === "sbf");

    // The escalation: link BUN to her department, make herself its head, then act on BUN's report.
    const link = await t.h.request("PATCH", "/api/org/units/sbf", {
      token,
      body: { servesCommitteeIds: ["sbn", "mbn", "bun"] },
      headers: { "if-match": sbf.etag },
    });
    expect(link.status).toBe(403);
    const unlink = await t.h.request("PATCH", "/api/org/units/sbf", {
      token,
      body: { servesCommitteeIds: ["sbn"] },
      headers: { "if-match": sbf.etag },
    });
    expect(unlink.status).toBe(403);
    const head = await t.h.request("POST", "/api/role-assignments", {
      token,
      body: { personId: emma, role: "departmentHead", scopeId: "sbf" },
    });
    expect(head.status).toBe(201);
    const bunReport = await t.h.request("GET", "/api/reports/2026/interim2/bun", { token: await as("emma.sjoberg") });
    expect(bunReport.json.allowed).toMatchObject({ edit: false, submit: false, approve: false, return: false });
    const etag = bunReport.json.report.etag ?? "*";
    const save = await t.h.request("PUT", "/api/reports/2026/interim2/bun", {
      token: await as("emma.sjoberg"),
      body: { assessments: {} },
      headers: { "if-match": etag },
    });
    expect(save.status).toBe(403);
    const approve = await t.h.request("POST", "/api/reports/2026/interim2/bun/transitions", {
      token: await as("emma.sjoberg"),
      body: { action: "approve" },
      headers: { "if-match": etag },
    });
    expect(approve.status).toBe(403);

    // Within her department she still works: a new name, the committees it serves unchanged.
    const rename = await t.h.request("PATCH", "/api/org/units/sbf", {
      token,
      body: { name: "Samhällsbyggnadsförvaltningen", servesCommitteeIds: ["mbn", "sbn"] },
      headers: { "if-match": sbf.etag },
    });
    expect(rename.status).toBe(200);
    expect(rename.json.servesCommitteeIds).toEqual(["mbn", "sbn"]);
    // The municipality's administrator may link any committee.
    const byAnna = await t.h.request("PATCH", "/api/org/units/sbf", {
      token: t.admin,
      body: { servesCommitteeIds: ["sbn", "mbn", "fkn"] },
      headers: { "if-match": rename.json.etag },
    });
    expect(byAnna.status).toBe(200);
  });
});

describe("one person, role and scope is one assignment", () => {
  const grant = () =>
    t.h.request("POST", "/api/role-assignments", { token: t.admin, body: { personId: emma, role: "reader", scopeId: "fkf" } });
  const held = async () =>
    (await t.h.request("GET", `/api/role-assignments?scopeId=fkf&personId=${emma}`, { token: t.admin })).json.assignments.filter(
      (a: { role: string }) => a.role === "reader",
    );

  it("answers a double click with one 201 and conflicts, so one revoke takes the role away", async () => {
    const statuses = (await Promise.all(Array.from({ length: 8 }, grant))).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const [only] = await held();
    expect(await held()).toHaveLength(1);
    const revoke = await t.h.request("DELETE", `/api/role-assignments/${only.id}`, { token: t.admin, headers: { "if-match": only.etag } });
    expect(revoke.status).toBe(204);
    expect(await held()).toHaveLength(0);
    const me = await t.h.request("GET", "/api/me", { token: await as("emma.sjoberg") });
    expect(me.json.responsibilities.some((r: { scopeId: string; role: string }) => r.scopeId === "fkf" && r.role === "reader")).toBe(false);

    // Granted again after the revoke, again by a double click: one assignment.
    const again = (await Promise.all(Array.from({ length: 4 }, grant))).map((r) => r.status).sort();
    expect(again).toEqual([201, 409, 409, 409]);
    expect(await held()).toHaveLength(1);
  });
});

describe("no request crashes the host (QUALITY-BAR 27)", () => {
  it("answers a malformed Host header with 400 and goes on serving", async () => {
    const bad = await rawRequest(t.h.base, "GET /api/health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n");
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('"validation_failed"');
    expect((await t.h.request("GET", "/api/health")).status).toBe(200);
  });

  it("answers malformed percent-encoding with 400 on every route with a path parameter, and for files", async () => {
    const token = t.admin;
    const routes = routeTable().filter((r) => r.spec.route.includes("{"));
    expect(routes.length).toBeGreaterThan(30);
    for (const { spec } of routes) {
      const path = `/api/${spec.route.replace(/\{[A-Za-z]+\}/g, "%E0%A4%A")}`;
      const res = await t.h.request(spec.method, path, { token, ...(spec.method === "GET" ? {} : { body: {} }) });
      expect.soft(res.status, `${spec.method} ${path}`).toBe(400);
    }
    expect((await t.h.request("GET", "/assets/%ZZ.js")).status).toBe(400);
    expect((await t.h.request("GET", "/api/health")).status).toBe(200);
  });
});

describe("bodies are read only after authentication, up to the route's own limit (QUALITY-BAR 27)", () => {
  it("refuses a 50 MiB upload without a token before its body arrives", async () => {
    const head =
      "PUT /api/documents/kvalitetspolicy/file?name=policy.pdf HTTP/1.1\r\nHost: localhost\r\n" +
      `Content-Type: application/pdf\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`;
    const res = await rawRequest(t.h.base, head, { bodyStart: Buffer.from("%PDF-1.7\n") });
    expect(res.status).toBe(401);
  });

  it("refuses a JSON body over the route's limit before reading it, even with a valid token", async () => {
    const head =
      `POST /api/org/units HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${t.admin}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n`;
    const res = await rawRequest(t.h.base, head, { bodyStart: Buffer.from('{"name":"') });
    expect(res.status).toBe(413);
  });

  it("stops reading a chunked body at the route's own limit", async () => {
    const chunk = Buffer.alloc(70 * 1024, "a");
    const res = await t.h.request("POST", "/api/org/units", {
      token: t.admin,
      rawBody: new Uint8Array(Buffer.concat([Buffer.from('{"name":"'), chunk, Buffer.from('"}')])),
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(413);
  });
});

describe("single-line fields refuse control characters (QUALITY-BAR 26)", () => {
  it("refuses a name or title with CR, LF or other control characters, naming the field", async () => {
    const forged = "Eve\r\n[outbox] reportDue tenant=x to=Anna: forged";
    const person = await t.h.request("POST", "/api/people", {
      token: t.admin,
      body: { id: randomUUID(), name: forged, mail: "eve@example.se" },
    });
    expect(person.status).toBe(400);
    expect(person.json.details[0]).toMatchObject({ path: "body.name", reason: "control_characters" });
    const unit = await t.h.request("POST", "/api/org/units", {
      token: t.admin,
      body: { parentId: "fkf", kind: "unit", name: "Enhet\u001b[31m" },
    });
    expect(unit.status).toBe(400);
    const tabbed = await t.h.request("POST", "/api/org/units", { token: t.admin, body: { parentId: "fkf", kind: "unit", name: "A\tB" } });
    expect(tabbed.status).toBe(400);
    // Ordinary names with å, ä, ö, dashes and apostrophes still go through.
    const fine = await t.h.request("POST", "/api/org/units", {
      token: t.admin,
      body: { parentId: "fkf", kind: "unit", name: "Öjebyns fritidsgård – Ung' kultur" },
    });
    expect(fine.status).toBe(201);
  });

  it("keeps other municipalities out of all of the above", async () => {
    const ida = await t.h.tokenFor(alvdala, "ida.norberg");
    const res = await t.h.request("PATCH", "/api/org/units/sbf", {
      token: ida,
      body: { servesCommitteeIds: [] },
      headers: { "if-match": "x" },
    });
    expect(res.status).toBe(404);
  });
});
