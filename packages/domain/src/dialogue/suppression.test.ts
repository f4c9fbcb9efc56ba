import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { possibleValues, recoverableCells, type SuppressedBreakdown, scaleMean, suppressBreakdown } from "./suppression.js";

const scale = [2, 4, 6, 8] as const;
const kinds = (p: SuppressedBreakdown) => p.cells.map((c) => (c.kind === "shown" ? c.value : c.kind));

/**
 * The attacker: everything published (the total, the cells shown, each withheld cell's label,
 * the mean to one decimal), and the brute force of every assignment of the withheld cells
 * that fits. A withheld cell is recovered when exactly one value fits.
 */
function bruteForceRecovered(p: SuppressedBreakdown, values?: readonly number[]): number[] {
  if (p.withheld) return [];
  const cap = p.total ?? 4;
  const totals = p.total === null ? [0, 1, 2, 3, 4] : [p.total];
  const seen = p.cells.map(() => new Set<number>());
  const ranges = p.cells.map((c) => (c.kind === "shown" ? [c.value, c.value] : c.kind === "fewerThan5" ? [0, Math.min(4, cap)] : [5, cap]));
  const walk = (i: number, left: number, acc: number[]): void => {
    const range = ranges[i];
    if (!range) {
      const meanFits = p.mean === null || !values || scaleMean(acc, values) === p.mean;
      if (left === 0 && meanFits) {
        for (const [j, v] of acc.entries()) seen[j]?.add(v);
      }
      return;
    }
    for (let v = range[0] as number; v <= Math.min(range[1] as number, left); v++) walk(i + 1, left - v, [...acc, v]);
  };
  for (const t of totals) walk(0, t, []);
  return p.cells.flatMap((c, i) => (c.kind !== "shown" && (seen[i]?.size ?? 0) < 2 ? [i] : []));
}

describe("small-cell suppression", () => {
  it("shows a breakdown without small cells as it is", () => {
    expect(suppressBreakdown([12, 30, 5, 8])).toEqual({
      cells: [12, 30, 5, 8].map((value) => ({ kind: "shown", value })),
      total: 55,
      mean: null,
      withheld: false,
    });
  });

  it("hides the smallest other cell beside a lone small one, so subtraction from the total gives nothing", () => {
    const p = suppressBreakdown([40, 38, 3, 9]);
    expect(kinds(p)).toEqual([40, 38, "fewerThan5", "hidden"]);
    expect(p.total).toBe(90);
    expect(recoverableCells(p)).toEqual([]);
  });

  it("hides one more where a small cell and its complement would still add up to one answer", () => {
    // 0 beside 5: total − shown = 5, and "0–4" + "5 or more" = 5 only as 0 + 5.
    const p = suppressBreakdown([0, 5, 20, 30]);
    expect(kinds(p)).toEqual(["fewerThan5", "hidden", "hidden", 30]);
    expect(recoverableCells(p)).toEqual([]);
  });

  it("leaves two small cells alone when each could still be several values", () => {
    expect(kinds(suppressBreakdown([2, 3, 50, 45]))).toEqual(["fewerThan5", "fewerThan5", 50, 45]);
  });

  it("marks a total of fewer than 5 as such, with every cell", () => {
    const p = suppressBreakdown([1, 2, 0]);
    expect(p).toMatchObject({ total: null, withheld: false });
    expect(kinds(p)).toEqual(["fewerThan5", "fewerThan5", "fewerThan5"]);
  });

  it("withholds a breakdown whose small cells are forced by the total however much is hidden", () => {
    // Two cells of 4 and a total of 8: both "0–4" cells must be 4.
    expect(suppressBreakdown([4, 4])).toEqual({ cells: [], total: 8, mean: null, withheld: true });
  });

  it("counts the mean of a question: a mean that pins the small cells down is withheld or more is hidden", () => {
    const counts = [3, 10, 10, 7];
    const p = suppressBreakdown(counts, scale);
    expect(bruteForceRecovered(p, scale)).toEqual([]);
    expect(p.cells[0]).toEqual({ kind: "fewerThan5" });
    expect(scaleMean(counts, scale)).toBe(5.4);
  });

  it("finds what a reader can work out: one value left is recovered", () => {
    const k = { total: 10, cells: [{ kind: "fewerThan5" }, { kind: "shown", value: 7 }] as const, mean: null };
    expect(possibleValues(k, 0)).toEqual([3]);
    expect(recoverableCells(k)).toEqual([0]);
  });

  it("property: no suppressed value of a breakdown can be recovered from the published totals and cells", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }), (counts) => {
        const p = suppressBreakdown(counts);
        expect(bruteForceRecovered(p)).toEqual([]);
        p.cells.forEach((c, i) => {
          if (c.kind === "shown") expect(c.value).toBe(counts[i]);
          if ((counts[i] ?? 0) < 5) expect(c.kind).not.toBe("shown");
        });
      }),
      { numRuns: 400 },
    );
  });

  it("property: nor from a question's distribution with its mean to one decimal", () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat({ max: 25 }), fc.nat({ max: 25 }), fc.nat({ max: 25 }), fc.nat({ max: 25 })), (counts) => {
        const p = suppressBreakdown(counts, scale);
        expect(bruteForceRecovered(p, scale)).toEqual([]);
        if (p.mean !== null) expect(p.mean).toBe(scaleMean(counts, scale));
      }),
      { numRuns: 300 },
    );
  });
});
