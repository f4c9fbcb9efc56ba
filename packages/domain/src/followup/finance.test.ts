import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.js";
import { costPerResident, mergeFinance, parseAmount, parseFinanceCsv } from "./finance.js";

const owners = [
  { id: "bun", name: "Barn- och utbildningsnämnden", shortName: "BUN" },
  { id: "socn", name: "Socialnämnden" },
];
const periods = [
  { id: "interim1", kind: "interim" as const, endsOn: "2026-04-30" },
  { id: "interim2", kind: "interim" as const, endsOn: "2026-08-31" },
  { id: "annual", kind: "annual" as const, endsOn: "2026-12-31" },
];

const errorsOf = (csv: string) => {
  try {
    parseFinanceCsv(csv, owners, periods);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as DomainError).details.map((d) => `${d.path} ${d.reason}`);
  }
  throw new Error("expected the CSV to be refused");
};

describe("cost beside quality: the finance CSV", () => {
  it("reads amounts the way a Swedish spreadsheet writes them", () => {
    expect(parseAmount("1 234,5")).toBe(1234.5);
    expect(parseAmount("1234.5")).toBe(1234.5);
    expect(parseAmount("\u221212\u00a0000")).toBe(-12000);
    expect(parseAmount('"312 400"')).toBe(312400);
    for (const bad of ["", "12 kr", "1,2,3", "abc", "1e5"]) expect(parseAmount(bad)).toBeNull();
  });

  it("reads semicolon, comma and tab files with Swedish or English headers, a BOM and a missing budget", () => {
    const semicolon = "\ufeffPeriod;Nämnd;Nettokostnad;Budget\r\ninterim1;bun;312 400,5;318 000\r\ninterim1;socn;401 200;\r\n";
    expect(parseFinanceCsv(semicolon, owners, periods)).toEqual([
      { periodId: "interim1", ownerScopeId: "bun", netCost: 312400.5, budget: 318000 },
      { periodId: "interim1", ownerScopeId: "socn", netCost: 401200, budget: null },
    ]);
    const comma = 'period,owner,netCost,budget\nannual,bun,"1 000,5",900\n';
    expect(parseFinanceCsv(comma, owners, periods)).toEqual([{ periodId: "annual", ownerScopeId: "bun", netCost: 1000.5, budget: 900 }]);
    const tab = "period\tcommittee\tnetcost\nannual\tsocn\t12\n";
    expect(parseFinanceCsv(tab, owners, periods)).toEqual([{ periodId: "annual", ownerScopeId: "socn", netCost: 12, budget: null }]);
  });

  it("reports every bad line at once, by line and column, and imports none of them", () => {
    const csv = [
      "period;nämnd;nettokostnad;budget",
      "interim1;bun;100;100",
      "interim9;bun;100;100",
      "interim1;kf;100;100",
      "interim1;socn;hundra;100",
      "interim2;socn;100;mycket",
      "interim1;bun;5;5",
    ].join("\n");
    expect(errorsOf(csv)).toEqual([
      "body.csv.line.3.period unknown_period",
      "body.csv.line.4.owner unknown_owner",
      "body.csv.line.5.netCost invalid_number",
      "body.csv.line.6.budget invalid_number",
      "body.csv.line.7.owner duplicate_row",
    ]);
  });

  it("takes periods and committees by the names the screens show, by end date and short name, in either language", () => {
    const csv = [
      "Period;Nämnd;Nettokostnad;Budget",
      "Delårsrapport per 31 augusti 2026;Barn- och utbildningsnämnden;100;110",
      "interim report at 30 april 2026;  socialnämnden ;200;",
      "2026-12-31;BUN;300;",
    ].join("\n");
    expect(parseFinanceCsv(csv, owners, periods)).toEqual([
      { periodId: "interim2", ownerScopeId: "bun", netCost: 100, budget: 110 },
      { periodId: "interim1", ownerScopeId: "socn", netCost: 200, budget: null },
      { periodId: "annual", ownerScopeId: "bun", netCost: 300, budget: null },
    ]);
  });

  it("names the valid choices beside an unknown period or committee", () => {
    try {
      parseFinanceCsv("period;nämnd;nettokostnad\nDelår 9;Kulturnämnden;5", owners, periods);
      expect.unreachable();
    } catch (e) {
      const [period, owner] = (e as DomainError).details;
      expect(period).toMatchObject({
        reason: "unknown_period",
        choices: ["Delårsrapport per 30 april 2026", "Delårsrapport per 31 augusti 2026", "Årsredovisning 2026"],
      });
      expect(owner).toMatchObject({
        reason: "unknown_owner",
        message: "Kulturnämnden is not a committee of this municipality.",
        choices: ["Barn- och utbildningsnämnden", "Socialnämnden"],
      });
    }
  });

  it("needs a header with the period, owner and net cost columns, and some lines", () => {
    expect(errorsOf("")).toEqual(["body.csv empty_file"]);
    expect(errorsOf("period;budget\ninterim1;5")).toEqual(["body.csv.line.1 missing_column", "body.csv.line.1 missing_column"]);
  });

  it("merges imports over earlier figures and states cost per resident in whole kronor", () => {
    const a = { periodId: "interim1", ownerScopeId: "bun", netCost: 1, budget: null };
    const b = { periodId: "interim1", ownerScopeId: "bun", netCost: 2, budget: 3 };
    const c = { periodId: "annual", ownerScopeId: "bun", netCost: 4, budget: null };
    expect(mergeFinance([a, c], [b])).toEqual([b, c]);
    expect(costPerResident(312_400, 42_500)).toBe(7351);
    expect(costPerResident(100, null)).toBeNull();
    expect(costPerResident(100, 0)).toBeNull();
  });
});
