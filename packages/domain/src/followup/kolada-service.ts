import type { TenantRecord } from "../directory/directory-repository.js";
import { readGoalSettings } from "../goals/goal-mappers.js";
import { DomainError, validationFailed } from "../shared/errors.js";
import { type Principal, requireMunicipalityAdministrator } from "../shared/principal.js";
import type { Stored } from "../shared/store.js";
import type { KoladaImportBody, KoladaImportResult, KoladaKpiList } from "./contracts.js";
import { createFollowUpContext, type FollowUpDeps } from "./followup-context.js";
import type { KoladaSeriesData } from "./followup-repository.js";
import { type KoladaPoint, koladaKpiIdPattern, mergePoints, parseKoladaKpis, parseKoladaPage } from "./kolada.js";

/** KPIs a search shows: enough to choose from; a longer list asks for a better search. */
const kpiSearchLimit = 20;

/** The Kolada import: a file or the API, kept for the KPIs indicators link, the own municipality and its comparison group. */
export function createKoladaService(deps: FollowUpDeps) {
  const { followUpStore, goals, kolada, clock } = deps;
  const { planYearOrThrow } = createFollowUpContext(deps);
  /** Stores Kolada points for the KPIs indicators link, keeping only the own municipality and its group. */
  async function storeKolada(p: Principal, byKpi: Map<string, KoladaPoint[]>, linked: ReadonlySet<string>, group: ReadonlySet<string>) {
    const result: KoladaImportResult = { imported: [], ignoredKpiIds: [], ignoredPoints: 0 };
    const wanted = [...byKpi.keys()].filter((k) => linked.has(k));
    result.ignoredKpiIds.push(...[...byKpi.keys()].filter((k) => !linked.has(k)).sort());
    const existing = new Map((await followUpStore.findKoladaSeries(p.tenantId, wanted)).map((s) => [s.kpiId, s]));
    for (const kpiId of wanted.sort()) {
      const all = byKpi.get(kpiId) ?? [];
      const kept = all.filter((pt) => group.has(pt.municipalityId));
      result.ignoredPoints += all.length - kept.length;
      if (kept.length === 0) continue;
      await mergeSeries(p, kpiId, existing.get(kpiId) ?? null, kept);
      result.imported.push({ kpiId, points: kept.length });
    }
    return result;
  }

  /**
   * Merges points into a KPI's series. An import is not an edit of a version the caller
   * read, so when another import got there first the series is read again and merged anew
   * (a few attempts), rather than refused.
   */
  async function mergeSeries(p: Principal, kpiId: string, first: Stored<KoladaSeriesData> | null, points: KoladaPoint[]) {
    const audit = { userId: p.userId, action: "kolada.import" };
    let current = first;
    for (let attempt = 1; ; attempt++) {
      const data = { id: kpiId, kpiId, points: mergePoints(current?.points ?? [], points), importedAt: clock.now().toISOString() };
      try {
        if (current) await followUpStore.replace(p.tenantId, "koladaSeries", current, data, current.etag, audit);
        else await followUpStore.create(p.tenantId, "koladaSeries", data, audit);
        return;
      } catch (error) {
        const raced = error instanceof DomainError && (error.code === "precondition_failed" || error.code === "conflict");
        if (!raced || attempt >= 3) throw error;
        current = (await followUpStore.findKoladaSeries(p.tenantId, [kpiId]))[0] ?? null;
      }
    }
  }

  return {
    /**
     * Kolada's KPI catalogue searched by title, or looked up by id: public data, open to
     * every signed-in member, so whoever plans an indicator can link the right key figure.
     */
    async searchKpis(_p: Principal, q: string): Promise<KoladaKpiList> {
      const id = q.trim().toUpperCase();
      const pages = await kolada.searchKpis(koladaKpiIdPattern.test(id) ? id : q.trim(), kpiSearchLimit + 1);
      const found = parseKoladaKpis(pages);
      return { items: found.slice(0, kpiSearchLimit), more: found.length > kpiSearchLimit };
    },

    async importKolada(p: Principal, tenant: TenantRecord, body: KoladaImportBody): Promise<KoladaImportResult> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "kolada.import");
      const settings = await readGoalSettings(goals, p.tenantId);
      if (!settings.benchmark) {
        throw validationFailed(
          "benchmark_not_configured",
          "Set the municipality's Kolada code and comparison group first.",
          "settings.benchmark",
        );
      }
      const group = new Set([settings.benchmark.municipalityId, ...settings.benchmark.comparisonGroup.municipalityIds]);
      if (body.source === "file") {
        const byKpi = parseKoladaPage(body.document);
        const years = await goals.listPlanYears(p.tenantId);
        const indicators = (await Promise.all(years.map((y) => goals.listIndicators(p.tenantId, y.id)))).flat();
        const linked = new Set(indicators.flatMap((i) => (i.source.kind === "kolada" ? [i.source.kpiId] : [])));
        return storeKolada(p, byKpi, linked, group);
      }
      await planYearOrThrow(p.tenantId, body.planYearId);
      const linked = new Set(
        (await goals.listIndicators(p.tenantId, body.planYearId)).flatMap((i) => (i.source.kind === "kolada" ? [i.source.kpiId] : [])),
      );
      if (linked.size === 0) {
        throw validationFailed("no_kolada_indicators", "No indicator of the plan year links a Kolada KPI.", "body.planYearId");
      }
      const pages = await kolada.fetchData([...linked].sort(), [...group].sort(), body.years);
      const byKpi = new Map<string, KoladaPoint[]>();
      pages.forEach((page, n) => {
        for (const [kpi, points] of parseKoladaPage(page, `kolada.page${n + 1}`)) byKpi.set(kpi, [...(byKpi.get(kpi) ?? []), ...points]);
      });
      return storeKolada(p, byKpi, linked, group);
    },
  };
}

export type KoladaService = ReturnType<typeof createKoladaService>;
