import { DomainError, type KoladaSource } from "@kvalitetskedjan/domain";

/** Pages followed at most: a year list of 10 and a group of 300 stays far below. */
const maxPages = 50;
const timeoutMs = 15_000;

const unavailable = (why: string, cause?: unknown) =>
  new DomainError("service_unavailable", `Kolada did not answer (${why}). Try again later, or import a downloaded file.`, {
    retryAfterSeconds: 60,
    details: [{ path: "kolada", reason: "kolada_unavailable", message: why }],
    cause,
  });

/**
 * Reads Kolada's open API v3 (no key needed). Follows `next_page` (or `next_url`) only on
 * Kolada's own host, so an answer cannot send the server elsewhere.
 */
export function createKoladaHttpSource(baseUrl: string, fetchImpl: typeof fetch = fetch): KoladaSource {
  const base = new URL(baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  return {
    async fetchData(kpiIds, municipalityIds, years) {
      const path = `data/kpi/${kpiIds.join(",")}/municipality/${municipalityIds.join(",")}/year/${years.join(",")}`;
      let next: URL | null = new URL(path, base);
      const pages: unknown[] = [];
      while (next && pages.length < maxPages) {
        let response: Response;
        try {
          response = await fetchImpl(next, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs) });
        } catch (error) {
          throw unavailable("no connection", error);
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
    },
  };
}
