import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectorDefinition } from "../../functions/src/platform/http/connector.js";
import { routeTable } from "../../functions/src/platform/routes.js";
import { alvdala, bodyOf, pitea, sampleRequests } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

// Issue 11, section 3: the API described as integrators need it, checked by validators nobody here wrote.

const publicUrl = "https://kvalitetskedjan.pitea.se";
const t = useHarness({ env: { API_PUBLIC_URL: publicUrl } });
const run = promisify(execFile);
// biome-ignore lint/suspicious/noExplicitAny: the documents are read as the validators read them, untyped.
type Doc = any;
let spec: Doc;
let dir: string;

beforeAll(async () => {
  spec = (await t.h.request("GET", "/api/openapi.json")).json;
  dir = await mkdtemp(join(tmpdir(), "kk-api-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const operations = (doc: Doc) =>
  Object.entries(doc.paths as Record<string, Record<string, Doc>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method, op })),
  );

/** Runs Redocly's CLI on `doc` with its recommended rules and returns its totals. */
async function redocly(doc: Doc): Promise<{ errors: number; warnings: number; problems: unknown[] }> {
  const file = join(dir, "openapi.json");
  await writeFile(file, JSON.stringify(doc));
  const { stdout } = await run(
    process.execPath,
    ["node_modules/@redocly/cli/bin/cli.js", "lint", "--extends", "recommended", "--format=json", file],
    {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "{}" }));
  const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { totals: { errors: number; warnings: number }; problems: unknown[] };
  return { ...report.totals, problems: report.problems };
}

describe("the OpenAPI 3.1 document", () => {
  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const result = await redocly(spec);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("is valid for an independent OpenAPI parser too", async () => {
    await expect(SwaggerParser.validate(structuredClone(spec))).resolves.toBeDefined();
  });

  it("describes every operation, declares its tags, and signs in through Entra ID with the access_as_user scope", () => {
    const ops = operations(spec);
    expect(ops).toHaveLength(routeTable().length);
    for (const { path, method, op } of ops) {
      expect.soft(op.description?.length ?? 0, `${method} ${path}`).toBeGreaterThan(op.summary.length);
      expect.soft(op.summary, `${method} ${path}`).toBeTruthy();
    }
    const declared = spec.tags.map((tag: { name: string; description: string }) => tag.name);
    expect(new Set(ops.flatMap(({ op }) => op.tags))).toEqual(new Set(declared));
    expect(spec.tags.every((tag: { description?: string }) => (tag.description ?? "").length > 10)).toBe(true);
    const flow = spec.components.securitySchemes.entra;
    expect(flow.type).toBe("oauth2");
    expect(flow.flows.authorizationCode.authorizationUrl).toMatch(/^https:\/\/login\.microsoftonline\.com\//);
    const scope = Object.keys(flow.flows.authorizationCode.scopes)[0];
    expect(scope).toMatch(/^api:\/\/.+\/access_as_user$/);
    expect(spec.paths["/api/me"].get.security).toEqual([{ entra: [scope] }]);
    expect(spec.paths["/api/health"].get.security).toEqual([]);
  });

  it("names an absolute server URL: the deployment's public address (else the address it was asked at)", () => {
    expect(spec.servers[0].url).toBe(publicUrl);
  });

  it("documents every status the API answered to each route's well-formed, unauthorised, cross-tenant, malformed and stale requests", async () => {
    const [admin, reader, other] = [t.admin, await t.h.tokenFor(pitea, "lars.oberg"), await t.h.tokenFor(alvdala, "ida.norberg")];
    const served = new Map<string, Set<number>>();
    const note = (name: string, status: number) => served.set(name, (served.get(name) ?? new Set()).add(status));
    const samples = sampleRequests();
    for (const [name, r] of Object.entries(samples)) {
      const variants: { token?: string; body?: unknown; rawBody?: Uint8Array | string; headers?: Record<string, string>; path?: string }[] =
        [
          { token: admin, ...bodyOf(r), headers: { ...bodyOf(r).headers, ...(r.ifMatch ? { "if-match": "stale" } : {}) } },
          { token: reader, ...bodyOf(r) },
          { token: other, ...bodyOf(r) },
          {},
          ...(r.method === "GET" ? [] : [{ token: admin, rawBody: "{not json", headers: { "content-type": "application/json" } }]),
          { token: admin, path: `${r.path}${r.path.includes("?") ? "&" : "?"}unknown=1` },
        ];
      for (const v of variants) {
        const res = await t.h.request(r.method, v.path ?? r.path, v);
        note(name, res.status);
      }
    }
    for (const { op } of operations(spec)) {
      const statuses = served.get(op.operationId) ?? new Set<number>();
      expect(statuses.size, op.operationId).toBeGreaterThan(0);
      for (const status of statuses)
        expect.soft(Object.keys(op.responses), `${op.operationId} answered ${status}`).toContain(String(status));
    }
  });
});

describe("the Power Automate custom connector", () => {
  const connector = () =>
    connectorDefinition(
      routeTable().map((r) => r.spec),
      {
        version: "1.0.0",
        serverUrl: "https://kk.example.se",
        scope: "api://kk.example.se/11111111-1111-4111-8111-111111111111/access_as_user",
      },
    );

  it("is a valid Swagger 2.0 definition for an independent validator", async () => {
    const doc = connector();
    expect(doc.swagger).toBe("2.0");
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
  });

  it("has every operation of the API, each with a unique id, a summary short enough for the designer and a description", () => {
    const ops = operations(connector());
    expect(ops).toHaveLength(routeTable().length);
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { op } of ops) {
      expect.soft(op.operationId).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect.soft(op.summary.length).toBeLessThanOrEqual(80);
      expect.soft(op.description.length).toBeGreaterThan(20);
    }
    const doc = connector();
    expect(doc).toMatchObject({
      host: "kk.example.se",
      schemes: ["https"],
      securityDefinitions: { entra: { type: "oauth2", flow: "accessCode" } },
    });
  });
});
