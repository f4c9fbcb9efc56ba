import { describe, expect, it } from "vitest";
import { addDays, stockholmDate } from "../shared/dates.js";
import type { Principal } from "../shared/principal.js";
import {
  assertCalendar,
  assertNotLocked,
  assertReportContent,
  assertReturnNote,
  assertSubmittable,
  defaultCalendar,
  expectsReport,
  indicatorStatus,
  isDue,
  missingForSubmit,
  nextStatus,
  type OrgUnitLike,
  permissionsFor,
  reportRoles,
  roleFor,
} from "./reporting-rules.js";

const reasons = (fn: () => void): string[] => {
  try {
    fn();
    return [];
  } catch (error) {
    return (error as { details: { reason: string }[] }).details.map((d) => d.reason);
  }
};

describe("the reporting calendar", () => {
  it("computes dates in Europe/Stockholm, not UTC", () => {
    expect(stockholmDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(stockholmDate(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
    expect(stockholmDate(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
  });

  it("starts a year with monthly reports, two interim reports and the annual report, each with a deadline after it ends", () => {
    const periods = defaultCalendar(2026);
    expect(periods.map((p) => p.id)).toEqual(["m02", "m03", "interim1", "m05", "m06", "interim2", "m09", "m10", "m11", "annual"]);
    expect(periods.find((p) => p.id === "m02")).toEqual({ id: "m02", kind: "month", endsOn: "2026-02-28", deadline: "2026-03-10" });
    expect(periods.find((p) => p.id === "annual")?.deadline).toBe("2027-02-15");
    for (const p of periods) expect(p.deadline > p.endsOn).toBe(true);
    expect(reasons(() => assertCalendar(2026, periods))).toEqual([]);
  });

  it("refuses a calendar with a repeated period, a period outside the year, or not exactly one annual report", () => {
    const base = defaultCalendar(2026);
    expect(reasons(() => assertCalendar(2026, [...base, { ...base[0], id: "m02" } as (typeof base)[0]]))).toContain("duplicate_period");
    expect(reasons(() => assertCalendar(2027, base))).toContain("period_outside_year");
    expect(
      reasons(() =>
        assertCalendar(
          2026,
          base.filter((p) => p.kind !== "annual"),
        ),
      ),
    ).toEqual(["one_annual_report"]);
  });

  it("refuses every step in a locked period", () => {
    expect(reasons(() => assertNotLocked({ id: "interim1", lockedAt: "2026-06-01T00:00:00Z" }))).toEqual(["period_locked"]);
    expect(reasons(() => assertNotLocked({ id: "interim1", lockedAt: null }))).toEqual([]);
  });
});

describe("what is due", () => {
  it("asks monthly indicators every period, interim ones at interim and year end, yearly ones at year end", () => {
    expect([isDue("month", "month"), isDue("month", "interim"), isDue("month", "annual")]).toEqual([true, true, true]);
    expect([isDue("interim", "month"), isDue("interim", "interim"), isDue("interim", "annual")]).toEqual([false, true, true]);
    expect([isDue("year", "month"), isDue("year", "interim"), isDue("year", "annual")]).toEqual([false, false, true]);
  });

  const committee = { kind: "committee" as const, pathKinds: ["municipality", "council", "committee"] as const };
  const company = { kind: "company" as const, pathKinds: ["municipality", "council", "company"] as const };
  it("expects no report for council goals (rolled up) or owners without goals", () => {
    expect(expectsReport({ kind: "council", pathKinds: ["municipality", "council"] }, "interim", 4, [])).toBe(false);
    expect(expectsReport(committee, "interim", 0, [])).toBe(false);
    expect(expectsReport(committee, "interim", 2, [])).toBe(true);
  });
  it("asks for a monthly report only where a monthly indicator is due, and never from a company", () => {
    expect(expectsReport(committee, "month", 2, [{ periodicity: "interim" }])).toBe(false);
    expect(expectsReport(committee, "month", 2, [{ periodicity: "month" }])).toBe(true);
    expect(expectsReport(company, "month", 2, [{ periodicity: "month" }])).toBe(false);
    expect(expectsReport(company, "annual", 2, [])).toBe(true);
  });
});

const units = new Map<string, OrgUnitLike>(
  [
    { id: "pitea", kind: "municipality", path: ["pitea"] },
    { id: "kf", kind: "council", path: ["pitea", "kf"] },
    { id: "bun", kind: "committee", path: ["pitea", "kf", "bun"] },
    { id: "buf", kind: "department", path: ["pitea", "kf", "bun", "buf"], servesCommitteeIds: ["bun"] },
    { id: "skola", kind: "unit", path: ["pitea", "kf", "bun", "buf", "skola"] },
    { id: "pitebo", kind: "company", path: ["pitea", "kf", "pitebo"] },
  ].map((u) => [u.id, { active: true, ...u } as OrgUnitLike]),
);
const who = (...assignments: { role: Principal["assignments"][number]["role"]; scopeId: string }[]): Principal => ({
  tenantId: "t",
  userId: "u",
  name: "U",
  person: { id: "u", name: "U", mail: "u@x", active: true },
  assignments: assignments.map((a) => ({ ...a, scopePath: units.get(a.scopeId)?.path ?? [] })),
});
const bun = units.get("bun") as OrgUnitLike;
const pitebo = units.get("pitebo") as OrgUnitLike;

describe("who reports, approves and reviews", () => {
  it("lets a reporter on the owner report, and nothing else", () => {
    expect(reportRoles(who({ role: "reporter", scopeId: "bun" }), bun, units)).toEqual({ report: true, approve: false, review: false });
    expect(reportRoles(who({ role: "reporter", scopeId: "skola" }), bun, units)).toEqual({
      report: false,
      approve: false,
      review: false,
    });
  });
  it("lets the head of the department serving a committee report on and approve the committee's report", () => {
    expect(reportRoles(who({ role: "departmentHead", scopeId: "buf" }), bun, units)).toEqual({
      report: true,
      approve: true,
      review: false,
    });
  });
  it("lets the committee's chair review, not approve", () => {
    expect(reportRoles(who({ role: "chair", scopeId: "bun" }), bun, units)).toEqual({ report: false, approve: false, review: true });
    expect(reportRoles(who({ role: "chair", scopeId: "bun" }), units.get("skola") as OrgUnitLike, units).review).toBe(true);
  });
  it("lets administrators approve only where no department serves the owner (a company)", () => {
    const admin = who({ role: "administrator", scopeId: "pitea" });
    expect(reportRoles(admin, bun, units).approve).toBe(false);
    expect(reportRoles(admin, pitebo, units).approve).toBe(true);
    expect(reportRoles(admin, bun, units).report).toBe(true);
  });
  it("gives an inactive person nothing", () => {
    const p = { ...who({ role: "administrator", scopeId: "pitea" }), person: { id: "u", name: "U", mail: "u@x", active: false } };
    expect(reportRoles(p, bun, units)).toEqual({ report: false, approve: false, review: false });
  });
});

describe("the status flow", () => {
  it("goes not started → submitted → approved → reviewed", () => {
    expect(nextStatus("notStarted", "submit")).toBe("submitted");
    expect(nextStatus("draft", "submit")).toBe("submitted");
    expect(nextStatus("submitted", "approve")).toBe("approved");
    expect(nextStatus("approved", "review")).toBe("reviewed");
  });
  it("lets the approver or the chair return a report to draft, with a note", () => {
    expect(nextStatus("submitted", "return")).toBe("draft");
    expect(nextStatus("approved", "return")).toBe("draft");
    expect(roleFor("return", "submitted")).toBe("approve");
    expect(roleFor("return", "approved")).toBe("review");
    expect(reasons(() => assertReturnNote("return", ""))).toEqual(["note_required"]);
    expect(reasons(() => assertReturnNote("approve", ""))).toEqual([]);
  });
  it("refuses skipped or repeated steps", () => {
    expect(reasons(() => nextStatus("draft", "approve"))).toEqual(["invalid_transition"]);
    expect(reasons(() => nextStatus("submitted", "review"))).toEqual(["invalid_transition"]);
    expect(reasons(() => nextStatus("reviewed", "return"))).toEqual(["invalid_transition"]);
    expect(reasons(() => nextStatus("submitted", "submit"))).toEqual(["invalid_transition"]);
  });
  it("offers only what the caller may do now, and nothing in a locked period", () => {
    const all = { report: true, approve: true, review: true };
    expect(permissionsFor(all, "draft", false)).toEqual({ edit: true, submit: true, approve: false, review: false, return: false });
    expect(permissionsFor(all, "submitted", false)).toEqual({ edit: false, submit: false, approve: true, review: false, return: true });
    expect(permissionsFor(all, "approved", true)).toEqual({ edit: false, submit: false, approve: false, review: false, return: false });
  });
});

const goals = [{ id: "g1" }, { id: "g2" }];
const indicator = (over: object = {}) => ({
  id: "i1",
  unit: "%",
  periodicity: "interim" as const,
  splitByGender: true,
  range: { min: 0, max: 100 },
  source: { kind: "manual" as const },
  ...over,
});
const assessment = (a: "fulfilled" | "partlyFulfilled" | "notFulfilled" | "notAssessed", analysis = "") => ({
  assessment: a,
  analysis,
  actions: "",
  evidence: [],
});
const outcome = (total: number | null, women: number | null = null, men: number | null = null, unit?: string) => ({
  total,
  women,
  men,
  comment: "",
  ...(unit === undefined ? {} : { unit }),
});

describe("what a report may hold", () => {
  const check = (body: object, kind: "month" | "interim" = "interim", indicators = [indicator()]) =>
    reasons(() => assertReportContent({ assessments: {}, outcomes: {}, ...body }, kind, goals, indicators));

  it("accepts assessments of the owner's goals and outcomes of its due indicators", () => {
    expect(check({ assessments: { g1: assessment("fulfilled") }, outcomes: { i1: outcome(80, 82, 78, "%") } })).toEqual([]);
  });
  it("requires an analysis when a goal is not fulfilled", () => {
    expect(check({ assessments: { g1: assessment("notFulfilled") } })).toEqual(["analysis_required"]);
    expect(check({ assessments: { g1: assessment("notFulfilled", "Personalbrist under våren.") } })).toEqual([]);
  });
  it("refuses goals and indicators of other owners, and indicators not due", () => {
    expect(check({ assessments: { other: assessment("fulfilled") }, outcomes: { other: outcome(1) } })).toEqual([
      "unknown_goal",
      "unknown_indicator",
    ]);
    expect(check({ outcomes: { i1: outcome(1) } }, "month")).toEqual(["indicator_not_due"]);
    expect(check({ assessments: { g1: assessment("fulfilled") } }, "month")).toEqual(["assessment_not_asked"]);
  });
  it("refuses values outside the range, the wrong unit, and a gender split the indicator does not have", () => {
    expect(check({ outcomes: { i1: outcome(101, -1, 50) } })).toEqual(["value_outside_range", "value_outside_range"]);
    expect(check({ outcomes: { i1: outcome(50, null, null, "antal") } })).toEqual(["unit_mismatch"]);
    expect(check({ outcomes: { i1: outcome(50, 40, 60) } }, "interim", [indicator({ splitByGender: false })])).toEqual([
      "not_split_by_gender",
    ]);
  });
});

describe("what a report needs before it is submitted", () => {
  it("names every goal without an assessment and every manual indicator without its values", () => {
    const missing = missingForSubmit(
      { assessments: { g1: assessment("notAssessed") }, outcomes: { i1: outcome(80, null, 78) } },
      "interim",
      goals,
      [indicator(), indicator({ id: "k1", source: { kind: "kolada" } })],
    );
    expect(missing).toEqual([
      { path: "report.assessments.g2", reason: "assessment_missing" },
      { path: "report.outcomes.i1", reason: "outcome_missing" },
    ]);
  });
  it("asks no goal assessments in a monthly report", () => {
    expect(missingForSubmit({ assessments: {}, outcomes: {} }, "month", goals, [indicator({ periodicity: "year" })])).toEqual([]);
    expect(reasons(() => assertSubmittable({ assessments: {}, outcomes: {} }, "interim", goals, []))).toEqual([
      "assessment_missing",
      "assessment_missing",
    ]);
  });
});

describe("indicator status", () => {
  it("follows the target in the indicator's direction", () => {
    expect(indicatorStatus({ direction: "higherIsBetter", target: 90 }, 90)).toBe("onTrack");
    expect(indicatorStatus({ direction: "higherIsBetter", target: 90 }, 89.9)).toBe("offTrack");
    expect(indicatorStatus({ direction: "lowerIsBetter", target: 12 }, 11)).toBe("onTrack");
    expect(indicatorStatus({ direction: "lowerIsBetter", target: 12 }, 13)).toBe("offTrack");
    expect(indicatorStatus({ direction: "lowerIsBetter", target: null }, 13)).toBe("noTarget");
    expect(indicatorStatus({ direction: "lowerIsBetter", target: 12 }, null)).toBe("noValue");
  });
});
