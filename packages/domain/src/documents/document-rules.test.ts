import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../shared/dates.js";
import { alertKey, alertThresholds, defaultValidUntil, dueAlert, effectiveStatus, isoWeek } from "./document-rules.js";

describe("a governing document's status", () => {
  it("is expired from the day after its valid-until date, and only when adopted", () => {
    expect(effectiveStatus("adopted", "2019-12-31", "2019-12-31")).toBe("adopted");
    expect(effectiveStatus("adopted", "2019-12-31", "2020-01-01")).toBe("expired");
    expect(effectiveStatus("inRevision", "2019-12-31", "2020-01-01")).toBe("inRevision");
    expect(effectiveStatus("repealed", "2019-12-31", "2020-01-01")).toBe("repealed");
    expect(effectiveStatus("adopted", null, "2099-01-01")).toBe("adopted");
  });
});

describe("default valid-until", () => {
  it("runs a number of years to the year's end", () => {
    expect(defaultValidUntil("2017-02-13", { kind: "years", years: 2 })).toBe("2019-12-31");
  });

  it("runs to the end of the mandate period, or the next one when less than a year is left", () => {
    expect(defaultValidUntil("2023-03-01", { kind: "mandatePeriods", periods: 1 })).toBe("2026-10-14");
    expect(defaultValidUntil("2026-02-01", { kind: "mandatePeriods", periods: 1 })).toBe("2030-10-14");
    expect(defaultValidUntil("2026-11-23", { kind: "mandatePeriods", periods: 1 })).toBe("2030-10-14");
    expect(defaultValidUntil("2026-11-23", { kind: "mandatePeriods", periods: 2 })).toBe("2034-10-14");
    expect(defaultValidUntil("2022-10-14", { kind: "mandatePeriods", periods: 1 })).toBe("2026-10-14");
  });

  it("always gives at least a year", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2022-01-01"), max: new Date("2060-12-31"), noInvalidDate: true }), (d) => {
        const adopted = d.toISOString().slice(0, 10);
        expect(defaultValidUntil(adopted, { kind: "mandatePeriods", periods: 1 }) >= addDays(adopted, 365)).toBe(true);
      }),
    );
  });
});

describe("revision alerts (QUALITY-BAR 12)", () => {
  const doc = { id: "kvalitetspolicy", version: 5, validUntil: "2027-06-30" };

  it("alerts at 180, 90 and 30 days and on the day it expires", () => {
    expect(dueAlert(doc, addDays(doc.validUntil, -181), new Set())).toBeNull();
    expect(dueAlert(doc, addDays(doc.validUntil, -180), new Set())).toEqual({
      threshold: 180,
      daysLeft: 180,
      keys: ["kvalitetspolicy.v5.180"],
    });
    expect(
      dueAlert(doc, doc.validUntil, new Set(["kvalitetspolicy.v5.180", "kvalitetspolicy.v5.90", "kvalitetspolicy.v5.30"])),
    ).toMatchObject({
      threshold: 0,
      keys: ["kvalitetspolicy.v5.0"],
    });
  });

  it("settles every missed threshold with one alert for the most urgent after a job that did not run", () => {
    expect(dueAlert(doc, addDays(doc.validUntil, -20), new Set())).toEqual({
      threshold: 30,
      daysLeft: 20,
      keys: ["kvalitetspolicy.v5.180", "kvalitetspolicy.v5.90", "kvalitetspolicy.v5.30"],
    });
  });

  it("alerts a new version anew", () => {
    const alerted = new Set(alertThresholds.map((t) => alertKey(doc.id, 5, t)));
    expect(dueAlert({ ...doc, version: 6 }, doc.validUntil, alerted)?.keys).toHaveLength(4);
  });

  it("across a simulated year, with runs skipped or repeated at random, alerts each threshold once and never skips the most urgent", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 400, maxLength: 400 }), (runsPerDay) => {
        const alerted = new Set<string>();
        const sent: number[] = [];
        let day = addDays(doc.validUntil, -200);
        for (const runs of runsPerDay) {
          for (let r = 0; r < runs; r++) {
            const due = dueAlert(doc, day, alerted);
            if (!due) continue;
            for (const k of due.keys) {
              expect(alerted.has(k)).toBe(false);
              alerted.add(k);
            }
            sent.push(due.threshold);
          }
          day = addDays(day, 1);
        }
        // Each message is more urgent than the last; once the job has run past valid-until, the expiry was alerted.
        expect([...sent].sort((a, b) => b - a)).toEqual(sent);
        expect(new Set(sent).size).toBe(sent.length);
        const ranAfterExpiry = runsPerDay.some((runs, i) => runs > 0 && addDays(doc.validUntil, i - 200) >= doc.validUntil);
        if (ranAfterExpiry) expect(sent.at(-1)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe("ISO weeks", () => {
  it("numbers weeks from Monday, the first containing a Thursday", () => {
    expect(isoWeek("2026-11-23")).toBe("2026-W48");
    expect(isoWeek("2026-11-29")).toBe("2026-W48");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
  });
});
