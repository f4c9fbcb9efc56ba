import { readGoalSettings, toGoalDto, toIndicatorDto } from "../goals/goal-mappers.js";
import { goalOrThrow } from "../goals/goal-records.js";
import type { GoalData, IndicatorData } from "../goals/goal-repository.js";
import { indicatorStatus } from "../reporting/reporting-rules.js";
import { notFound } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { goalEditorRoles, holdsRole } from "../shared/roles.js";
import type { Stored } from "../shared/store.js";
import type { GoalDetail, IndicatorTrend, TrendPoint } from "./contracts.js";
import { createFollowUpContext, type FollowUpDeps, trendYears } from "./followup-context.js";
import { benchmark, benchmarkRule } from "./kolada.js";

/** A goal's detail: its indicators across plan years, targets, the gender split and the Kolada benchmark. */
export function createGoalDetailService(deps: FollowUpDeps) {
  const { followUpStore, reportStore, goals } = deps;
  const { unitsOf, ownerOf } = createFollowUpContext(deps);

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
      const goal = await goalOrThrow(goals, p.tenantId, goalId);
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
        reportStore.listReports(p.tenantId, {
          planYearIds: [...new Set(chainIndicators.map((i) => i.planYearId).concat(goal.planYearId))],
          ownerScopeIds: owners,
        }),
        kpiIds.length ? followUpStore.findKoladaSeries(p.tenantId, kpiIds) : Promise.resolve([]),
        isCouncil ? reportStore.listRollupDecisions(p.tenantId, goal.planYearId) : Promise.resolve([]),
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
        canEdit: holdsRole(p.assignments, goalEditorRoles, goal.ownerScopePath),
        roundTrips,
      };
    },

    /**
     * Imports Kolada values (administrators): from a downloaded v3 file, or fetched from
     * the API for the KPIs the plan year's indicators link. Only KPIs some indicator links,
     * and only the own municipality and its comparison group, are kept.
     */
  };
}

export type GoalDetailService = ReturnType<typeof createGoalDetailService>;
