import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { afterAll, describe, expect, it } from "vitest";
import koladaFixture from "../../functions/src/local/fixtures/kolada-v3-data-U21468.json" with { type: "json" };
import { alvdala, pitea } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";
import { startKoladaStandIn } from "../support/kolada-stand-in.js";

const kolada = await startKoladaStandIn();
afterAll(() => kolada.close());

const t = useHarness({ env: { KOLADA_BASE_URL: kolada.url } });
const as = (slug: string) => t.h.tokenFor(pitea, slug);
const reasons = (res: { json: { details?: { reason: string; path?: string }[] } }) => (res.json.details ?? []).map((d) => d.reason);

describe("goal detail with trends across plan years (issue 3)", () => {
  it("shows an indicator's values from last year's predecessor to this year, each year's target and the Kolada benchmark", async () => {
    t.h.calls.length = 0;
    const res = await t.h.request("GET", "/api/goals/2026-socn-1/detail", { token: await as("lars.oberg") });
    expect(res.status).toBe(200);
    const detail = res.json;
    expect(detail.owner).toMatchObject({ id: "socn", name: "Socialnämnden" });
    expect(detail.parents).toEqual([{ id: "2026-kf-3", title: "Piteå är en trygg och hållbar plats att bo och leva på" }]);
    expect(detail.assessments).toEqual([
      expect.objectContaining({ periodId: "interim1", assessment: "notFulfilled", reportStatus: "reviewed" }),
    ]);
    const [trend] = detail.indicators;
    expect(trend.indicator.id).toBe("2026-socn-1-personal");
    expect(trend.points.map((p: { year: number; periodId: string; total: number }) => `${p.year} ${p.periodId} ${p.total}`)).toEqual([
      "2025 interim1 17",
      "2025 interim2 16",
      "2025 annual 16",
      "2026 interim1 15",
    ]);
    expect(trend.targets).toEqual([
      { year: 2025, target: 14 },
      { year: 2026, target: 12 },
    ]);
    expect(trend.status).toBe("offTrack");
    // 2024 in the group: 15 (own), 14, 17, 16, 13, 14 → median 14.5; three lower (better) values → rank 4 of 6.
    expect(trend.benchmark).toMatchObject({ rule: "kolada-median-rank-v1", kpiId: "U21468" });
    expect(trend.benchmark.years.at(-1)).toEqual({ year: 2024, own: 15, median: 14.5, rank: 4, of: 6 });
    // Bounded round trips, counted by the service and by the Cosmos spy alike.
    const docCalls = t.h.calls.filter((c) => c.path.includes("/colls/goals") && !c.queryPlan);
    expect(detail.roundTrips).toBeLessThanOrEqual(9);
    expect(docCalls.length).toBeLessThanOrEqual(detail.roundTrips);
  });

  it("splits a gender-split indicator into women and men", async () => {
    const res = await t.h.request("GET", "/api/goals/2026-bun-1/detail", { token: t.admin });
    const [trend] = res.json.indicators;
    expect(trend.indicator.splitByGender).toBe(true);
    expect(trend.points).toEqual([expect.objectContaining({ year: 2025, periodId: "annual", total: 86, women: 88, men: 84 })]);
    expect(trend.benchmark).toBeNull();
  });

  it("is not found for another municipality's goal or an unknown one", async () => {
    expect((await t.h.request("GET", "/api/goals/2026-son-1/detail", { token: t.admin })).status).toBe(404);
    expect((await t.h.request("GET", "/api/goals/nope/detail", { token: t.admin })).status).toBe(404);
  });
});

