import { DomainError, type ErrorDetail } from "../errors.js";

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

/**
 * Reads a finance CSV: a header naming the columns (period, nämnd/owner, nettokostnad/netCost,
 * budget), separated by `;`, `,` or tab, amounts in tkr with a decimal comma or point.
 * `owners` and `periods` are what the plan year knows. Every bad line is reported at once
 * (`body.csv.line.N.column`), and nothing is imported unless every line is good.
 */
export function parseFinanceCsv(csv: string, owners: ReadonlySet<string>, periods: ReadonlySet<string>): FinanceEntry[] {
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
    const periodId = at("periodId");
    const ownerScopeId = at("ownerScopeId");
    if (!periods.has(periodId)) details.push({ path: where("period"), reason: "unknown_period", message: `No period ${periodId}.` });
    if (!owners.has(ownerScopeId))
      details.push({ path: where("owner"), reason: "unknown_owner", message: `${ownerScopeId} is not a committee of this municipality.` });
    const netCost = parseAmount(at("netCost"));
    if (netCost === null) details.push({ path: where("netCost"), reason: "invalid_number", message: `${at("netCost")} is not an amount.` });
    const budgetText = at("budget");
    const budget = budgetText === "" ? null : parseAmount(budgetText);
    if (budgetText !== "" && budget === null)
      details.push({ path: where("budget"), reason: "invalid_number", message: `${budgetText} is not an amount.` });
    const key = `${periodId}.${ownerScopeId}`;
    if (seen.has(key))
      details.push({ path: where("owner"), reason: "duplicate_row", message: `${ownerScopeId} appears twice for ${periodId}.` });
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
