import type { DirectoryRepository, OrgUnitData, TenantRecord, TenantRegistry } from "../directory/directory-repository.js";
import type {
  FinanceData,
  GoalData,
  GoalRepository,
  IndicatorData,
  KoladaSeriesData,
  PlanYearData,
  ReportData,
} from "../goals/goal-repository.js";
import { readGoalSettings, toGoalDto, toIndicatorDto } from "../goals/goal-service.js";
import type { Assessment, ReportStatus } from "../reporting/contracts.js";
import { indicatorStatus } from "../reporting/reporting-rules.js";
import { DomainError, notFound, validationFailed } from "../shared/errors.js";
import { isMunicipalityAdministrator, type Principal, requireMember, requireMunicipalityAdministrator } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import type { Clock, Stored } from "../shared/store.js";
import type {
  AssessmentCounts,
  FinanceBody,
  FinanceView,
  GoalDetail,
  IndicatorTrend,
  KoladaImportBody,
  KoladaImportResult,
  PublicResults,
  TrendPoint,
} from "./contracts.js";
import { type CostOwner, costPerResident, type FinanceEntry, mergeFinance, parseFinanceCsv } from "./finance.js";
import { benchmark, benchmarkRule, type KoladaPoint, mergePoints, parseKoladaPage } from "./kolada.js";
import type { KoladaSource } from "./kolada-source.js";

type Deps = {
  readonly goals: GoalRepository;
  readonly directory: Pick<DirectoryRepository, "listOrgUnits">;
  readonly tenants: Pick<TenantRegistry, "findTenant">;
  readonly kolada: KoladaSource;
  readonly clock: Clock;
};

/** How many earlier plan years a trend reaches back through `predecessorIndicatorId`. */
export const trendYears = 3;
/** Reports whose results count as approved: what open data and the Word report show. */
export const approvedStatuses: readonly ReportStatus[] = ["approved", "reviewed"];
/** Owners with a net cost in the municipal accounts. */
const costOwnerKinds = new Set(["committee", "executiveBoard"]);
/** The active committees and boards with a net cost, by name: who a cost import or template names. */
const costOwners = (units: ReadonlyMap<string, Stored<OrgUnitData>>): CostOwner[] =>
  [...units.values()]
    .filter((u) => costOwnerKinds.has(u.kind) && u.active)
    .map((u) => ({ id: u.id, name: u.name, shortName: u.shortName }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));

const emptyCounts = (): AssessmentCounts => ({ fulfilled: 0, partlyFulfilled: 0, notFulfilled: 0, notAssessed: 0 });

export function countAssessments(assessments: Iterable<Assessment>): AssessmentCounts {
  const counts = emptyCounts();
  for (const a of assessments) counts[a] += 1;
  return counts;
}

/**
 * What the follow-up shows beyond the reporting cycle: a goal's detail with indicator
 * trends across plan years and the Kolada benchmark, the Kolada import, cost beside
 * quality, and the approved results as open data.
 */