describe("Kolada import (issue 3)", () => {
  const series = async () =>
    (await t.h.request("GET", "/api/goals/2026-socn-1/detail", { token: t.admin })).json.indicators[0].benchmark.years as unknown[];

  it("imports a downloaded v3 file: linked KPIs only, own municipality and group only, audited", async () => {
    const res = await t.h.request("POST", "/api/kolada/imports", { token: t.admin, body: { source: "file", document: koladaFixture } });
    expect(res.status).toBe(200);
    // 6 municipalities × 3 years, and Kalix's withheld 2021 value; Stockholm's 3 values are outside the group.
    expect(res.json).toEqual({ imported: [{ kpiId: "U21468", points: 19 }], ignoredKpiIds: ["N15419"], ignoredPoints: 3 });
    const audit = await t.h.request("GET", "/api/audit?objectType=koladaSeries&objectId=U21468", { token: t.admin });
    expect(audit.json.entries[0]).toMatchObject({ action: "kolada.import" });
  });

  it("refuses a malformed file with a reason per problem and keeps what was imported", async () => {
    const before = await series();
    const broken = { values: [{ kpi: "U21468", municipality: "Piteå", period: 2024, values: [{ gender: "X", value: "15" }] }] };
    const res = await t.h.request("POST", "/api/kolada/imports", { token: t.admin, body: { source: "file", document: broken } });
    expect(res.status).toBe(400);
    expect(new Set(reasons(res))).toEqual(new Set(["kolada_malformed"]));
    expect(res.json.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(["body.document.values.0.municipality", "body.document.values.0.values.0.gender"]),
    );
    const notKolada = await t.h.request("POST", "/api/kolada/imports", { token: t.admin, body: { source: "file", document: "<html>" } });
    expect(notKolada.status).toBe(400);
    expect(await series()).toEqual(before);
  });

  it("fetches from Kolada's API page by page for the KPIs the plan year links", async () => {
    kolada.requests.length = 0;
    const res = await t.h.request("POST", "/api/kolada/imports", {
      token: t.admin,
      body: { source: "api", planYearId: "2026", years: [2022, 2023, 2024] },
    });
    expect(res.status).toBe(200);
    expect(res.json.imported).toEqual([{ kpiId: "U21468", points: 19 }]);
    expect(kolada.requests).toHaveLength(2);
    expect(kolada.requests[0]).toBe("/v3/data/kpi/U21468/municipality/2480,2482,2514,2580,2581,2582/year/2022,2023,2024");
  });

  it("answers 503 with Retry-After when Kolada is down or sends the server elsewhere, and keeps the data", async () => {
    const before = await series();
    for (const mode of ["down", "elsewhere"] as const) {
      kolada.mode.value = mode;
      const res = await t.h.request("POST", "/api/kolada/imports", {
        token: t.admin,
        body: { source: "api", planYearId: "2026", years: [2024] },
      });
      expect.soft(res.status, mode).toBe(503);
      expect.soft(res.headers.get("retry-after"), mode).toBe("60");
      expect.soft(reasons(res), mode).toEqual(["kolada_unavailable"]);
    }
    kolada.mode.value = "ok";
    expect(await series()).toEqual(before);
  });

  it("shows a refusal from Kolada as what it is, naming the KPI, not as an outage", async () => {
    kolada.mode.value = "refuse";
    const res = await t.h.request("POST", "/api/kolada/imports", {
      token: t.admin,
      body: { source: "api", planYearId: "2026", years: [2024] },
    });
    kolada.mode.value = "ok";
    expect(res.status).toBe(502);
    expect(reasons(res)).toEqual(["kolada_refused"]);
    expect(res.json.details[0].message).toContain("U21468");
    expect(res.json.message).toContain("Invalid kpi id");
  });

  it("lets two imports at once both land, the later merging over the earlier", async () => {
    const send = () => t.h.request("POST", "/api/kolada/imports", { token: t.admin, body: { source: "file", document: koladaFixture } });
    const results = await Promise.all([send(), send(), send()]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const years = await series();
    expect(years).toHaveLength(4);
  });

  it("needs the municipality's Kolada code first", async () => {
    const ida = await t.h.tokenFor(alvdala, "ida.norberg");
    const res = await t.h.request("POST", "/api/kolada/imports", { token: ida, body: { source: "file", document: koladaFixture } });
    expect(res.status).toBe(400);
    expect(reasons(res)).toEqual(["benchmark_not_configured"]);
  });
});

describe("Kolada KPI search for linking an indicator (issue 13)", () => {
  const search = (q: string, token?: string) => t.h.request("GET", `/api/kolada/kpis?q=${encodeURIComponent(q)}`, token ? { token } : {});

  it("finds KPIs by words of their title for any signed-in member, with area and gender split, and reads past rows that are not KPIs", async () => {
    kolada.requests.length = 0;
    const res = await search("hemtjänst", await as("lars.oberg"));
    expect(res.status).toBe(200);
    expect(res.json.more).toBe(false);
    expect(res.json.items.map((k: { id: string }) => k.id)).toEqual(["U21468", "U21401", "N21024"]);
    expect(res.json.items[1]).toMatchObject({
      title: expect.stringContaining("Brukarbedömning"),
      operatingArea: "Äldreomsorg",
      dividedByGender: true,
    });
    expect(kolada.requests[0]).toBe(`/v3/kpi?title=hemtj%C3%A4nst&per_page=21`);
    const notKpi = await search("kommungrupp", t.admin);
    expect(notKpi.json.items).toEqual([]);
  });

  it("looks a KPI up by its id, in any case, and answers an unknown id with no hits", async () => {
    const res = await search("n15419", t.admin);
    expect(res.json.items).toEqual([expect.objectContaining({ id: "N15419", dividedByGender: true })]);
    expect((await search("N99999", t.admin)).json).toEqual({ items: [], more: false });
  });

  it("refuses a search of one character or none, and anyone not signed in", async () => {
    for (const q of ["", " a "]) {
      const res = await search(q, t.admin);
      expect(res.status, q).toBe(400);
      expect(res.json.details[0].path).toBe("query.q");
    }
    expect((await search("hemtjänst")).status).toBe(401);
  });

  it("says Kolada is not answering (503, try later) instead of an empty list", async () => {
    kolada.mode.value = "down";
    const res = await search("skola", t.admin);
    kolada.mode.value = "ok";
    expect(res.status).toBe(503);
    expect(reasons(res)).toEqual(["kolada_unavailable"]);
  });
});

describe("cost beside quality (issue 3)", () => {
  const path = "/api/plan-years/2026/finance";

  it("starts empty, takes residents and figures, and shows cost per resident beside each committee's results", async () => {
    const empty = await t.h.request("GET", path, { token: await as("lars.oberg") });
    expect(empty.json).toMatchObject({ residents: null, rows: [], etag: "new", allowed: { edit: false } });
    const saved = await t.h.request("PUT", path, {
      token: t.admin,
      body: { residents: 42_500, entries: [{ periodId: "interim1", ownerScopeId: "socn", netCost: 401_200, budget: 395_000 }] },
      headers: { "if-match": "new" },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.rows).toEqual([
      {
        periodId: "interim1",
        ownerScopeId: "socn",
        ownerName: "Socialnämnden",
        netCost: 401_200,
        budget: 395_000,
        deviation: -6_200,
        netCostPerResident: 9_440,
        reportStatus: "reviewed",
        results: { fulfilled: 0, partlyFulfilled: 0, notFulfilled: 1, notAssessed: 0 },
      },
    ]);
    expect(saved.json.allowed.edit).toBe(true);
  });

  it("merges a CSV import all or nothing, naming each bad line", async () => {
    const current = await t.h.request("GET", path, { token: t.admin });
    const bad = await t.h.request("POST", `${path}/import`, {
      token: t.admin,
      body: { csv: "period;nämnd;nettokostnad;budget\ninterim1;bun;312 400;318 000\ninterim1;pitebo;1;1\ninterim7;bun;x;1\n" },
      headers: { "if-match": current.json.etag },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.details.map((d: { path: string; reason: string }) => `${d.path} ${d.reason}`)).toEqual([
      "body.csv.line.3.owner unknown_owner",
      "body.csv.line.4.period unknown_period",
      "body.csv.line.4.netCost invalid_number",
    ]);
    expect((await t.h.request("GET", path, { token: t.admin })).json).toEqual(current.json);

    const good = await t.h.request("POST", `${path}/import`, {
      token: t.admin,
      body: { csv: "period;nämnd;nettokostnad;budget\ninterim1;bun;312 400,5;318 000\ninterim1;socn;400 000;395 000\n" },
      headers: { "if-match": current.json.etag },
    });
    expect(good.status).toBe(200);
    expect(good.json.rows.map((r: { ownerScopeId: string; netCost: number }) => `${r.ownerScopeId} ${r.netCost}`)).toEqual([
      "bun 312400.5",
      "socn 400000",
    ]);
    expect(good.json.residents).toBe(42_500);
    const stale = await t.h.request("POST", `${path}/import`, {
      token: t.admin,
      body: { csv: "period;nämnd;nettokostnad\ninterim1;bun;1\n" },
      headers: { "if-match": current.json.etag },
    });
    expect(stale.status).toBe(412);
    const audit = await t.h.request("GET", "/api/audit?objectType=finance&objectId=2026", { token: t.admin });
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toEqual(["finance.update", "finance.update"]);
  });

  it("refuses an unknown owner or period in a saved body", async () => {
    const current = await t.h.request("GET", path, { token: t.admin });
    const res = await t.h.request("PUT", path, {
      token: t.admin,
      body: { residents: 1, entries: [{ periodId: "interim1", ownerScopeId: "norrmalmskolan", netCost: 1 }] },
      headers: { "if-match": current.json.etag },
    });
    expect(res.status).toBe(400);
    expect(res.json.details[0]).toMatchObject({ path: "body.entries.0.ownerScopeId", reason: "unknown_owner" });
  });
});

describe("open data (issue 3)", () => {
  const url = `/api/public/${pitea.id}/results`;

  it("publishes approved results without sign-in, and nothing personal", async () => {
    // A draft is not published.
    const lina = await as("lina.forsberg");
    const draft = await t.h.request("PUT", "/api/reports/2026/interim2/bun", {
      token: lina,
      body: { assessments: { "2026-bun-2": { assessment: "notFulfilled", analysis: "Utkast som inte ska synas" } } },
      headers: { "if-match": "new" },
    });
    expect(draft.status).toBe(200);

    const res = await t.h.request("GET", url);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.json).toMatchObject({ municipality: "Piteå kommun", planYear: 2026, planYears: [2026, 2025], license: "CC0 1.0" });
    expect(res.json.periods.map((p: { id: string }) => p.id)).toEqual(["interim1"]);
    const socn = res.json.goals.find((g: { id: string }) => g.id === "2026-socn-1");
    expect(socn).toMatchObject({
      owner: "Socialnämnden",
      area: "Livsmiljö",
      assessments: [{ periodId: "interim1", assessment: "notFulfilled" }],
    });
    const personal = res.json.indicators.find((i: { id: string }) => i.id === "2026-socn-1-personal");
    expect(personal.outcomes).toEqual([{ periodId: "interim1", total: 15, women: null, men: null }]);
    const text = JSON.stringify(res.json);
    for (const hidden of ["Utkast som inte ska synas", "sjukfrånvaro", "Mätt i mars", "Lina", "Demodata", "analysis", "comment", "@"]) {
      expect.soft(text, hidden).not.toContain(hidden);
    }
    const lastYear = await t.h.request("GET", `${url}?planYear=2025`);
    expect(lastYear.json.periods.map((p: { id: string }) => p.id)).toEqual(["interim1", "interim2", "annual"]);
  });

  it("serves CSV per indicator or per goal, safe to open in a spreadsheet", async () => {
    const response = await fetch(`${t.h.base}${url}?format=csv&dataset=indicators`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="resultat-2026-indicators.csv"; filename*=UTF-8''resultat-2026-indicators.csv`,
    );
    // Read back by an independent RFC 4180 parser (every cell is quoted: formulas stay text).
    const rows = parse(await response.text(), { bom: true }) as string[][];
    expect(rows[0]?.join(",")).toBe(
      "plan_year,period,period_end,owner,goal_id,indicator_id,indicator,unit,direction,target,total,women,men",
    );
    expect(rows.map((r) => r.join(","))).toContain(
      "2026,interim1,2026-04-30,Socialnämnden,2026-socn-1,2026-socn-1-personal,Antal personal en hemtjänsttagare möter under 14 dagar,antal,lowerIsBetter,12,15,,",
    );
    const goals = parse(await (await fetch(`${t.h.base}${url}?format=csv&dataset=goals&planYear=2025`)).text(), {
      bom: true,
    }) as string[][];
    expect(goals.map((r) => r.join(",")).join("\n")).toContain(
      "2025,annual,2025-12-31,2025-bun-1,Alla elever når kunskapskraven och känner sig trygga i skolan",
    );
  });

  it("is not found for a municipality that does not publish, or does not exist, and refuses bad queries", async () => {
    expect((await t.h.request("GET", `/api/public/${alvdala.id}/results`)).status).toBe(404);
    expect((await t.h.request("GET", "/api/public/11111111-1111-4111-8111-111111111111/results")).status).toBe(404);
    expect((await t.h.request("GET", `${url}?planYear=1999`)).status).toBe(404);
    const bad = await t.h.request("GET", `${url}?format=xml`);
    expect(bad.status).toBe(400);
    expect((await t.h.request("GET", "/api/public/not-a-guid/results")).status).toBe(400);
  });
});

describe("the Word goal section (issue 3)", () => {
  const docx = async (query: string, token: string) => {
    const response = await fetch(`${t.h.base}/api/plan-years/2026/periods/interim1/report.docx${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const bytes = response.ok ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
    return { response, bytes, files: response.ok ? unzipSync(bytes) : {} };
  };

  it("reads in an independent docx reader as a document with Word's headings and tables, and has page numbers and a header", async () => {
    const { bytes, files } = await docx("?scopeId=socn", await as("lars.oberg"));
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
    // Word's built-in heading styles, recognised by name: the navigation pane and a table of contents list them.
    expect(html).toMatch(/<h1>Socialnämnden<\/h1>/);
    expect(html).toMatch(/<h2>Äldre kan bo kvar hemma med trygg omsorg så länge de vill<\/h2>/);
    expect(html).toMatch(/<table>.*<th>|<table><thead>|<table><tr><td><p><strong>Nyckeltal/s);
    const styles = strFromU8(files["word/styles.xml"] as Uint8Array);
    for (const [id, level] of [
      ["Heading1", 0],
      ["Heading2", 1],
    ] as const) {
      const style = styles.slice(styles.indexOf(`w:styleId="${id}"`), styles.indexOf("</w:style>", styles.indexOf(`w:styleId="${id}"`)));
      expect(style).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    expect(styles).toMatch(/<w:rFonts w:ascii="Calibri"/);
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(strFromU8(footer?.[1] as Uint8Array)).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    const header = Object.entries(files).find(([name]) => /^word\/header\d*\.xml$/.test(name));
    expect(strFromU8(header?.[1] as Uint8Array)).toContain("Piteå kommun · Målavsnitt – Delårsrapport per 30 april 2026");
    // Columns sized by content: the indicator table's widths differ and none is narrower than its longest word.
    const document = strFromU8(files["word/document.xml"] as Uint8Array);
    const grid = [...document.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...(m[1] ?? "").matchAll(/w:w="(\d+)"/g)].map((x) => Number(x[1])),
    );
    const indicators = grid.find((g) => g.length === 6) ?? [];
    expect(new Set(indicators).size).toBeGreaterThan(1);
    const headerWords = ["Nyckeltal", "Utfall", "Kvinnor", "Män", "Mål", "Status"];
    for (const [i, word] of headerWords.entries()) expect(indicators[i]).toBeGreaterThanOrEqual(word.length * 100);
  });

  it("builds a committee's goal section with headings, header rows, charts with alt text and the document language", async () => {
    const { response, files } = await docx("?scopeId=socn", await as("lars.oberg"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="malavsnitt-2026-interim1-socn.docx"; filename*=UTF-8''malavsnitt-2026-interim1-socn.docx`,
    );
    const xml = strFromU8(files["word/document.xml"] as Uint8Array);
    expect(xml).toContain("Målavsnitt – Delårsrapport per 30 april 2026");
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain("Äldre kan bo kvar hemma med trygg omsorg så länge de vill");
    expect(xml).toContain("Hög sjukfrånvaro i hemtjänsten");
    expect(xml).toContain("<w:tblHeader/>");
    // Alt text states the chart's data.
    expect(xml).toMatch(/descr="Stapeldiagram, Målens bedömning per nämnd\. Socialnämnden: Uppfyllt 0, Delvis uppfyllt 0, Ej uppfyllt 1/);
    expect(Object.keys(files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(2);
    expect(strFromU8(files["word/styles.xml"] as Uint8Array)).toContain('w:val="sv-SE"');
    expect(strFromU8(files["docProps/core.xml"] as Uint8Array)).toContain(
      "<dc:title>Målavsnitt – Delårsrapport per 30 april 2026</dc:title>",
    );
  });

  it("builds the whole municipality's, in English on request, from approved reports only", async () => {
    const { response, files } = await docx("?locale=en", t.admin);
    expect(response.status).toBe(200);
    const xml = strFromU8(files["word/document.xml"] as Uint8Array);
    for (const owner of ["Kommunfullmäktige", "Barn- och utbildningsnämnden", "Socialnämnden", "Norrmalmskolan"])
      expect(xml).toContain(owner);
    expect(xml).toContain("Goal section – Interim report at 30 April 2026");
    expect(xml).toContain("No decided assessment of the council's goals yet.".replace("'", "&apos;"));
    expect(strFromU8(files["word/styles.xml"] as Uint8Array)).toContain('w:val="en-GB"');
  });

  it("refuses an unknown committee or period, and a person outside the municipality's directory", async () => {
    expect((await docx("?scopeId=nope", t.admin)).response.status).toBe(404);
    const period = await fetch(`${t.h.base}/api/plan-years/2026/periods/q9/report.docx`, {
      headers: { authorization: `Bearer ${t.admin}` },
    });
    expect(period.status).toBe(404);
    expect((await docx("", await as("oskar.vik"))).response.status).toBe(403);
  });
});
