import { HttpRequest, InvocationContext } from "../../functions/src/platform/azure-functions.js";
import "../../functions/src/modules.js";
import { describe, expect, it } from "vitest";
import { startLocalRuntime } from "../../functions/src/local/local-runtime.js";
import { useServices } from "../../functions/src/platform/composition.js";
import { laptopParts } from "../../functions/src/platform/config.js";
import { routeTable } from "../../functions/src/platform/routes.js";
import { azureSettings } from "../../functions/src/testing/azure-settings.js";
import { useHarness } from "../support/harness.js";

const quiet = { tenants: [], timers: false, log: () => {} };

describe("production mode: the local host (npm start) refuses to start with laptop-only parts", () => {
  it("names every laptop-only part the local host brings and its settings choose", async () => {
    const start = startLocalRuntime({ ...quiet, env: { APP_ENVIRONMENT: "production" } });
    await expect(start).rejects.toThrow(
      /Production mode refuses parts meant only for a laptop: cosmosStandIn, devIdentity, devRoutes, consoleNotifier, localLibrary\./,
    );
  });

  for (const part of laptopParts) {
    it(`refuses ${part} alone when every other part is allowed`, async () => {
      const others = laptopParts.filter((x) => x !== part).join(",");
      const start = startLocalRuntime({ ...quiet, env: { APP_ENVIRONMENT: "production", ALLOW_IN_PRODUCTION: others } });
      await expect(start).rejects.toThrow(new RegExp(`laptop: ${part}\\. .*ALLOW_IN_PRODUCTION`));
    });
  }
});

describe("production mode: the Functions app answers every route with 503 and why", () => {
  const azure = { ...azureSettings, WEBSITE_INSTANCE_ID: "0123456789abcdef" };

  async function askWith(env: Record<string, string>, routeName: string) {
    const saved = { ...process.env };
    const previous = useServices(undefined);
    Object.assign(process.env, env);
    try {
      const route = routeTable().find((r) => r.spec.name === routeName);
      if (!route) throw new Error(`no route ${routeName}`);
      const request = new HttpRequest({ method: route.spec.method, url: `https://kvk.example.se/api/${route.spec.route}` });
      const answer = await route.handler(request, new InvocationContext({ functionName: routeName }));
      return { status: answer.status, json: JSON.parse(String(answer.body)) };
    } finally {
      process.env = saved;
      useServices(previous);
    }
  }

  const cases = [
    ["cosmosStandIn", { COSMOS_ENDPOINT: "https://127.0.0.1:8081/" }, "COSMOS_ENDPOINT"],
    ["devIdentity", { AUTH_JWKS_URI: "http://localhost:4280/dev/jwks" }, "AUTH_JWKS_URI"],
    ["consoleNotifier", { NOTIFY_CHANNEL: "outbox" }, "NOTIFY_CHANNEL"],
    ["localLibrary", { DOCUMENT_LIBRARY: "local" }, "DOCUMENT_LIBRARY"],
  ] as const;
  for (const [part, change, setting] of cases) {
    it(`refuses ${part} (${setting}): /api/health says so, and so does every other route`, async () => {
      for (const name of ["health-get", "org-units-list"]) {
        const { status, json } = await askWith({ ...azure, ...change }, name);
        expect(status, name).toBe(503);
        expect(json.code).toBe("service_unavailable");
        expect(json.message).toContain(`laptop: ${part}.`);
        expect(json.details).toEqual([{ path: `config.${setting}`, reason: part }]);
      }
    });
  }
});

describe("production mode with each laptop-only part explicitly allowed", () => {
  const t = useHarness({
    env: { APP_ENVIRONMENT: "production", ALLOW_IN_PRODUCTION: "cosmosStandIn,devRoutes,consoleNotifier,localLibrary" },
  });

  it("starts, says so in its log, and shows the allowed parts in the health details", async () => {
    expect((await t.h.request("GET", "/api/health")).status).toBe(200);
    const details = await t.h.request("GET", "/api/health/details", { token: t.admin });
    expect(details.status).toBe(200);
    const check = (details.json as { checks: { name: string; ok: boolean; message: string }[] }).checks.find(
      (c) => c.name === "productionMode",
    );
    expect(check).toMatchObject({ ok: false, message: expect.stringContaining("cosmosStandIn, devRoutes, consoleNotifier, localLibrary") });
    expect((details.json as { status: string }).status).toBe("degraded");
    expect(t.h.logs.filter((l) => l.includes("production runs with")).length).toBe(4);
  });
});
