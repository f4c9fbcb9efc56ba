import { DomainError, type KoladaSource } from "@kvalitetskedjan/domain";

/** Pages followed at most for one request: a year list of 10 and a group of 25 stays far below. */
const maxPages = 50;
const timeoutMs = 15_000;
/** Ids per request, of KPIs and of municipalities, as established Kolada v3 clients send them. */
export const koladaBatchSize = 25;

const unavailable = (why: string, cause?: unknown) =>
  new DomainError("service_unavailable", `Kolada did not answer (${why}). Try again later, or import a downloaded file.`, {
    retryAfterSeconds: 60,
    details: [{ path: "kolada", reason: "kolada_unavailable", message: why }],
    cause,
  });

/** Kolada answered, and refused: a request it will refuse again, named with what it refused. */
class Refused extends Error {
  constructor(
    readonly status: number,
    readonly said: string,
  ) {
    super(`HTTP ${status}`);
  }
}

const refused = (what: string, error: Refused) =>
  new DomainError("bad_gateway", `Kolada refused ${what} (HTTP ${error.status}${error.said ? `: ${error.said}` : ""}).`, {
    details: [{ path: "kolada", reason: "kolada_refused", message: what }],
    cause: error,
  });

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Reads Kolada's open API v3 (no key needed), at most 25 KPIs and 25 municipalities a
 * request, following `next_page` (or `next_url`) only on Kolada's own host, so an answer
 * cannot send the server elsewhere. A refusal (4xx) is not an outage: it is answered 502
 * naming the KPI Kolada refused (each KPI of a refused batch is asked alone to find it).
 */
export function createKoladaHttpSource(baseUrl: string, fetchImpl: typeof fetch = fetch): KoladaSource {
  const base = new URL(baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);

  async function pagesOf(kpiIds: readonly string[], municipalityIds: readonly string[], years: readonly number[]): Promise<unknown[]> {
    let next: URL | null = new URL(`data/kpi/${kpiIds.join(",")}/municipality/${municipalityIds.join(",")}/year/${years.join(",")}`, base);
    const pages: unknown[] = [];
    while (next && pages.length < maxPages) {
      let response: Response;
      try {
        response = await fetchImpl(next, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        throw unavailable("no connection", error);
      }
      if (response.status >= 400 && response.status < 500 && response.status !== 429) {
        const text = await response.text().catch(() => "");
        throw new Refused(response.status, text.replace(/\s+/g, " ").slice(0, 200));
      }
      if (!response.ok) throw unavailable(`HTTP ${response.status}`);
      let page: unknown;
      try {
        page = await response.json();
      } catch (error) {
        throw unavailable("not JSON", error);
      }
      pages.push(page);
      const link = (page as { next_page?: unknown; next_url?: unknown }).next_page ?? (page as { next_url?: unknown }).next_url;
      next = typeof link === "string" && link.length > 0 ? new URL(link, base) : null;
      if (next && next.host !== base.host) throw unavailable("a page link to another host");
    }
    return pages;
  }

  async function batch(kpiIds: readonly string[], municipalityIds: readonly string[], years: readonly number[]): Promise<unknown[]> {
    try {
      return await pagesOf(kpiIds, municipalityIds, years);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      if (kpiIds.length === 1) throw refused(`KPI ${kpiIds[0]} for municipalities ${municipalityIds.join(", ")}`, error);
      // Which KPI of the batch did Kolada refuse? Each alone says.
      for (const kpi of kpiIds) await batch([kpi], municipalityIds, years);
      throw refused(`KPIs ${kpiIds.join(", ")} for municipalities ${municipalityIds.join(", ")}`, error);
    }
  }

  return {
    async searchKpis(text, perPage) {
      const byId = /^[NU]\d{5}$/.test(text);
      const url = new URL(byId ? `kpi/${text}` : "kpi", base);
      if (!byId) {
        url.searchParams.set("title", text);
        url.searchParams.set("per_page", String(perPage));
      }
      let response: Response;
      try {
        response = await fetchImpl(url, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        throw unavailable("no connection", error);
      }
      // An id Kolada does not know is an empty search, not an outage.
      if (response.status === 404) return [{ values: [] }];
      if (!response.ok) throw unavailable(`HTTP ${response.status}`);
      try {
        return [await response.json()];
      } catch (error) {
        throw unavailable("not JSON", error);
      }
    },

    async fetchData(kpiIds, municipalityIds, years) {
      const pages: unknown[] = [];
      for (const kpis of chunks(kpiIds, koladaBatchSize)) {
        for (const municipalities of chunks(municipalityIds, koladaBatchSize)) pages.push(...(await batch(kpis, municipalities, years)));
      }
      return pages;
    },
  };
}
