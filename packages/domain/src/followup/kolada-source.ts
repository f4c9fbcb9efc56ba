/** Kolada's open API: the adapter reads `https://api.kolada.se/v3` in production; tests pass recorded pages. */
export interface KoladaSource {
  /**
   * The raw JSON pages of `/data/kpi/{kpiIds}/municipality/{municipalityIds}/year/{years}`,
   * following `next_page` to the end. Throws `service_unavailable` when Kolada does not answer.
   */
  fetchData(kpiIds: readonly string[], municipalityIds: readonly string[], years: readonly number[]): Promise<unknown[]>;
  /**
   * The raw JSON page of the KPI catalogue for a search: `/kpi/{id}` for an id, else
   * `/kpi?title=…` (at most `perPage` rows). Throws `service_unavailable` when Kolada does not answer.
   */
  searchKpis(text: string, perPage: number): Promise<unknown[]>;
}
