/** Kolada's open API: the adapter reads `https://api.kolada.se/v3` in production; tests pass recorded pages. */
export interface KoladaSource {
  /**
   * The raw JSON pages of `/data/kpi/{kpiIds}/municipality/{municipalityIds}/year/{years}`,
   * following `next_page` to the end. Throws `service_unavailable` when Kolada does not answer.
   */
  fetchData(kpiIds: readonly string[], municipalityIds: readonly string[], years: readonly number[]): Promise<unknown[]>;
}
