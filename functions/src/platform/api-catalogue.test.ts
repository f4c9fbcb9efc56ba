import * as domain from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import "../modules.js";
import { routeTable } from "./routes.js";

const catalogue = Object.values(domain).filter(
  (x): x is domain.AnyApiRoute => typeof x === "object" && x !== null && "route" in x && "method" in x && "name" in x,
);

describe("the API's route catalogue (domain/<module>/api.ts)", () => {
  it("has every served route, with the method and path it is served at, and nothing else", () => {
    const served = routeTable().map(({ spec }) => ({ name: spec.name, method: spec.method, route: spec.route }));
    const declared = catalogue.map((r) => ({ name: r.name, method: r.method, route: r.route }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(declared.sort(byName)).toEqual(served.sort(byName));
  });

  it("marks every route that takes a file as sending one, so the tabs send its bytes and not JSON", () => {
    const takesFile = routeTable()
      .filter(({ spec }) => spec.fileBody !== undefined)
      .map(({ spec }) => spec.name)
      .sort();
    expect(takesFile.length).toBeGreaterThan(0);
    expect(
      catalogue
        .filter((r) => r.sendsFile)
        .map((r) => r.name)
        .sort(),
    ).toEqual(takesFile);
  });

  it("builds a path with its parameters encoded", () => {
    expect(domain.apiPath(domain.reportSubmitRoute.route, { planYearId: "2026", periodId: "interim2", ownerScopeId: "a/b" })).toBe(
      "/api/reports/2026/interim2/a%2Fb/submit",
    );
  });
});
