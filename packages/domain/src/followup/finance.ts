import { periodName } from "../goals/period-names.js";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { DomainError, type ErrorDetail } from "../shared/errors.js";

/** A committee's net cost and budget for one period, in thousands of kronor (tkr), year to date. */
export interface FinanceEntry {
  readonly periodId: string;
  readonly ownerScopeId: string;
  readonly netCost: number;
  readonly budget: number | null;
}

/** The CSV's columns, by the names a finance office's export uses (Swedish or English). */
const columns = {
  periodId: ["period", "periodid", "rapport"],
  ownerScopeId: ["nämnd", "namnd", "owner", "committee", "ownerscopeid", "organisation"],
  netCost: ["nettokostnad", "netcost", "net cost", "utfall"],
  budget: ["budget"],
} as const;
type Column = keyof typeof columns;

export const maxFinanceRows = 2000;

/** "1 234,5", "1234.5", "−12 000" → number; anything else → null. */
export function parseAmount(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/^"|"$/g, "")
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/\u2212/g, "-");
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return null;
  return Number(cleaned.replace(",", "."));
}

function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** A committee that has a net cost, as the import may name it. */
export interface CostOwner {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string | undefined;
}

const normal = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");

/** Every way a row may name each choice (its key, its names), to the choice's id. */
function lookup<T extends { readonly id: string }>(choices: readonly T[], namesOf: (c: T) => readonly (string | undefined)[]) {
  const byName = new Map<string, string>();
  for (const c of choices) for (const name of [c.id, ...namesOf(c)]) if (name) byName.set(normal(name), c.id);
  return (text: string): string | undefined => byName.get(normal(text));
}

/**
 * Reads a finance CSV: a header naming the columns (period, nämnd/owner, nettokostnad/netCost,
 * budget), separated by `;`, `,` or tab, amounts in tkr with a decimal comma or point. A
 * period is named as the screens name it ("Delårsrapport per 31 augusti 2026"), by its end
 * date or its key; a committee by its name, short name or key. `owners` and `periods` are
 * what the plan year knows. Every bad line is reported at once (`body.csv.line.N.column`),
 * an unknown name with the valid choices, and nothing is imported unless every line is good.
 */
export function parseFinanceCsv(
  csv: string,
  owners: readonly CostOwner[],
  periods: readonly Pick<ReportingPeriod, "id" | "kind" | "endsOn">[],
): FinanceEntry[] {
  const ownerOf = lookup(owners, (o) => [o.name, o.shortName]);
  const periodOf = lookup(periods, (x) => [x.endsOn, periodName(x, "sv"), periodName(x, "en")]);
  const ownerChoices = owners.map((o) => o.name);
  const periodChoices = periods.map((x) => periodName(x, "sv"));
  const lines = csv
    .replace(/^\ufeff/, "")
    .split(/\r?\n/)
    .map((text, i) => ({ text, number: i + 1 }))
    .filter((l) => l.text.trim() !== "");
  const fail = (details: ErrorDetail[]) =>
    new DomainError("validation_failed", "The CSV file has errors; nothing was imported.", { details });
  const header = lines[0];
  if (!header) throw fail([{ path: "body.csv", reason: "empty_file", message: "The file has no lines." }]);
  const delimiter = [";", "\t", ","].find((d) => header.text.includes(d)) ?? ";";
  const names = splitLine(header.text, delimiter).map((n) => n.toLowerCase());
  const index = {} as Record<Column, number>;
  const missing: ErrorDetail[] = [];
  for (const column of Object.keys(columns) as Column[]) {
    const at = names.findIndex((n) => (columns[column] as readonly string[]).includes(n));
    if (at < 0 && column !== "budget") {
      missing.push({ path: "body.csv.line.1", reason: "missing_column", message: `The header needs a ${columns[column][0]} column.` });
    }
    index[column] = at;
  }
  if (missing.length) throw fail(missing);
  if (lines.length - 1 > maxFinanceRows) {
    throw fail([{ path: "body.csv", reason: "too_many_rows", message: `At most ${maxFinanceRows} rows.` }]);
  }
  const details: ErrorDetail[] = [];
  const entries: FinanceEntry[] = [];
  const seen = new Set<string>();
  for (const line of lines.slice(1)) {
    const cells = splitLine(line.text, delimiter);
    const at = (c: Column) => (index[c] < 0 ? "" : (cells[index[c]] ?? ""));
    const where = (c: string) => `body.csv.line.${line.number}.${c}`;
    const errorsBefore = details.length;
    const periodId = periodOf(at("periodId")) ?? "";
    const ownerScopeId = ownerOf(at("ownerScopeId")) ?? "";
    if (!periodId) {
      details.push({ path: where("period"), reason: "unknown_period", message: `No period ${at("periodId")}.`, choices: periodChoices });
    }
    if (!ownerScopeId) {
      details.push({
        path: where("owner"),
        reason: "unknown_owner",
        message: `${at("ownerScopeId")} is not a committee of this municipality.`,
        choices: ownerChoices,
      });
    }
    const netCost = parseAmount(at("netCost"));
    if (netCost === null) details.push({ path: where("netCost"), reason: "invalid_number", message: `${at("netCost")} is not an amount.` });
    const budgetText = at("budget");
    const budget = budgetText === "" ? null : parseAmount(budgetText);
    if (budgetText !== "" && budget === null)
      details.push({ path: where("budget"), reason: "invalid_number", message: `${budgetText} is not an amount.` });
    const key = `${periodId}.${ownerScopeId}`;
    if (periodId && ownerScopeId && seen.has(key))
      details.push({
        path: where("owner"),
        reason: "duplicate_row",
        message: `${at("ownerScopeId")} appears twice for ${at("periodId")}.`,
      });
    seen.add(key);
    if (details.length === errorsBefore) entries.push({ periodId, ownerScopeId, netCost: netCost as number, budget });
  }
  if (details.length) throw fail(details.slice(0, 50));
  return entries;
}

/** Later entries replace earlier ones for the same period and owner. */
export function mergeFinance(existing: readonly FinanceEntry[], incoming: readonly FinanceEntry[]): FinanceEntry[] {
  const key = (e: FinanceEntry) => `${e.periodId}.${e.ownerScopeId}`;
  const merged = new Map(existing.map((e) => [key(e), e]));
  for (const e of incoming) merged.set(key(e), e);
  return [...merged.values()];
}

/** Net cost in kronor per resident: tkr × 1000 ÷ residents, to whole kronor. */
export const costPerResident = (netCostTkr: number, residents: number | null): number | null =>
  residents === null || residents <= 0 ? null : Math.round((netCostTkr * 1000) / residents);
