import { describe, expect, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

// `npm start` dates the demo to today: a fresh start shows one owner late (the walkthrough's), not every one.
const t = useHarness({ demoAsOf: "2026-12-02" });

const status = async (periodId: string) =>
  (await t.h.request("GET", `/api/plan-years/2026/periods/${periodId}/status`, { token: t.admin })).json.rows as {
    ownerScopeId: string;
    status: string;
    overdue: boolean;
  }[];

describe("the demo as of today (issue 11)", () => {
  it("has every report past its deadline in but BUN's latest interim report, which the README's walkthrough reminds", async () => {
    const interim2 = await status("interim2");
    expect(interim2.length).toBeGreaterThan(1);
    expect(interim2.filter((r) => r.overdue).map((r) => r.ownerScopeId)).toEqual(["bun"]);
    expect(interim2.find((r) => r.ownerScopeId === "socn")?.status).toBe("approved");
    expect((await status("interim1")).filter((r) => r.overdue)).toEqual([]);
  });

  it("leaves what is not yet due as it was: November's monthly report and the annual report are still to come", async () => {
    const annual = await status("annual");
    expect(annual.every((r) => !r.overdue && (r.status === "notStarted" || r.status === "draft"))).toBe(true);
    const november = await status("m11");
    expect(november.every((r) => r.status !== "approved")).toBe(true);
    expect(t.h.logs.some((l) => /Demo dated to 2026-12-02: \d+ report/.test(l))).toBe(true);
  });

  it("is the fixed demo for the test suites, which leave the date out", () => {
    expect(pitea.planYears?.find((y) => y.year === 2026)?.reports?.some((r) => r.periodId === "interim2")).toBe(false);
  });
});