export function createFollowUpService({ goals, directory, tenants, kolada, clock }: Deps) {
  async function unitsOf(tenantId: string): Promise<Map<string, Stored<OrgUnitData>>> {
    return new Map((await directory.listOrgUnits(tenantId)).map((u) => [u.id, u]));
  }

  async function planYearOrThrow(tenantId: string, id: string): Promise<Stored<PlanYearData>> {
    const year = await goals.findPlanYear(tenantId, id);
    if (!year) throw notFound("The plan year");
    return year;
  }

  const ownerOf = (x: { ownerScopePath: readonly string[] }) => x.ownerScopePath[x.ownerScopePath.length - 1] ?? "";

  /** Stores Kolada points for the KPIs indicators link, keeping only the own municipality and its group. */
  async function storeKolada(p: Principal, byKpi: Map<string, KoladaPoint[]>, linked: ReadonlySet<string>, group: ReadonlySet<string>) {
    const result: KoladaImportResult = { imported: [], ignoredKpiIds: [], ignoredPoints: 0 };
    const wanted = [...byKpi.keys()].filter((k) => linked.has(k));
    result.ignoredKpiIds.push(...[...byKpi.keys()].filter((k) => !linked.has(k)).sort());
    const existing = new Map((await goals.findKoladaSeries(p.tenantId, wanted)).map((s) => [s.kpiId, s]));
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
        if (current) await goals.replace(p.tenantId, "koladaSeries", current, data, current.etag, audit);
        else await goals.create(p.tenantId, "koladaSeries", data, audit);
        return;
      } catch (error) {
        const raced = error instanceof DomainError && (error.code === "precondition_failed" || error.code === "conflict");
        if (!raced || attempt >= 3) throw error;
        current = (await goals.findKoladaSeries(p.tenantId, [kpiId]))[0] ?? null;
      }
    }
  }

  async function financeView(
    p: Principal,
    tenant: TenantRecord,
    year: Stored<PlanYearData>,
    stored: Stored<FinanceData> | null,
  ): Promise<FinanceView> {
    const [units, reports] = await Promise.all([unitsOf(p.tenantId), goals.listReports(p.tenantId, { planYearId: year.id })]);
    const reportOf = new Map(reports.map((r) => [`${r.periodId}.${r.ownerScopeId}`, r]));
    const residents = stored?.residents ?? null;
    const periodOrder = new Map(year.periods.map((x, i) => [x.id, i]));
    const rows = (stored?.entries ?? [])
      .map((e) => {
        const report = reportOf.get(`${e.periodId}.${e.ownerScopeId}`);
        return {
          periodId: e.periodId,
          ownerScopeId: e.ownerScopeId,
          ownerName: units.get(e.ownerScopeId)?.name ?? e.ownerScopeId,
          netCost: e.netCost,
          budget: e.budget,
          deviation: e.budget === null ? null : Math.round((e.budget - e.netCost) * 10) / 10,
          netCostPerResident: costPerResident(e.netCost, residents),
          reportStatus: (report?.status ?? "notStarted") as ReportStatus,
          results: countAssessments(Object.values(report?.assessments ?? {}).map((a) => a.assessment)),
        };
      })
      .sort(
        (a, b) => (periodOrder.get(a.periodId) ?? 0) - (periodOrder.get(b.periodId) ?? 0) || a.ownerName.localeCompare(b.ownerName, "sv"),
      );
    return {
      planYearId: year.id,
      residents,
      rows,
      owners: costOwners(units).map(({ id, name }) => ({ id, name })),
      etag: stored?.etag ?? newRecordEtag,
      allowed: { edit: isMunicipalityAdministrator(p, tenant.rootOrgUnitId) },
    };
  }

  async function saveFinance(
    p: Principal,
    tenant: TenantRecord,
    planYearId: string,
    etag: string,
    change: (
      current: Stored<FinanceData> | null,
      owners: readonly CostOwner[],
      periods: PlanYearData["periods"],
    ) => { residents: number | null; entries: FinanceEntry[] },
  ): Promise<FinanceView> {
    requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "finance.write");
    const [year, current, units] = await Promise.all([
      planYearOrThrow(p.tenantId, planYearId),
      goals.findFinance(p.tenantId, planYearId),
      unitsOf(p.tenantId),
    ]);
    assertVersion(current, etag);
    const next = change(current, costOwners(units), year.periods);
    const data = { id: planYearId, planYearId, ...next };
    const audit = { userId: p.userId, action: "finance.update" };
    const saved = current
      ? await goals.replace(p.tenantId, "finance", current, data, etag, audit)
      : await goals.create(p.tenantId, "finance", data, audit);
    return financeView(p, tenant, year, saved);
  }

  return {
    /**
     * A goal with its indicators' values across plan years (this year and up to three
     * before, through `predecessorIndicatorId`), each year's target, the gender split,
     * and the Kolada benchmark where an indicator links a KPI. Bounded round trips: the
     * goal; plan years, indicators, settings, units and parents together; one per earlier
     * year of the chain; the reports and Kolada series together; and the council's decisions.
     */
    async goalDetail(p: Principal, goalId: string): Promise<GoalDetail> {
      requireMember(p);
      let roundTrips = 1;
      const goal = await goals.findGoal(p.tenantId, goalId);
      if (!goal) throw notFound("The goal");
      const [planYears, current, settings, units, parents] = await Promise.all([
        goals.listPlanYears(p.tenantId),
        goals.listIndicators(p.tenantId, goal.planYearId, goal.id),
        readGoalSettings(goals, p.tenantId),
        unitsOf(p.tenantId),
        goal.parentGoalIds.length ? goals.findGoals(p.tenantId, goal.parentGoalIds) : Promise.resolve([] as Stored<GoalData>[]),
      ]);
      roundTrips += goal.parentGoalIds.length ? 5 : 4;
      const yearById = new Map(planYears.map((y) => [y.id, y]));
      const planYear = yearById.get(goal.planYearId);
      if (!planYear) throw notFound("The plan year");

      // Each indicator's chain, newest first, one query per earlier year.
      const chains = new Map(current.map((i) => [i.id, [i] as Stored<IndicatorData>[]]));
      let frontier = current.filter((i) => i.predecessorIndicatorId !== null);
      for (let depth = 0; depth < trendYears && frontier.length > 0; depth++) {
        const found = await goals.findIndicators(
          p.tenantId,
          frontier.map((i) => i.predecessorIndicatorId as string),
        );
        roundTrips += 1;
        const byId = new Map(found.map((i) => [i.id, i]));
        const next: Stored<IndicatorData>[] = [];
        for (const chain of chains.values()) {
          const last = chain[chain.length - 1] as Stored<IndicatorData>;
          const before = last.predecessorIndicatorId === null ? undefined : byId.get(last.predecessorIndicatorId);
          if (!before) continue;
          chain.push(before);
          if (before.predecessorIndicatorId !== null) next.push(before);
        }
        frontier = next;
      }
      const chainIndicators = [...chains.values()].flat();
      const kpiIds = [...new Set(current.flatMap((i) => (i.source.kind === "kolada" && settings.benchmark ? [i.source.kpiId] : [])))];
      const owners = [...new Set([goal.ownerScopeId, ...chainIndicators.map(ownerOf)])];
      // A council goal's assessments are the quality network's roll-up decisions.
      const isCouncil = units.get(goal.ownerScopeId)?.kind === "council";
      const [reports, series, decisions] = await Promise.all([
        goals.listReports(p.tenantId, {
          planYearIds: [...new Set(chainIndicators.map((i) => i.planYearId).concat(goal.planYearId))],
          ownerScopeIds: owners,
        }),
        kpiIds.length ? goals.findKoladaSeries(p.tenantId, kpiIds) : Promise.resolve([]),
        isCouncil ? goals.listRollupDecisions(p.tenantId, goal.planYearId) : Promise.resolve([]),
      ]);
      roundTrips += 1 + (kpiIds.length ? 1 : 0) + (isCouncil ? 1 : 0);
      const seriesByKpi = new Map(series.map((s) => [s.kpiId, s]));
      const periodOf = (planYearId: string, periodId: string) => yearById.get(planYearId)?.periods.find((x) => x.id === periodId);

      const indicators: IndicatorTrend[] = current.map((indicator) => {
        const chain = [...(chains.get(indicator.id) ?? [indicator])].reverse();
        const points: TrendPoint[] = [];
        for (const link of chain) {
          const year = yearById.get(link.planYearId);
          for (const r of reports) {
            const outcome = r.planYearId === link.planYearId && r.ownerScopeId === ownerOf(link) ? r.outcomes[link.id] : undefined;
            const period = periodOf(r.planYearId, r.periodId);
            if (!outcome || !period || !year || (outcome.total === null && outcome.women === null && outcome.men === null)) continue;
            points.push({
              planYearId: link.planYearId,
              year: year.year,
              periodId: r.periodId,
              periodKind: period.kind,
              endsOn: period.endsOn,
              total: outcome.total,
              women: outcome.women,
              men: outcome.men,
              reportStatus: r.status,
            });
          }
        }
        points.sort((a, b) => a.endsOn.localeCompare(b.endsOn));
        const latest = [...points].reverse().find((pt) => pt.planYearId === indicator.planYearId)?.total ?? null;
        const kpi = indicator.source.kind === "kolada" ? seriesByKpi.get(indicator.source.kpiId) : undefined;
        return {
          indicator: toIndicatorDto(indicator),
          status: indicatorStatus(indicator, latest),
          points,
          targets: chain.map((link) => ({ year: yearById.get(link.planYearId)?.year ?? 0, target: link.target })),
          benchmark:
            kpi && settings.benchmark
              ? {
                  rule: benchmarkRule,
                  kpiId: kpi.kpiId,
                  groupName: settings.benchmark.comparisonGroup.name,
                  years: benchmark(
                    kpi.points,
                    settings.benchmark.municipalityId,
                    settings.benchmark.comparisonGroup.municipalityIds,
                    indicator.direction,
                  ),
                }
              : null,
        };
      });

      const own = reports.filter((r) => r.planYearId === goal.planYearId && r.ownerScopeId === goal.ownerScopeId);
      const assessed = [
        ...own.flatMap((r) => {
          const a = r.assessments[goal.id];
          return a ? [{ periodId: r.periodId, assessment: a.assessment, analysis: a.analysis, reportStatus: r.status }] : [];
        }),
        ...decisions
          .filter((d) => d.goalId === goal.id)
          .map((d) => ({ periodId: d.periodId, assessment: d.assessment, analysis: d.justification, reportStatus: "reviewed" as const })),
      ];
      const owner = units.get(goal.ownerScopeId);
      return {
        goal: toGoalDto(goal),
        planYear: { id: planYear.id, year: planYear.year },
        level: planYear.levels.find((l) => l.key === goal.levelKey)?.name ?? null,
        owner: { id: goal.ownerScopeId, name: owner?.name ?? goal.ownerScopeId, kind: owner?.kind ?? "unit" },
        parents: parents.map((g) => ({ id: g.id, title: g.title })),
        assessments: assessed
          .flatMap((a) => {
            const period = periodOf(goal.planYearId, a.periodId);
            return period ? [{ ...a, periodKind: period.kind, endsOn: period.endsOn }] : [];
          })
          .sort((a, b) => a.endsOn.localeCompare(b.endsOn)),
        indicators,
        roundTrips,
      };
    },

    /**
     * Imports Kolada values (administrators): from a downloaded v3 file, or fetched from
     * the API for the KPIs the plan year's indicators link. Only KPIs some indicator links,
     * and only the own municipality and its comparison group, are kept.
     */
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

    async getFinance(p: Principal, tenant: TenantRecord, planYearId: string): Promise<FinanceView> {
      requireMember(p);
      const [year, stored] = await Promise.all([planYearOrThrow(p.tenantId, planYearId), goals.findFinance(p.tenantId, planYearId)]);
      return financeView(p, tenant, year, stored);
    },

    /** Replaces the residents and every entry (administrators); `etag` is `new` before the first save. */
    saveFinance(p: Principal, tenant: TenantRecord, planYearId: string, body: FinanceBody, etag: string): Promise<FinanceView> {
      return saveFinance(p, tenant, planYearId, etag, (_current, costOwnerList, periodList) => {
        const owners = new Set(costOwnerList.map((o) => o.id));
        const periods = new Set(periodList.map((x) => x.id));
        body.entries.forEach((e, i) => {
          if (!periods.has(e.periodId)) throw validationFailed("unknown_period", `No period ${e.periodId}.`, `body.entries.${i}.periodId`);
          if (!owners.has(e.ownerScopeId))
            throw validationFailed(
              "unknown_owner",
              `${e.ownerScopeId} is not a committee of this municipality.`,
              `body.entries.${i}.ownerScopeId`,
            );
        });
        return { residents: body.residents, entries: mergeFinance([], body.entries) };
      });
    },

    /** Merges a CSV of net cost and budget into the plan year's figures (administrators); all lines or none. */
    importFinanceCsv(p: Principal, tenant: TenantRecord, planYearId: string, csv: string, etag: string): Promise<FinanceView> {
      return saveFinance(p, tenant, planYearId, etag, (current, owners, periods) => ({
        residents: current?.residents ?? null,
        entries: mergeFinance(current?.entries ?? [], parseFinanceCsv(csv, owners, periods)),
      }));
    },

    /**
     * A municipality's approved results, for anyone (no sign-in): only when the municipality
     * publishes them, only approved or reviewed reports and decided roll-ups, and nothing
     * about a person — no names, no analyses, comments or evidence. An unknown or unpublished
     * municipality is simply not found.
     */
    async publicResults(tenantId: string, planYear?: string): Promise<PublicResults> {
      const [tenant, settings, years] = await Promise.all([
        tenants.findTenant(tenantId),
        readGoalSettings(goals, tenantId),
        goals.listPlanYears(tenantId),
      ]);
      if (!tenant || !settings.publishResults) throw notFound("The municipality's results");
      const sorted = [...years].sort((a, b) => b.year - a.year);
      const year = planYear === undefined ? sorted[0] : sorted.find((y) => String(y.year) === planYear);
      if (!year) throw notFound("The plan year");
      const [tree, reports, decisions, units] = await Promise.all([
        goals.loadTree(tenantId, year.id, {}),
        goals.listReports(tenantId, { planYearId: year.id, statuses: approvedStatuses }),
        goals.listRollupDecisions(tenantId, year.id),
        unitsOf(tenantId),
      ]);
      const areaName = new Map(year.areas.map((a) => [a.id, a.name]));
      const levelName = new Map(year.levels.map((l) => [l.key, l.name.sv]));
      const periodsWithResults = new Set([...reports.map((r) => r.periodId), ...decisions.map((d) => d.periodId)]);
      const byOwner = (owner: string) => reports.filter((r) => r.ownerScopeId === owner);
      return {
        municipality: tenant.name,
        planYear: year.year,
        planYears: sorted.map((y) => y.year),
        vision: year.vision,
        publishedAt: clock.now().toISOString(),
        license: "CC0 1.0",
        periods: year.periods.filter((x) => periodsWithResults.has(x.id)).map((x) => ({ id: x.id, kind: x.kind, endsOn: x.endsOn })),
        goals: tree.goals.map((g) => ({
          id: g.id,
          title: g.title,
          level: levelName.get(g.levelKey) ?? g.levelKey,
          owner: units.get(g.ownerScopeId)?.name ?? g.ownerScopeId,
          area: g.areaId === null ? null : (areaName.get(g.areaId) ?? null),
          parentGoalIds: [...g.parentGoalIds],
          assessments: [
            ...byOwner(g.ownerScopeId).flatMap((r) => {
              const a = r.assessments[g.id];
              return a ? [{ periodId: r.periodId, assessment: a.assessment }] : [];
            }),
            ...decisions.filter((d) => d.goalId === g.id).map((d) => ({ periodId: d.periodId, assessment: d.assessment })),
          ],
        })),
        indicators: tree.indicators.map((i) => ({
          id: i.id,
          goalId: i.goalId,
          title: i.title,
          unit: i.unit,
          direction: i.direction,
          target: i.target,
          outcomes: byOwner(ownerOf(i)).flatMap((r) => {
            const o = r.outcomes[i.id];
            return o ? [{ periodId: r.periodId, total: o.total, women: o.women, men: o.men }] : [];
          }),
        })),
      };
    },

    /** What the Word report of a period holds: approved results of one committee, or of the whole municipality. */
    async reportDocument(p: Principal, tenant: TenantRecord, planYearId: string, periodId: string, scopeId: string | undefined) {
      requireMember(p);
      const year = await planYearOrThrow(p.tenantId, planYearId);
      const period = year.periods.find((x) => x.id === periodId);
      if (!period) throw notFound("The reporting period");
      const [tree, reports, decisions, units] = await Promise.all([
        goals.loadTree(p.tenantId, year.id, scopeId === undefined ? {} : { scopeId }),
        goals.listReports(p.tenantId, { planYearId: year.id, periodId, statuses: approvedStatuses }),
        goals.listRollupDecisions(p.tenantId, year.id, periodId),
        unitsOf(p.tenantId),
      ]);
      if (scopeId !== undefined && !units.has(scopeId)) throw notFound("The organisational unit");
      const reportOf = new Map(reports.map((r) => [r.ownerScopeId, r]));
      const decisionOf = new Map(decisions.map((d) => [d.goalId, d]));
      const owners = [...new Set(tree.goals.map((g) => g.ownerScopeId))]
        .map((id) => units.get(id))
        .filter((u): u is Stored<OrgUnitData> => u !== undefined)
        .sort((a, b) => a.path.length - b.path.length || a.name.localeCompare(b.name, "sv"));
      return {
        municipality: tenant.name,
        scopeName: scopeId === undefined ? tenant.name : (units.get(scopeId)?.name ?? scopeId),
        planYear: { id: year.id, year: year.year, vision: year.vision },
        period: { ...period },
        owners: owners.map((owner) => {
          const report: Stored<ReportData> | undefined = reportOf.get(owner.id);
          const ownGoals = tree.goals.filter((g) => g.ownerScopeId === owner.id);
          return {
            id: owner.id,
            name: owner.name,
            kind: owner.kind,
            reportStatus: (report?.status ?? "notStarted") as ReportStatus,
            goals: ownGoals.map((g) => {
              const a = report?.assessments[g.id];
              const d = decisionOf.get(g.id);
              return {
                title: g.title,
                assessment: (d?.assessment ?? a?.assessment ?? null) as Assessment | null,
                analysis: d?.justification || a?.analysis || "",
                actions: a?.actions ?? "",
                indicators: tree.indicators
                  .filter((i) => i.goalId === g.id)
                  .map((i) => {
                    const o = report?.outcomes[i.id];
                    const value = o?.total ?? null;
                    return {
                      title: i.title,
                      unit: i.unit,
                      target: i.target,
                      total: value,
                      women: o?.women ?? null,
                      men: o?.men ?? null,
                      status: indicatorStatus(i, value),
                    };
                  }),
              };
            }),
          };
        }),
      };
    },
  };
}

export type FollowUpService = ReturnType<typeof createFollowUpService>;
export type ReportDocument = Awaited<ReturnType<FollowUpService["reportDocument"]>>;
