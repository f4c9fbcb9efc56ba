import { describe, expect, it } from "vitest";
import { alvdala, pitea } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

const clock = { at: new Date("2026-10-01T08:00:00Z"), now: () => clock.at };
const t = useHarness({ clock });

const overview = async (token: string, query = "") => t.h.request("GET", `/api/overview${query}`, { token });
/** The goals behind a cell or a count, as the overview opens them. */
const behind = async (token: string, query: string) =>
  (await t.h.request("GET", `/api/overview/goals?${query}`, { token })).json.goals as Goal[];
type Row = { bodyId: string; counts: Record<string, number>; cells: { areaId: string | null; counts: Record<string, number> }[] };
type Goal = { id: string; bodyId: string; assessment: string; previous: string | null; reportStatus: string };

describe("the overview (issue 13)", () => {
  it("shows the latest ended period: committees × areas, what each goal stands at, missing reports and expiring documents", async () => {
    const erik = await t.h.tokenFor(pitea, "erik.nilsson");
    const res = await overview(erik);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      planYearId: "2026",
      year: 2026,
      period: { id: "interim2" },
      previousPeriodId: "interim1",
      today: "2026-10-01",
    });
    expect(res.json.periods.map((p: { id: string }) => p.id)).toEqual(["interim1", "interim2", "annual"]);
    expect(res.json.planYears.map((y: { id: string }) => y.id)).toEqual(["2026", "2025"]);
    // The council's own goals are not a row; a school's goal counts under its committee.
    const rows = res.json.rows as Row[];
    expect(rows.map((r) => r.bodyId)).toEqual(["bun", "socn"]);
    expect(rows[0]?.counts).toEqual({ fulfilled: 0, partlyFulfilled: 0, notFulfilled: 0, notAssessed: 3 });
    expect(rows[0]?.cells.map((c) => c.areaId)).toEqual(res.json.areas.map((a: { id: string }) => a.id));
    // The goals themselves are read when a cell is opened, not sent with the overview.
    expect(res.json.goals).toBeUndefined();
    const norrmalm = (await behind(erik, "bodyId=bun")).find((g) => g.id === "2026-norrmalm-1");
    expect(norrmalm).toMatchObject({ bodyId: "bun", assessment: "notAssessed", previous: "fulfilled", reportStatus: "notStarted" });
    // Past the deadline of 15 September, nobody has submitted: every expected report is missing and overdue.
    expect(res.json.missingReports).toEqual([
      expect.objectContaining({ ownerScopeId: "bun", status: "notStarted", overdue: true, href: "#/report/2026/interim2/bun" }),
      expect.objectContaining({ ownerScopeId: "norrmalmskolan", overdue: true }),
      expect.objectContaining({ ownerScopeId: "socn", overdue: true }),
    ]);
    // Home care's continuity plan is seeded 60 days from the seed's day; the guideline valid until
    // 15 December has 75 days left; the one valid until February is not yet within 90 days.
    expect(res.json.expiringDocuments).toEqual([
      { id: "kontinuitetsplan-hemtjanst", title: expect.any(String), validUntil: "2026-11-30", daysLeft: 60 },
      { id: "riktlinjer-eu", title: expect.any(String), validUntil: "2026-12-15", daysLeft: 75 },
    ]);
  });

  it("counts a report's assessments once it is submitted, and shows what changed since the previous period", async () => {
    const lina = await t.h.tokenFor(pitea, "lina.forsberg");
    const body = {
      assessments: {
        "2026-bun-1": { assessment: "notFulfilled", analysis: "Tryggheten har minskat." },
        "2026-bun-2": { assessment: "fulfilled" },
      },
    };
    const draft = await t.h.request("PUT", "/api/reports/2026/interim2/bun", { token: lina, body, headers: { "if-match": "new" } });
    expect(draft.status).toBe(200);
    const whileDraft = await overview(lina);
    expect(whileDraft.status).toBe(200);
    const draftGoal = (await behind(lina, "bodyId=bun")).find((g) => g.id === "2026-bun-1");
    expect(draftGoal).toMatchObject({ assessment: "notAssessed", reportStatus: "draft" });

    const submitted = await t.h.request("POST", "/api/reports/2026/interim2/bun/submit", {
      token: lina,
      body,
      headers: { "if-match": draft.json.etag },
    });
    expect(submitted.status).toBe(200);
    const after = await overview(lina);
    const bun = (after.json.rows as Row[]).find((r) => r.bodyId === "bun");
    expect(bun?.counts).toEqual({ fulfilled: 1, partlyFulfilled: 0, notFulfilled: 1, notAssessed: 1 });
    expect(bun?.cells.find((c) => c.areaId === "barn-och-unga")?.counts).toEqual({
      fulfilled: 0,
      partlyFulfilled: 0,
      notFulfilled: 1,
      notAssessed: 1,
    });
    // What changed: the goal that fell furthest first.
    expect(after.json.changes.total).toBeGreaterThan(0);
    expect(after.json.changes.goals[0]).toMatchObject({
      id: "2026-bun-1",
      assessment: "notFulfilled",
      previous: "partlyFulfilled",
      reportStatus: "submitted",
    });
    // The cell "Barn och unga" of BUN, and its count of not fulfilled, open the same goal.
    const cell = await behind(lina, "planYearId=2026&periodId=interim2&bodyId=bun&areaId=barn-och-unga");
    expect(cell.map((g) => g.id).sort()).toEqual(["2026-bun-1", "2026-norrmalm-1"]);
    expect((await behind(lina, "bodyId=bun&assessment=notFulfilled")).map((g) => g.id)).toEqual(["2026-bun-1"]);
    expect(await behind(lina, "bodyId=bun&withoutArea=true")).toEqual([]);
    expect(after.json.missingReports.map((r: { ownerScopeId: string }) => r.ownerScopeId)).toEqual(["norrmalmskolan", "socn"]);
  });

  it("shows a chosen plan year and period, and refuses one that does not exist with 404", async () => {
    const erik = await t.h.tokenFor(pitea, "erik.nilsson");
    const first = await overview(erik, "?planYearId=2026&periodId=interim1");
    expect(first.json).toMatchObject({ period: { id: "interim1" }, previousPeriodId: null });
    expect((first.json.rows as Row[]).find((r) => r.bodyId === "socn")?.counts.notFulfilled).toBe(1);
    expect((await overview(erik, "?planYearId=2019")).status).toBe(404);
    expect((await overview(erik, "?periodId=m13")).status).toBe(404);
    const bad = await overview(erik, "?periodId=%3Cscript%3E");
    expect(bad.status).toBe(400);
    expect((await overview(erik, "?colour=red")).status).toBe(400);
    for (const query of [
      "",
      "bodyId=bun&areaId=barn-och-unga&withoutArea=true",
      "bodyId=bun&assessment=red",
      "bodyId=bun&withoutArea=yes",
    ]) {
      expect((await t.h.request("GET", `/api/overview/goals?${query}`, { token: erik })).status, query).toBe(400);
    }
    expect((await t.h.request("GET", "/api/overview/goals?bodyId=bun&planYearId=2019", { token: erik })).status).toBe(404);
  });

  it("answers each municipality its own goals only", async () => {
    const other = await overview(await t.h.tokenFor(alvdala, "ali.hassan"));
    expect(other.status).toBe(200);
    expect((other.json.rows as Row[]).map((r) => r.bodyId)).not.toContain("bun");
    // Asking for another municipality's committee finds nothing of it.
    const ali = await t.h.tokenFor(alvdala, "ali.hassan");
    expect(await behind(ali, "bodyId=bun")).toEqual([]);
    expect(await behind(ali, "bodyId=socn")).toEqual([]);
  });
});
