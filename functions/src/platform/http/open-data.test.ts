import type { PublicResults } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import { publicResultsCsv } from "./open-data.js";

const results: PublicResults = {
  municipality: "Piteå kommun",
  planYear: 2026,
  planYears: [2026],
  vision: "v",
  publishedAt: "2026-11-23T00:00:00.000Z",
  license: "CC0 1.0",
  periods: [{ id: "interim1", kind: "interim", endsOn: "2026-04-30" }],
  goals: [
    {
      id: "g1",
      title: '=HYPERLINK("x"), "quoted"',
      level: "Nämndens mål",
      owner: "Socialnämnden",
      area: null,
      parentGoalIds: [],
      assessments: [{ periodId: "interim1", assessment: "partlyFulfilled" }],
    },
  ],
  indicators: [
    {
      id: "i1",
      goalId: "g1",
      title: "Andel, %",
      unit: "%",
      direction: "higherIsBetter",
      target: 90,
      outcomes: [{ periodId: "interim1", total: -1.5, women: null, men: 2 }],
    },
  ],
};

describe("open data CSV", () => {
  it("writes RFC 4180 with a BOM, quotes every cell and defuses formulas", () => {
    const goals = publicResultsCsv(results, "goals");
    expect(goals.startsWith('\ufeff"plan_year","period","period_end","goal_id","goal","level","owner","area","assessment"\r\n')).toBe(true);
    expect(goals).toContain(
      `"2026","interim1","2026-04-30","g1","'=HYPERLINK(""x""), ""quoted""","Nämndens mål","Socialnämnden",,"partlyFulfilled"\r\n`,
    );
  });

  it("keeps numbers as written, negative ones too, and leaves a missing value empty", () => {
    const indicators = publicResultsCsv(results, "indicators");
    expect(indicators).toContain(
      '"2026","interim1","2026-04-30","Socialnämnden","g1","i1","Andel, %","%","higherIsBetter","90","-1.5",,"2"\r\n',
    );
  });

  it("defuses a formula behind a ; or a , too, where Swedish Excel or another dialect would start a cell there", () => {
    const injected = {
      ...results,
      goals: [{ ...(results.goals[0] as PublicResults["goals"][number]), title: "Trygghet;=cmd|' /C calc'!A0" }],
    };
    const goals = publicResultsCsv(injected, "goals");
    expect(goals).toContain(`"Trygghet;'=cmd|' /C calc'!A0"`);
    const others = ["a, +1", "b;@SUM(A1)", "c,\t=1", "d; -2+3"].map((title) =>
      publicResultsCsv({ ...results, goals: [{ ...(results.goals[0] as PublicResults["goals"][number]), title }] }, "goals"),
    );
    expect(others[0]).toContain(`"a,' +1"`);
    expect(others[1]).toContain(`"b;'@SUM(A1)"`);
    expect(others[2]).toContain(`"c,'\t=1"`);
    expect(others[3]).toContain(`"d;' -2+3"`);
    // Every cell of every row, split under either dialect, starts with no formula character.
    for (const csv of [goals, ...others]) {
      for (const row of csv.slice(1).trimEnd().split("\r\n")) {
        for (const part of row.split(/[;,]/)) expect(part.replace(/^"/, "")).not.toMatch(/^ *[=+@\t\r]/);
      }
    }
  });
});
