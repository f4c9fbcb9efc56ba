import { z } from "zod";
import { DomainError, type ErrorDetail } from "../shared/errors.js";
import type { KoladaKpi } from "./contracts.js";

/**
 * Kolada's open API, v3 (`https://api.kolada.se/v3/data/kpi/{kpi}/municipality/{ids}/year/{years}`):
 * a page of `values`, one per KPI, municipality and year, each with values per gender
 * (`T` total, `K` women, `M` men). Fields this app does not read are allowed, so a new
 * field in Kolada's answer does not break an import.
 */
const KoladaGenderValue = z.looseObject({
  gender: z.enum(["T", "K", "M"]),
  // Kolada sends numbers; some answers and downloaded files carry them as text ("12.3", "12,3", "").
  value: z.union([
    z.number().finite(),
    z.null(),
    z.literal("").transform(() => null),
    z
      .string()
      .trim()
      .regex(/^-?\d+([.,]\d+)?$/, "A number.")
      .transform((v) => Number(v.replace(",", "."))),
  ]),
  status: z.string().nullable().optional(),
  count: z.number().optional(),
});

const KoladaRow = z
  .looseObject({
    kpi: z.string().regex(/^[NU]\d{5}$/, "A Kolada KPI id such as N15428."),
    /** A municipality (four digits), or a group's average (`G` and digits), which is not stored. */
    municipality: z
      .string()
      .regex(/^(\d{4}|G\d+)$/, "A Kolada municipality code of four digits, or a group id.")
      .optional(),
    /** An organisational unit's row (`/ou/` data), which is not stored. */
    ou: z.string().optional(),
    period: z.number().int().min(1970).max(2100),
    values: z.array(KoladaGenderValue).max(3),
  })
  .refine((r) => r.municipality !== undefined || r.ou !== undefined, {
    message: "A row of a municipality or a unit.",
    path: ["municipality"],
  });

export const KoladaDataPage = z.looseObject({
  values: z.array(KoladaRow).max(100_000),
  count: z.number().int().optional(),
  next_page: z.string().nullable().optional(),
  next_url: z.string().nullable().optional(),
});
export type KoladaDataPage = z.infer<typeof KoladaDataPage>;

/** One municipality's value of one KPI in one year. */
export interface KoladaPoint {
  readonly municipalityId: string;
  readonly year: number;
  readonly total: number | null;
  readonly women: number | null;
  readonly men: number | null;
}

/**
 * Reads a Kolada v3 data page (from the API or a downloaded file): municipalities' rows,
 * with values as numbers or numeric text; rows of groups (`G…`) and organisational units
 * are read past. A file that is not that shape is refused as a whole with every problem
 * listed (`kolada_malformed`), so nothing half-read is stored.
 */
export function parseKoladaPage(document: unknown, path = "body.document"): Map<string, KoladaPoint[]> {
  const parsed = KoladaDataPage.safeParse(document);
  if (!parsed.success) {
    const details: ErrorDetail[] = parsed.error.issues.slice(0, 20).map((issue) => ({
      path: [path, ...issue.path.map(String)].join("."),
      reason: "kolada_malformed",
      message: issue.message,
    }));
    throw new DomainError("validation_failed", "The file is not a Kolada v3 data answer.", { details });
  }
  const byKpi = new Map<string, KoladaPoint[]>();
  for (const row of parsed.data.values) {
    // Groups' averages and units' rows are Kolada's, not a municipality's: read past, not refused.
    if (row.municipality === undefined || !/^\d{4}$/.test(row.municipality)) continue;
    const of = (g: "T" | "K" | "M") => row.values.find((v) => v.gender === g)?.value ?? null;
    const points = byKpi.get(row.kpi) ?? [];
    points.push({ municipalityId: row.municipality, year: row.period, total: of("T"), women: of("K"), men: of("M") });
    byKpi.set(row.kpi, points);
  }
  return byKpi;
}

