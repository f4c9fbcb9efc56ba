import { describe, expect, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

const clock = { at: new Date("2026-09-10T08:00:00Z"), now: () => clock.at };
const t = useHarness({ clock });

const retire = (token: string, etag: string, body: object) =>
  t.h.request("POST", "/api/goals/2026-bun-2/retire", { token, body, headers: { "if-match": etag } });

describe("retiring a goal (issue 13)", () => {
  it("keeps the goal in the chain, stops asking for it in reports, and does not copy it into the next year", async () => {
    const goals = async () => (await t.h.request("GET", "/api/plan-years/2026/goals?ownerScopeId=bun", { token: t.admin })).json.goals;
    const before = (await goals()).find((g: { id: string }) => g.id === "2026-bun-2");
    expect(before.retired).toBeNull();

    expect((await retire(await t.h.tokenFor(pitea, "peter.strand"), before.etag, { note: "Nej." })).status).toBe(403);
    const noNote = await retire(t.admin, before.etag, {});
    expect(noNote.status).toBe(400);
    expect((await retire(t.admin, "stale", { note: "Avslutas." })).status).toBe(412);
    const erik = await t.h.tokenFor(pitea, "erik.nilsson");
    const retired = await retire(erik, before.etag, { note: "Nämnden beslutade 2026-09-08 § 45 att avsluta målet." });
    expect(retired.status).toBe(200);
    expect(retired.json.retired).toMatchObject({ at: "2026-09-10T08:00:00.000Z", note: expect.stringContaining("§ 45") });
    const again = await retire(erik, retired.json.etag, { note: "Igen." });
    expect(again.status).toBe(409);
    expect(again.json.details[0].reason).toBe("goal_retired");

    // Still in the chain, marked; audited.
    expect((await goals()).find((g: { id: string }) => g.id === "2026-bun-2").retired).not.toBeNull();
    const audit = await t.h.request("GET", "/api/audit?objectType=goal&objectId=2026-bun-2", { token: t.admin });
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toContain("goal.retire");

    // The report no longer asks for it: BUN submits with its one remaining own goal.
    const lina = await t.h.tokenFor(pitea, "lina.forsberg");
    const form = await t.h.request("GET", "/api/reports/2026/interim2/bun", { token: lina });
    expect(form.json.goals.map((g: { id: string }) => g.id)).toEqual(["2026-bun-1"]);
    const submitted = await t.h.request("POST", "/api/reports/2026/interim2/bun/submit", {
      token: lina,
      body: { assessments: { "2026-bun-1": { assessment: "partlyFulfilled", analysis: "Matematiken släpar." } } },
      headers: { "if-match": form.json.report.etag },
    });
    expect(submitted.status).toBe(200);
    const cell = await t.h.request("GET", "/api/overview/goals?planYearId=2026&periodId=interim2&bodyId=bun", { token: erik });
    expect(cell.json.goals.map((g: { id: string }) => g.id)).not.toContain("2026-bun-2");

    // The next plan year starts without it.
    const next = await t.h.request("POST", "/api/plan-years", {
      token: t.admin,
      body: {
        year: 2027,
        vision: "Piteå 2027",
        areas: [{ id: "barn-och-unga", name: "Barn och unga", kind: "strategicArea" }],
        copyGoalsFrom: "2026",
      },
    });
    expect(next.status).toBe(201);
    const copied = (await t.h.request("GET", "/api/plan-years/2027/goals", { token: t.admin })).json.goals;
    expect(copied.map((g: { predecessorGoalId: string }) => g.predecessorGoalId)).not.toContain("2026-bun-2");
    expect(copied.map((g: { predecessorGoalId: string }) => g.predecessorGoalId)).toContain("2026-bun-1");
  });
});
