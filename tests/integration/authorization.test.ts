import { describe, expect, it } from "vitest";
import { bodyOf, pitea, sampleRequests } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

const t = useHarness();

describe("per-object authorisation (QUALITY-BAR 3)", () => {
  const writes = Object.entries(sampleRequests()).filter(([, r]) => r.write && !r.own);

  for (const who of ["lars.oberg", "erik.nilsson", "maria.berg", "johan.ek", "sara.holm"]) {
    it(`${who} (no administrator role) gets 403 on every write, and each denial is logged`, async () => {
      const token = await t.h.tokenFor(pitea, who);
      for (const [name, request] of writes) {
        const before = t.h.logs.length;
        const res = await t.h.request(request.method, request.path, {
          token,
          ...bodyOf(request),
          headers: { ...bodyOf(request).headers, ...(request.ifMatch ? { "if-match": "x" } : {}) },
        });
        expect.soft(res.status, `${who} ${name}`).toBe(403);
        expect.soft(res.json?.code, `${who} ${name}`).toBe("forbidden");
        expect
          .soft(
            t.h.logs.slice(before).some((l) => l.includes("access denied") && l.includes(name)),
            `${name} logged`,
          )
          .toBe(true);
      }
    });
  }

  it("keeps the audit trail from anyone but an administrator", async () => {
    const res = await t.h.request("GET", "/api/audit?objectType=orgUnit&objectId=bun", { token: await t.h.tokenFor(pitea, "karin.lund") });
    expect(res.status).toBe(403);
  });

  it("lets an administrator of a committee act below it but not beside or above it", async () => {
    const emma = pitea.people.find((p) => p.mail.startsWith("emma."))?.id;
    const grant = await t.h.request("POST", "/api/role-assignments", {
      token: t.admin,
      body: { personId: emma, role: "administrator", scopeId: "bun" },
    });
    expect(grant.status).toBe(201);
    const emmaToken = await t.h.tokenFor(pitea, "emma.sjoberg");
    const below = await t.h.request("POST", "/api/org/units", {
      token: emmaToken,
      body: { parentId: "buf", kind: "unit", name: "Ny förskola" },
    });
    expect(below.status).toBe(201);
    const beside = await t.h.request("POST", "/api/org/units", { token: emmaToken, body: { parentId: "soc", kind: "unit", name: "X" } });
    expect(beside.status).toBe(403);
    const above = await t.h.request("PATCH", "/api/org/units/kf", { token: emmaToken, body: { name: "X" }, headers: { "if-match": "x" } });
    expect(above.status).toBe(403);
  });

  it("refuses an inactive person and a person missing from the directory", async () => {
    const inactive = await t.h.request("GET", "/api/me", { token: await t.h.tokenFor(pitea, "oskar.vik") });
    expect(inactive.status).toBe(403);
    expect(inactive.json.details[0].reason).toBe("not_a_member");
    const stranger = await t.h.forge.sign({
      iss: `https://login.microsoftonline.com/${pitea.id}/v2.0`,
      aud: "api://localhost/kvalitetskedjan",
      tid: pitea.id,
      oid: "55555555-5555-4555-8555-555555555555",
      scp: "access_as_user",
      ver: "2.0",
    });
    expect((await t.h.request("GET", "/api/org/units", { token: stranger })).status).toBe(403);
  });
});

describe("what the caller may do is decided by the API, not the tabs (issue 12)", () => {
  it("answers each person's capabilities with /api/me, by the rules the routes enforce", async () => {
    const allowed = async (who: string) => (await t.h.request("GET", "/api/me", { token: await t.h.tokenFor(pitea, who) })).json.allowed;
    expect(await allowed("anna.lind")).toEqual({ administerMunicipality: true, addGoals: true, registerDocuments: true });
    expect(await allowed("erik.nilsson")).toEqual({ administerMunicipality: false, addGoals: true, registerDocuments: false });
    expect(await allowed("sara.holm")).toEqual({ administerMunicipality: false, addGoals: false, registerDocuments: true });
    expect(await allowed("lina.forsberg")).toEqual({ administerMunicipality: false, addGoals: false, registerDocuments: false });
  });

  it("marks the units of the tree the caller administers", async () => {
    const tree = async (who: string) =>
      (await t.h.request("GET", "/api/org/units", { token: await t.h.tokenFor(pitea, who) })).json.units as {
        id: string;
        canAdminister: boolean;
      }[];
    expect((await tree("anna.lind")).every((u) => u.canAdminister)).toBe(true);
    expect((await tree("lina.forsberg")).some((u) => u.canAdminister)).toBe(false);
  });
});
