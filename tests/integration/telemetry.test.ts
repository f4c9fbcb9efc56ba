import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { trace } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, describe, expect, it } from "vitest";
import { alvdala, pitea } from "../../functions/src/local/demo-data.js";
import { HttpRequest, InvocationContext } from "../../functions/src/platform/azure-functions.js";
import { createGraphClients } from "../../functions/src/platform/graph-client.js";
import { routeTable } from "../../functions/src/platform/routes.js";
import { withRequestSpan } from "../../functions/src/platform/telemetry.js";
import { bodyOf, sampleRequests } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

// The spans the app exports, caught in memory instead of going to Application Insights.
const exporter = new InMemorySpanExporter();
trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));

const t = useHarness();
const spanFor = (route: string): ReadableSpan | undefined => exporter.getFinishedSpans().find((s) => s.attributes["http.route"] === route);
const millis = (s: ReadableSpan) => s.duration[0] * 1000 + s.duration[1] / 1e6;

describe("telemetry: one span per request (OpenTelemetry, exported to Azure Monitor in Azure)", () => {
  it("carries the route, the status, the duration, the Cosmos DB round trips and charge, and the tenant", async () => {
    exporter.reset();
    const res = await t.h.request("GET", "/api/org/units", { token: t.admin });
    expect(res.status).toBe(200);
    const span = spanFor("/api/org/units");
    expect(span?.name).toBe("GET /api/org/units");
    expect(span?.attributes).toMatchObject({
      "http.request.method": "GET",
      "http.response.status_code": 200,
      "kk.operation": "org-units-list",
      "kk.tenant_id": pitea.id,
      "kk.graph.calls": 0,
    });
    expect(span?.attributes["kk.cosmos.round_trips"]).toBeGreaterThan(0);
    expect(span?.attributes["kk.cosmos.request_charge"]).toBeGreaterThan(0);
    expect(millis(span as ReadableSpan)).toBeGreaterThan(0);
  });

  it("records a refused request with its status and no tenant it could not prove", async () => {
    exporter.reset();
    // As the Functions host calls it (the local host refuses a bad token before the handler).
    const route = routeTable().find((r) => r.spec.name === "org-units-list");
    const request = new HttpRequest({
      method: "GET",
      url: "https://kvk.example.se/api/org/units",
      headers: { authorization: "Bearer eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ4In0." },
    });
    expect((await route?.handler(request, new InvocationContext({ functionName: "org-units-list" })))?.status).toBe(401);
    const span = spanFor("/api/org/units");
    expect(span?.attributes["http.response.status_code"]).toBe(401);
    expect(span?.attributes["kk.tenant_id"]).toBeUndefined();
  });

  it("counts Graph calls and Graph's throttling", async () => {
    let calls = 0;
    const graph = createServer((_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(429, { "Retry-After": "0", "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: { code: "TooManyRequests", message: "slow down" } }));
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ value: [] }));
    });
    await new Promise<void>((resolve) => graph.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = graph.address() as AddressInfo;
      const client = createGraphClients({
        baseUrl: `http://127.0.0.1:${port}/v1.0`,
        credentialFor: () => ({ getToken: async () => ({ token: "app-token", expiresOnTimestamp: Date.now() + 3_600_000 }) }),
      })(pitea.id);
      exporter.reset();
      await withRequestSpan({ name: "graph-probe", method: "GET", route: "graph-probe" }, async () => {
        await client.api("/sites/root/lists").get();
        return { status: 200 };
      });
      expect(spanFor("/api/graph-probe")?.attributes).toMatchObject({ "kk.graph.calls": 2, "kk.graph.throttled": 1 });
    } finally {
      graph.close();
    }
  });

  it("holds no token, e-mail address or person's name in any span of any route", async () => {
    exporter.reset();
    const bearer = t.admin;
    for (const [name, request] of Object.entries(sampleRequests())) {
      const body = bodyOf(request);
      await t.h.request(request.method, request.path, {
        token: bearer,
        ...body,
        headers: { ...body.headers, ...(request.ifMatch ? { "if-match": "x" } : {}) },
      });
      expect.soft(exporter.getFinishedSpans().length, name).toBeGreaterThan(0);
    }
    const exported = JSON.stringify(
      exporter
        .getFinishedSpans()
        .map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status, links: s.links })),
    );
    expect(exported).not.toContain(bearer);
    expect(exported).not.toMatch(/eyJ/);
    expect(exported).not.toMatch(/@/);
    for (const person of [...pitea.people, ...alvdala.people]) {
      expect.soft(exported, person.name).not.toContain(person.name);
    }
  });
});

afterAll(() => trace.disable());
