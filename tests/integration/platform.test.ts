import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { snapshotVersion } from "../../functions/src/local/snapshot.js";
import { pitea, routeNames } from "../support/catalogue.js";
import { type Harness, startHarness, useHarness } from "../support/harness.js";

const t = useHarness();

describe("platform", () => {
  it("reports health without sign-in or personal data", async () => {
    const res = await t.h.request("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "ok", version: expect.any(String) });
  });

  it("gives the municipality's administrators the checks of the deployment's set-up, and no one else", async () => {
    const details = await t.h.request("GET", "/api/health/details", { token: t.admin });
    expect(details.status).toBe(200);
    expect(details.json).toMatchObject({
      status: "ok",
      checks: [
        { name: "database", ok: true },
        { name: "productionMode", ok: true, message: "Development mode: laptop-only parts are allowed." },
      ],
    });
    const reader = await t.h.request("GET", "/api/health/details", { token: await t.h.tokenFor(pitea, "lars.oberg") });
    expect(reader.status).toBe(403);
    expect((await t.h.request("GET", "/api/health/details")).status).toBe(401);
  });

  it("describes every route in an OpenAPI 3.1 document generated from the contracts", async () => {
    const { json } = await t.h.request("GET", "/api/openapi.json");
    expect(json.openapi).toBe("3.1.0");
    const operations = Object.values(json.paths as Record<string, Record<string, { operationId: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    expect(operations.sort()).toEqual(routeNames().sort());
    const grant = json.paths["/api/role-assignments"].post;
    expect(grant.requestBody.content["application/json"].schema.additionalProperties).toBe(false);
    expect(grant.requestBody.content["application/json"].schema.required).toEqual(["personId", "role", "scopeId"]);
    expect(json.paths["/api/org/units/{id}"].patch.responses["412"]).toBeDefined();
    // File answers name their content types; open data needs no token.
    const word = json.paths["/api/plan-years/{id}/periods/{periodId}/report.docx"].get.responses["200"].content;
    expect(Object.keys(word)).toEqual(["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]);
    const open = json.paths["/api/public/{tenantId}/results"].get;
    expect(Object.keys(open.responses["200"].content)).toEqual(["application/json", "text/csv"]);
    expect(open.security).toEqual([]);
  });

  it("sends the security headers on API responses (QUALITY-BAR 8)", async () => {
    const res = await t.h.request("GET", "/api/me", { token: t.admin });
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(res.headers.get("strict-transport-security") ?? "")?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBeTruthy();
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("never puts an access token in a response body (QUALITY-BAR 4)", async () => {
    for (const path of ["/api/me", "/api/me/items", "/api/org/units", "/api/people", "/api/role-assignments"]) {
      const res = await t.h.request("GET", path, { token: t.admin });
      expect(JSON.stringify(res.json)).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
    }
  });

  it("answers 503 with Retry-After when Cosmos throttling outlives the SDK's retries (QUALITY-BAR 13)", async () => {
    t.h.throttle = true;
    try {
      const res = await t.h.request("GET", "/api/org/units", { token: t.admin });
      expect(res.status).toBe(503);
      expect(res.json.code).toBe("service_unavailable");
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    } finally {
      t.h.throttle = false;
    }
    expect((await t.h.request("GET", "/api/org/units", { token: t.admin })).status).toBe(200);
  });
});

describe("rate limits (QUALITY-BAR 7)", () => {
  it("answers 429 with Retry-After once a user is over the limit, without touching other users", async () => {
    const limited = await startHarness({ env: { RATE_LIMIT_USER_PER_MINUTE: "5" } });
    try {
      const token = await limited.tokenFor(pitea, "lars.oberg");
      const statuses: number[] = [];
      let last: Awaited<ReturnType<Harness["request"]>> | undefined;
      for (let i = 0; i < 7; i++) {
        last = await limited.request("GET", "/api/me", { token });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      expect(last?.json.code).toBe("rate_limited");
      expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await limited.request("GET", "/api/me", { token: await limited.tokenFor(pitea, "anna.lind") })).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe("local persistence", () => {
  it("keeps what users changed across a restart, from a snapshot written whole", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kk-data-"));
    try {
      const first = await startHarness({ dataDir: dir });
      const token = await first.tokenFor(pitea, "anna.lind");
      const created = await first.request("POST", "/api/org/units", {
        token,
        body: { parentId: "fkf", kind: "unit", name: "Kulturskolan" },
      });
      expect(created.status).toBe(201);
      await first.stop();
      const snapshot = JSON.parse(await readFile(join(dir, "cosmos-snapshot.json"), "utf8"));
      expect(snapshot.version).toBe(snapshotVersion);

      const second = await startHarness({ dataDir: dir });
      try {
        const tree = await second.request("GET", "/api/org/units", { token: await second.tokenFor(pitea, "anna.lind") });
        expect(tree.json.units.find((u: { id: string }) => u.id === created.json.id)?.name).toBe("Kulturskolan");
        expect(second.logs.some((l) => l.includes("Loaded demo data"))).toBe(false);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