/** Stored points keyed `{municipalityId}.{year}`; a later import of the same key replaces it. */
export const pointKey = (p: Pick<KoladaPoint, "municipalityId" | "year">): string => `${p.municipalityId}.${p.year}`;

export function mergePoints(existing: readonly KoladaPoint[], incoming: readonly KoladaPoint[]): KoladaPoint[] {
  const merged = new Map(existing.map((p) => [pointKey(p), p]));
  for (const p of incoming) merged.set(pointKey(p), p);
  return [...merged.values()].sort((a, b) => a.year - b.year || a.municipalityId.localeCompare(b.municipalityId));
}

export interface BenchmarkPoint {
  readonly year: number;
  readonly own: number | null;
  /** Median of the comparison group's values that year (the own municipality counted in). */
  readonly median: number | null;
  /** 1 is best, by the indicator's direction; ties share a rank. Null without an own value. */
  readonly rank: number | null;
  /** How many municipalities of the group have a value that year. */
  readonly of: number;
}

export const benchmarkRule = "kolada-median-rank-v1";

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The own value against the comparison group, year by year (rule `kolada-median-rank-v1`):
 * the group is the configured municipalities plus the own one; the median is over those
 * with a total that year; the rank counts how many have a strictly better total, plus one.
 */
export function benchmark(
  points: readonly KoladaPoint[],
  ownId: string,
  groupIds: readonly string[],
  direction: "higherIsBetter" | "lowerIsBetter",
): BenchmarkPoint[] {
  const group = new Set([...groupIds, ownId]);
  const years = [...new Set(points.filter((p) => group.has(p.municipalityId)).map((p) => p.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const totals = points
      .filter((p) => p.year === year && group.has(p.municipalityId) && p.total !== null)
      .map((p) => ({ id: p.municipalityId, total: p.total as number }));
    const own = totals.find((t) => t.id === ownId)?.total ?? null;
    const better = (v: number) => (direction === "higherIsBetter" ? v > (own as number) : v < (own as number));
    return {
      year,
      own,
      median: median(totals.map((t) => t.total)),
      rank: own === null ? null : totals.filter((t) => better(t.total)).length + 1,
      of: totals.length,
    };
  });
}

/** A KPI row of Kolada's v3 catalogue (`/kpi`): more fields than these come and are read past. */
const KoladaKpiRow = z.looseObject({
  id: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  operating_area: z.string().nullish(),
  is_divided_by_gender: z.union([z.boolean(), z.number()]).nullish(),
});
const KoladaKpiPage = z.looseObject({ values: z.array(z.unknown()).max(10_000) });

/** The ids an indicator can link (N… municipal, U… unit-level KPIs). */
export const koladaKpiIdPattern = /^[NU]\d{5}$/;

/**
 * The KPIs of Kolada catalogue pages, in order, once each: rows that are not a KPI an
 * indicator can link are read past; a page that is not a catalogue page is Kolada's error.
 */
export function parseKoladaKpis(pages: readonly unknown[]): KoladaKpi[] {
  const seen = new Map<string, KoladaKpi>();
  for (const page of pages) {
    const parsed = KoladaKpiPage.safeParse(page);
    if (!parsed.success) {
      throw new DomainError("bad_gateway", "Kolada answered the KPI search with something that is not a KPI list.", {
        details: [{ path: "kolada", reason: "kolada_malformed" }],
      });
    }
    for (const raw of parsed.data.values) {
      const row = KoladaKpiRow.safeParse(raw);
      if (!row.success || !koladaKpiIdPattern.test(row.data.id) || seen.has(row.data.id)) continue;
      seen.set(row.data.id, {
        id: row.data.id,
        title: row.data.title.trim(),
        description: (row.data.description ?? "").trim(),
        operatingArea: (row.data.operating_area ?? "").trim(),
        dividedByGender: Boolean(row.data.is_divided_by_gender),
      });
    }
  }
  return [...seen.values()];
}
