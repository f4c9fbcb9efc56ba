import { describe, expect, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

// `npm start` dates the demo to today: a fresh start shows one owner late (the walkthrough's), not every one.
const clock = { now: () => new Date("2026-12-02T09:00:00Z") };
const t = useHarness({ demoAsOf: "2026-12-02", clock });

const status = async (periodId: string) =>
  (await t.h.request("GET", `/api/plan-years/2026/periods/${periodId}/status`, { token: t.admin })).json.rows as {
    ownerScopeId: string;
    status: string;
    overdue: boolean;
  }[];

describe("the demo as of today (issue 11)", () => {
  it("has every report past its deadline in but Norrmalmskolan's latest interim report, which the README's walkthrough reminds", async () => {
    const interim2 = await status("interim2");
    expect(interim2.length).toBeGreaterThan(1);
    expect(interim2.filter((r) => r.overdue).map((r) => r.ownerScopeId)).toEqual(["norrmalmskolan"]);
    expect(interim2.find((r) => r.ownerScopeId === "socn")?.status).toBe("approved");
    // BUN's is approved by its department and waits for BUN's meeting next week (issue 16).
    expect(interim2.find((r) => r.ownerScopeId === "bun")?.status).toBe("approved");
    expect((await status("interim1")).filter((r) => r.overdue)).toEqual([]);
  });

  it("leaves what is not yet due as it was: November's monthly report and the annual report are still to come", async () => {
    const annual = await status("annual");
    expect(annual.every((r) => !r.overdue && (r.status === "notStarted" || r.status === "draft"))).toBe(true);
    const november = await status("m11");
    expect(november.every((r) => r.status !== "approved")).toBe(true);
    expect(t.h.logs.some((l) => /Demo dated to 2026-12-02: \d+ report/.test(l))).toBe(true);
  });

  it("proposes for BUN's meeting next week its interim report, a guideline to adopt, the control results with a deviation and the open assignment (issue 16)", async () => {
    const sofia = await t.h.tokenFor(pitea, "sofia.nystrom");
    const proposal = (await t.h.request("GET", "/api/meetings/pitea-bun-next/proposal", { token: sofia })).json.items as {
      key: string;
      title: string;
      summary: string;
    }[];
    expect(proposal.map((p) => p.key)).toEqual(
      expect.arrayContaining([
        "reportReview:2026.interim2.bun",
        "documentAdopt:riktlinje-studiero",
        "controlResults:2026.interim1.bun",
        "openAssignment:pitea-bun-last-uppdrag",
      ]),
    );
    expect(proposal.find((p) => p.key === "controlResults:2026.interim1.bun")?.summary).toMatch(/\d+ med avvikelse/);
    // The late report of the walkthrough is not ready for BUN.
    expect(proposal.some((p) => p.key.startsWith("reportReview:2026.interim2.norrmalmskolan"))).toBe(false);
  });

  it("has the steering group of chairs and chief officers meeting three weeks ahead (issue 16)", async () => {
    const karin = await t.h.tokenFor(pitea, "karin.lund");
    const list = (await t.h.request("GET", "/api/meetings?bodyId=styrgruppen", { token: karin })).json;
    expect(list.meetings.map((m: { id: string; date: string }) => [m.id, m.date])).toEqual([
      ["pitea-styrgrupp-last", "2025-12-08"],
      ["pitea-styrgrupp-next", "2026-12-23"],
    ]);
    const next = (await t.h.request("GET", "/api/meetings/pitea-styrgrupp-next", { token: karin })).json;
    expect(next).toMatchObject({ bodyName: "Styrgruppen för styrning och kvalitet", secretaryName: "Anna Lind", canPlan: true });
  });

  it("is the fixed demo for the test suites, which leave the date out", () => {
    expect(pitea.planYears?.find((y) => y.year === 2026)?.reports?.some((r) => r.periodId === "interim2")).toBe(false);
  });
});
