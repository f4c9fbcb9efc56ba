import { describe, expect, it } from "vitest";
import { routeTable } from "../../functions/src/platform/routes.js";
import { bodyOf, sampleRequests } from "../support/catalogue.js";
import { type Harness, useHarness } from "../support/harness.js";

const t = useHarness();

/** The whole directory as the administrator sees it, to show that nothing changed. */
async function snapshot() {
  const [units, people, roles] = await Promise.all([
    t.h.request("GET", "/api/org/units", { token: t.admin }),
    t.h.request("GET", "/api/people?limit=200", { token: t.admin }),
    t.h.request("GET", "/api/role-assignments", { token: t.admin }),
  ]);
  return JSON.stringify([units.json, people.json, roles.json]);
}

const withBody = Object.entries(sampleRequests()).filter(([, r]) => r.body !== undefined);
const withIfMatch = Object.entries(sampleRequests()).filter(([, r]) => r.ifMatch);

describe("bad input gets a specific 4xx and changes nothing", () => {
  for (const [name, r] of withBody) {
    it(`${name}: malformed JSON, wrong type, unknown field, oversized, not JSON`, async () => {
      const before = await snapshot();
      const ifMatch: Record<string, string> = r.ifMatch ? { "if-match": "stale" } : {};
      const send = (init: Parameters<Harness["request"]>[2]) =>
        t.h.request(r.method, r.path, { token: t.admin, ...init, headers: { ...ifMatch, ...init?.headers } });

      const malformed = await send({ rawBody: "{ not json", headers: { "content-type": "application/json" } });
      expect(malformed.status).toBe(400);
      expect(malformed.json).toMatchObject({ code: "validation_failed", details: [{ reason: "invalid_json" }] });

      const wrongType = await send({ body: Object.fromEntries(Object.keys(r.body as object).map((k) => [k, 12345])) });
      expect(wrongType.status).toBe(400);
      expect(wrongType.json.code).toBe("validation_failed");
      expect(wrongType.json.details.length).toBeGreaterThan(0);

      const unknown = await send({ body: { ...(r.body as object), isAdmin: true } });
      expect(unknown.status).toBe(400);
      expect(unknown.json).toMatchObject({ code: "unknown_field", details: [{ path: "body.isAdmin", reason: "unknown_field" }] });

      // Over the route's own limit: 64 KiB, or more for file imports.
      const limit = routeTable().find((x) => x.spec.name === name)?.spec.maxBodyBytes ?? 64 * 1024;
      const huge = await send({ body: { ...(r.body as object), name: "x".repeat(limit + 6 * 1024) } });
      expect(huge.status).toBe(413);
      expect(huge.json.code).toBe("payload_too_large");

      const text = await send({ rawBody: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
      expect(text.status).toBe(415);
      expect(text.json.code).toBe("unsupported_media_type");

      expect(await snapshot()).toBe(before);
    });
  }

  for (const [name, r] of withIfMatch) {
    it(`${name}: no If-Match is 428, a stale one is 412, and nothing changes`, async () => {
      const before = await snapshot();
      const body = bodyOf(r);
      const missing = await t.h.request(r.method, r.path, { token: t.admin, ...body });
      expect(missing.status).toBe(428);
      expect(missing.json).toMatchObject({ code: "precondition_required", details: [{ reason: "missing_if_match" }] });
      const stale = await t.h.request(r.method, r.path, {
        token: t.admin,
        ...body,
        headers: { ...body.headers, "if-match": '"00000000-stale"' },
      });
      expect(stale.status).toBe(412);
      expect(stale.json.code).toBe("precondition_failed");
      expect(await snapshot()).toBe(before);
    });
  }

  it("rejects unknown query parameters and malformed path ids", async () => {
    const q = await t.h.request("GET", "/api/org/units?debug=1", { token: t.admin });
    expect(q.status).toBe(400);
    expect(q.json.code).toBe("unknown_field");
    const badId = await t.h.request("PATCH", "/api/people/not-a-guid", {
      token: t.admin,
      body: { name: "x" },
      headers: { "if-match": "x" },
    });
    expect(badId.status).toBe(400);
    expect(badId.json.details[0].path).toBe("params.id");
    const limit = await t.h.request("GET", "/api/people?limit=100000", { token: t.admin });
    expect(limit.status).toBe(400);
    const token = await t.h.request("GET", "/api/people?continuationToken=garbage", { token: t.admin });
    expect(token.status).toBe(400);
  });

  it("answers 404 for an unknown endpoint and 405 with Allow for a wrong method", async () => {
    expect((await t.h.request("GET", "/api/nope", { token: t.admin })).json.code).toBe("not_found");
    const wrong = await t.h.request("PUT", "/api/org/units", { token: t.admin });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toContain("GET");
  });
});
