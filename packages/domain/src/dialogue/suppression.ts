// Small-cell suppression of a breakdown (participants by gender, age band or district; the
// answers to a question on the 2-4-6-8 scale). Pure functions.
//
// A cell with fewer than 5 respondents is published as "fewer than 5". Its value must not be
// recoverable from what is published beside it: the total, the cells shown, the labels
// (a reader knows a "fewer than 5" cell holds 0–4 and a cell hidden to protect it holds 5 or
// more) and, for a question, its mean to one decimal. So while any withheld cell could hold
// only one value, the smallest cell still shown is hidden too (complementary suppression);
// when nothing is left to hide, the mean is withheld, and last the whole breakdown.

/** The smallest number of respondents a cell may show. */
export const minimumCell = 5;

export type SuppressedCell =
  | { readonly kind: "shown"; readonly value: number }
  | { readonly kind: "fewerThan5" }
  /** Hidden so that a "fewer than 5" beside it cannot be worked out: holds 5 or more. */
  | { readonly kind: "hidden" };

export interface SuppressedBreakdown {
  /** The cells in the order given; empty when the whole breakdown is withheld. */
  readonly cells: readonly SuppressedCell[];
  /** The total, or null when it is itself fewer than 5. */
  readonly total: number | null;
  /** The mean of the scale values to one decimal, for a question; null when withheld or none. */
  readonly mean: number | null;
  /** True when no cell could be published safely. */
  readonly withheld: boolean;
}

/** The mean of `values` weighted by `counts`, to one decimal; null without respondents. */
export function scaleMean(counts: readonly number[], values: readonly number[]): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const sum = counts.reduce((acc, c, i) => acc + c * (values[i] ?? 0), 0);
  return Math.round((sum / n) * 10) / 10;
}

/** What a reader of `published` can know of cell `i`: the values it can hold. */
export type Knowledge = {
  readonly total: number | null;
  readonly cells: readonly SuppressedCell[];
  readonly mean: number | null;
  readonly values?: readonly number[];
};

const rangeOf = (cell: SuppressedCell, cap: number): readonly [number, number] =>
  cell.kind === "shown" ? [cell.value, cell.value] : cell.kind === "fewerThan5" ? [0, Math.min(minimumCell - 1, cap)] : [minimumCell, cap];

type Ranges = readonly (readonly [number, number])[];
/** A question's mean as a constraint: the scale's weights, the weighted sum's bounds, the exact check. */
type MeanConstraint = { readonly weights: readonly number[]; readonly fits: (assignment: readonly number[]) => boolean };

/**
 * Whether the cells from `from` on can take values in their ranges that add up to `left` and,
 * with a mean, whose weighted sum lies in `weighted` and whose whole assignment gives the
 * mean. Interval bounds of what the remaining cells can add cut hopeless branches.
 */
function completes(
  ranges: Ranges,
  from: number,
  left: number,
  mean: { readonly constraint: MeanConstraint; readonly weighted: readonly [number, number] } | null,
  assignment: number[],
): boolean {
  let lo = 0;
  let hi = 0;
  let wLo = 0;
  let wHi = 0;
  for (let j = from; j < ranges.length; j++) {
    const [a, b] = ranges[j] as readonly [number, number];
    const w = mean?.constraint.weights[j] ?? 0;
    lo += a;
    hi += b;
    wLo += a * w;
    wHi += b * w;
  }
  if (left < lo || left > hi) return false;
  if (!mean) return true;
  if (mean.weighted[1] < wLo || mean.weighted[0] > wHi) return false;
  const range = ranges[from];
  if (range === undefined) return mean.constraint.fits(assignment);
  const w = mean.constraint.weights[from] ?? 0;
  for (let v = range[0]; v <= Math.min(range[1], left); v++) {
    assignment.push(v);
    const weighted = [mean.weighted[0] - v * w, mean.weighted[1] - v * w] as const;
    const ok = completes(ranges, from + 1, left - v, { constraint: mean.constraint, weighted }, assignment);
    assignment.pop();
    if (ok) return true;
  }
  return false;
}

/**
 * Up to `wanted` values cell `i` can hold given what is published. A reader who finds only
 * one has recovered it.
 */
export function possibleValues(k: Knowledge, i: number, wanted = 2): number[] {
  const cap = k.total ?? minimumCell - 1;
  const ranges = k.cells.map((c) => rangeOf(c, cap));
  const totals = k.total === null ? Array.from({ length: minimumCell }, (_, t) => t) : [k.total];
  const own = ranges[i];
  const { mean, values } = k;
  if (own === undefined) return [];
  const found: number[] = [];
  for (let v = own[0]; v <= own[1] && found.length < wanted; v++) {
    const fixed = ranges.map((r, j) => (j === i ? ([v, v] as const) : r));
    const fits = totals.some((total) => {
      if (mean === null || values === undefined) return completes(fixed, 0, total, null, []);
      const constraint = { weights: values, fits: (a: readonly number[]) => scaleMean(a, values) === mean };
      return completes(fixed, 0, total, { constraint, weighted: [(mean - 0.05) * total - 1e-9, (mean + 0.05) * total + 1e-9] }, []);
    });
    if (fits) found.push(v);
  }
  return found;
}

/** The withheld cells whose value a reader can work out (one value fits what is published). */
export function recoverableCells(k: Knowledge): number[] {
  return k.cells.flatMap((c, i) => (c.kind !== "shown" && possibleValues(k, i).length < 2 ? [i] : []));
}

/**
 * Publishes `counts` (with `values`, the scale each cell stands for, when it is a question's
 * answers) so that no cell of fewer than 5 can be shown or worked out.
 */
export function suppressBreakdown(counts: readonly number[], values?: readonly number[]): SuppressedBreakdown {
  const n = counts.reduce((a, b) => a + b, 0);
  const total = n < minimumCell ? null : n;
  const cells: SuppressedCell[] = counts.map((c) => (c < minimumCell ? { kind: "fewerThan5" } : { kind: "shown", value: c }));
  let mean = values ? scaleMean(counts, values) : null;
  if (total === null) mean = null;
  if (!cells.some((c) => c.kind !== "shown")) return { cells, total, mean, withheld: false };
  for (;;) {
    const knowledge = { total, cells, mean, ...(values ? { values } : {}) };
    if (recoverableCells(knowledge).length === 0) return { cells, total, mean, withheld: false };
    const shown = cells.flatMap((c, i) => (c.kind === "shown" ? [{ i, value: c.value }] : []));
    const smallest = shown.sort((a, b) => a.value - b.value)[0];
    if (smallest) cells[smallest.i] = { kind: "hidden" };
    else if (mean !== null) mean = null;
    else return { cells: [], total, mean: null, withheld: true };
  }
}
