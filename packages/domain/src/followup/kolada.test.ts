import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.js";
import { benchmark, median, mergePoints, parseKoladaPage } from "./kolada.js";

const row = (kpi: string, municipality: string, period: number, values: { gender: string; value: number | null }[]) => ({
  kpi,
  municipality,
  period,
  values: values.map((v) => ({ count: 1, status: "", isdeleted: false, ...v })),
});

describe("Kolada v3 data (rule kolada-median-rank-v1)", () => {
  it("reads values per KPI with total, women and men, and tolerates fields it does not use", () => {
    const page = {
      count: 2,
      next_page: null,
      values: [
        row("N15419", "2581", 2024, [
          { gender: "K", value: 86 },
          { gender: "M", value: 90 },
          { gender: "T", value: 88 },
        ]),
        { ...row("U21468", "2581", 2024, [{ gender: "T", value: null }]), extra: "new field" },
      ],
    };
    const byKpi = parseKoladaPage(page);
    expect(byKpi.get("N15419")).toEqual([{ municipalityId: "2581", year: 2024, total: 88, women: 86, men: 90 }]);
    expect(byKpi.get("U21468")).toEqual([{ municipalityId: "2581", year: 2024, total: null, women: null, men: null }]);
  });

  it("reads past groups' averages and units' rows, and takes values given as text, without refusing the page", () => {
    const page = {
      values: [
        row("N15419", "2581", 2024, [{ gender: "T", value: 88 }]),
        row("N15419", "G33409", 2024, [{ gender: "T", value: 80 }]),
        { kpi: "N15419", ou: "V15E258100101", period: 2024, values: [{ gender: "T", value: 91, count: 1 }] },
        {
          kpi: "N15419",
          municipality: "2480",
          period: 2024,
          values: [
            { gender: "T", value: "84.5" },
            { gender: "K", value: "83,5" },
            { gender: "M", value: "" },
          ],
        },
      ],
    };
    const points = parseKoladaPage(page).get("N15419");
    expect(points).toEqual([
      { municipalityId: "2581", year: 2024, total: 88, women: null, men: null },
      { municipalityId: "2480", year: 2024, total: 84.5, women: 83.5, men: null },
    ]);
  });

  it("refuses a malformed file as a whole, naming each problem", () => {
    const bad = {
      values: [row("X1", "25", 2024, [{ gender: "T", value: 1 }]), { kpi: "N15419", municipality: "2581", period: "2024", values: [] }],
    };
    try {
      parseKoladaPage(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const details = (e as DomainError).details;
      expect(details.every((d) => d.reason === "kolada_malformed")).toBe(true);
      expect(details.map((d) => d.path)).toEqual(
        expect.arrayContaining(["body.document.values.0.kpi", "body.document.values.0.municipality", "body.document.values.1.period"]),
      );
    }
    for (const notKolada of [null, [], "text", { count: 1 }, { values: [{ kpi: "N15419" }] }]) {
      expect(() => parseKoladaPage(notKolada)).toThrow(DomainError);
    }
  });

  it("lets a later import replace the same municipality and year", () => {
    const a = { municipalityId: "2581", year: 2024, total: 1, women: null, men: null };
    const b = { municipalityId: "2581", year: 2024, total: 2, women: null, men: null };
    const c = { municipalityId: "2580", year: 2023, total: 3, women: null, men: null };
    expect(mergePoints([a, c], [b])).toEqual([c, b]);
  });

  it("takes the median of odd and even groups", () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("ranks the own value in the group by direction, ties sharing a rank, and counts only municipalities with a value", () => {
    const p = (municipalityId: string, total: number | null, year = 2024) => ({ municipalityId, year, total, women: null, men: null });
    const points = [p("2581", 15), p("2580", 14), p("2582", 17), p("2482", 15), p("2514", null), p("0180", 1), p("2581", 16, 2023)];
    const group = ["2580", "2582", "2482", "2514"];
    const lower = benchmark(points, "2581", group, "lowerIsBetter");
    expect(lower).toEqual([
      { year: 2023, own: 16, median: 16, rank: 1, of: 1 },
      { year: 2024, own: 15, median: 15, rank: 2, of: 4 },
    ]);
    const higher = benchmark(points, "2581", group, "higherIsBetter");
    expect(higher[1]).toMatchObject({ rank: 2, of: 4 });
    expect(benchmark([p("2580", 14)], "2581", group, "higherIsBetter")).toEqual([{ year: 2024, own: null, median: 14, rank: null, of: 1 }]);
  });
});
