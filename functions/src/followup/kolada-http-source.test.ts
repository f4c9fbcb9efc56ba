import { DomainError } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import { createKoladaHttpSource, koladaBatchSize } from "./kolada-http-source.js";

const ids = (prefix: string, n: number, width: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(width, "0")}`);

/** Kolada as a function: two pages per request, and a 400 for any request that names a KPI in `unknown`. */
function fakeKolada(unknown: readonly string[] = []) {
  const asked: URL[] = [];
  const fetchImpl = (async (input: URL | string) => {
    const url = new URL(String(input));
    asked.push(url);
    const kpis = decodeURIComponent(url.pathname).split("/")[4]?.split(",") ?? [];
    if (kpis.some((k) => unknown.includes(k))) return new Response('{"error":"Unknown kpi"}', { status: 400 });
    const second = url.searchParams.has("page");
    return Response.json({ values: [], next_page: second ? null : `${url.origin}${url.pathname}?page=2` });
  }) as typeof fetch;
  return { asked, fetchImpl };
}

describe("Kolada's API, asked as established v3 clients ask it", () => {
  it("sends at most 25 KPIs and 25 municipalities a request, and follows every page", async () => {
    const kolada = fakeKolada();
    const source = createKoladaHttpSource("https://api.kolada.se/v3", kolada.fetchImpl);
    const pages = await source.fetchData(ids("N", 30, 5), ids("", 60, 4), [2023, 2024]);
    // 2 batches of KPIs × 3 of municipalities, two pages each.
    expect(kolada.asked).toHaveLength(12);
    expect(pages).toHaveLength(12);
    for (const url of kolada.asked) {
      const [, , , , kpis = "", , municipalities = ""] = decodeURIComponent(url.pathname).split("/");
      expect(kpis.split(",").length).toBeLessThanOrEqual(koladaBatchSize);
      expect(municipalities.split(",").length).toBeLessThanOrEqual(koladaBatchSize);
    }
  });

  it("names the KPI Kolada refuses (a 4xx is not 'try again later')", async () => {
    const kolada = fakeKolada(["N00007"]);
    const source = createKoladaHttpSource("https://api.kolada.se/v3", kolada.fetchImpl);
    const error = await source.fetchData(ids("N", 10, 5), ["2581"], [2024]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: "bad_gateway",
      details: [{ reason: "kolada_refused", message: "KPI N00007 for municipalities 2581" }],
    });
    expect((error as DomainError).message).toContain("Unknown kpi");
  });

  it("searches the KPI catalogue by title, looks an id up directly, and takes an unknown id as no hits", async () => {
    const asked: string[] = [];
    const fetchImpl = (async (input: URL | string) => {
      const url = new URL(String(input));
      asked.push(`${url.pathname}${url.search}`);
      if (url.pathname.endsWith("/N99999")) return new Response("{}", { status: 404 });
      return Response.json({ values: [{ id: "N15419", title: "Elever" }] });
    }) as typeof fetch;
    const source = createKoladaHttpSource("https://api.kolada.se/v3", fetchImpl);
    expect(await source.searchKpis("åk 9", 21)).toEqual([{ values: [{ id: "N15419", title: "Elever" }] }]);
    expect(await source.searchKpis("N99999", 21)).toEqual([{ values: [] }]);
    expect(asked).toEqual(["/v3/kpi?title=%C3%A5k+9&per_page=21", "/v3/kpi/N99999"]);
  });
});
