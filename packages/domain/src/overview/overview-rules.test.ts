import { describe, expect, it } from "vitest";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { assessmentPeriods, bodyOf, countInto, currentPeriod, currentPlanYear, noCounts, reportedAssessment } from "./overview-rules.js";

const period = (id: string, kind: ReportingPeriod["kind"], endsOn: string): ReportingPeriod => ({
  id,
  kind,
  endsOn,
  deadline: endsOn,
  lockedAt: null,
  lockedBy: null,
});

describe("the overview's rules", () => {
  const kinds: Record<string, "council" | "committee" | "department" | "unit" | "municipality"> = {
    pitea: "municipality",
    kf: "council",
    bun: "committee",
    buf: "department",
    skola: "unit",
  };
  const kindOf = (id: string) => kinds[id];

  it("puts a goal in the row of the committee its owner answers to, and none for the council's own", () => {
    expect(bodyOf(["pitea", "kf", "bun", "buf", "skola"], kindOf)).toBe("bun");
    expect(bodyOf(["pitea", "kf", "bun"], kindOf)).toBe("bun");
    expect(bodyOf(["pitea", "kf"], kindOf)).toBeNull();
  });

  it("counts an assessment only once the report is submitted", () => {
    const assessments = { g1: { assessment: "fulfilled" as const } };
    expect(reportedAssessment({ status: "draft", assessments }, "g1")).toBe("notAssessed");
    expect(reportedAssessment({ status: "submitted", assessments }, "g1")).toBe("fulfilled");
    expect(reportedAssessment({ status: "reviewed", assessments }, "g2")).toBe("notAssessed");
    expect(reportedAssessment(undefined, "g1")).toBe("notAssessed");
    expect(countInto(countInto(noCounts(), "notFulfilled"), "notFulfilled")).toEqual({
      fulfilled: 0,
      partlyFulfilled: 0,
      notFulfilled: 2,
      notAssessed: 0,
    });
  });

  it("shows the latest period that has ended, of those that carry goal assessments", () => {
    const periods = assessmentPeriods([
      period("annual", "annual", "2026-12-31"),
      period("m1", "month", "2026-01-31"),
      period("interim1", "interim", "2026-04-30"),
      period("interim2", "interim", "2026-08-31"),
    ]);
    expect(periods.map((p) => p.id)).toEqual(["interim1", "interim2", "annual"]);
    expect(currentPeriod(periods, "2026-09-15")?.id).toBe("interim2");
    expect(currentPeriod(periods, "2026-02-01")?.id).toBe("interim1");
  });

  it("shows this year's plan year, or the newest before it", () => {
    const years = [{ year: 2025 }, { year: 2027 }, { year: 2026 }];
    expect(currentPlanYear(years, "2026-12-02")?.year).toBe(2026);
    expect(currentPlanYear([{ year: 2025 }], "2026-12-02")?.year).toBe(2025);
    expect(currentPlanYear([{ year: 2030 }], "2026-12-02")?.year).toBe(2030);
  });
});
