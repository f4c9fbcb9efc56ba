import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { routeTable } from "../../functions/src/platform/routes.js";
import { sampleRequests } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

const t = useHarness();

/** 40 cases a route in CI; `npm run fuzz` runs 10,000 and records what every route answered. */
const runs = Number(process.env.FUZZ_RUNS ?? 40);
const report = process.env.FUZZ_REPORT;
const counts: Record<string, { runs: number; statuses: Record<string, number> }> = {};

const jsonish = fc.oneof(
  fc.json(),
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.constantFrom("id", "parentId", "kind", "name", "personId", "role", "scopeId", "mail", "active", "__proto__", "constructor"),
      fc.jsonValue(),
    )
    .map((o) => JSON.stringify(o)),
);
const segment = fc.oneof(fc.string({ maxLength: 80 }), fc.uuid(), fc.constantFrom("..", "%2e%2e", "bun", "%00", "' OR 1=1 --"));
const query = fc.dictionary(
  fc.constantFrom("q", "limit", "scopeId", "personId", "objectType", "objectId", "continuationToken", "x"),
  fc.string({ maxLength: 40 }),
);

/** The sample's path with the path parameter at `which` (counted from the route template's parameters) replaced by `seg`. */
function withSegment(route: string, samplePath: string, which: number, seg: string): string {
  const template = `/api/${route}`.split("/");
  const parts = samplePath.split("/");
  const params = template.flatMap((s, i) => (/^\{.+\}$/.test(s) ? [i] : []));
  if (params.length === 0) return samplePath;
  const at = params[which % params.length] as number;
  parts[at] = encodeURIComponent(seg);
  return parts.join("/");
}

describe("random input never produces a 5xx (QUALITY-BAR 6)", () => {
  for (const [name, r] of Object.entries(sampleRequests())) {
    const spec = routeTable().find((x) => x.spec.name === name)?.spec;
    it(`${name}`, { timeout: Math.max(60_000, runs * 20) }, async () => {
      const tally = { runs: 0, statuses: {} as Record<string, number> };
      counts[name] = tally;
      await fc.assert(
        fc.asyncProperty(
          jsonish,
          segment,
          fc.nat(),
          query,
          fc.constantFrom("application/json", "text/plain", ""),
          fc.boolean(),
          async (body, seg, which, q, type, withToken) => {
            // Every path parameter in turn gets a random segment in its place.
            const [pathOnly = ""] = r.path.split("?");
            const path = spec ? withSegment(spec.route, pathOnly, which, seg) : pathOnly;
            const search = new URLSearchParams(q).toString();
            const res = await t.h.request(r.method, `${path}${search ? `?${search}` : ""}`, {
              ...(withToken ? { token: t.admin } : {}),
              ...(r.method === "GET" ? {} : { rawBody: body }),
              headers: {
                ...(type ? { "content-type": type } : {}),
                ...(r.ifMatch ? { "if-match": seg.replace(/[^\x20-\x7e]/g, "") || "x" } : {}),
              },
            });
            tally.runs += 1;
            tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
            expect(res.status, `${r.method} ${path} → ${JSON.stringify(res.json)}`).toBeLessThan(500);
          },
        ),
        { numRuns: runs },
      );
    });
  }

  afterAll(async () => {
    if (!report) return;
    const total = Object.values(counts).reduce((n, c) => n + c.runs, 0);
    await mkdir(dirname(report), { recursive: true });
    await writeFile(
      report,
      `${JSON.stringify({ at: new Date().toISOString(), runsPerRoute: runs, routes: Object.keys(counts).length, requests: total, counts }, null, 2)}\n`,
    );
  });
});
