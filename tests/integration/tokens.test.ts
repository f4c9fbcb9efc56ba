import { describe, expect, it } from "vitest";
import { modules } from "../../functions/src/modules.js";
import { entraClaims, unsignedToken } from "../../functions/src/testing/token-forge.js";
import { bodyOf, isAnonymous, moduleSamples, pitea, routeNames, sampleRequests, targets } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

const t = useHarness();

describe("every API route refuses a bad token with 401 (QUALITY-BAR 1)", () => {
  it("has a sample request for every route in the route table", () => {
    expect(Object.keys(sampleRequests()).sort()).toEqual(routeNames().sort());
  });

  it("keeps each module's samples with the module: its sample file names exactly the routes it registers", () => {
    const targetsOf = targets(pitea);
    expect(Object.keys(moduleSamples).sort()).toEqual(modules.map((m) => m.name).sort());
    for (const m of modules) {
      const names = Object.keys(moduleSamples[m.name]?.(targetsOf, pitea) ?? {}).sort();
      expect({ module: m.name, names }).toEqual({ module: m.name, names: m.routes.map((r) => r.spec.name).sort() });
    }
  });

  const anna = () => entraClaims(pitea.id, personId(pitea, "anna.lind"));
  const notOnboarded = "44444444-4444-4444-8444-444444444444";
  const badTokens: Record<string, () => Promise<string | null>> = {
    "no token": async () => null,
    expired: () =>
      t.h.forge.sign(anna(), { issuedAt: Math.floor(Date.now() / 1000) - 7200, expiresIn: Math.floor(Date.now() / 1000) - 3600 }),
    "alg none": async () => unsignedToken(anna()),
    "a wrong signature": () => t.h.forge.signWithStrangerKey(anna()),
    "a Graph token": () => t.h.forge.sign({ ...anna(), aud: "https://graph.microsoft.com" }),
    "an issuer of another tenant": () => t.h.forge.sign({ ...anna(), iss: `https://login.microsoftonline.com/${notOnboarded}/v2.0` }),
    "a tenant that is not onboarded": () =>
      t.h.forge.sign({ ...anna(), tid: notOnboarded, iss: `https://login.microsoftonline.com/${notOnboarded}/v2.0` }),
  };

  for (const [name, request] of Object.entries(sampleRequests())) {
    if (isAnonymous(name)) continue;
    it(`${name} answers 401 to ${Object.keys(badTokens).length} kinds of bad token`, async () => {
      for (const [kind, make] of Object.entries(badTokens)) {
        const token = await make();
        const res = await t.h.request(request.method, request.path, {
          ...(token ? { token } : {}),
          ...bodyOf(request),
          headers: { ...bodyOf(request).headers, ...(request.ifMatch ? { "if-match": "x" } : {}) },
        });
        expect.soft(res.status, `${name} with ${kind}`).toBe(401);
        expect.soft(res.json?.code, `${name} with ${kind}`).toBe("unauthenticated");
        expect.soft(JSON.stringify(res.json)).not.toMatch(/eyJ/);
      }
    });
  }

  it("lets health and the OpenAPI document through without a token", async () => {
    expect((await t.h.request("GET", "/api/health")).status).toBe(200);
    expect((await t.h.request("GET", "/api/openapi.json")).status).toBe(200);
  });
});
