import { readGoalSettings } from "../goals/goal-mappers.js";
import { notFound } from "../shared/errors.js";
import type { PublicResults } from "./contracts.js";
import { approvedStatuses, createFollowUpContext, type FollowUpDeps } from "./followup-context.js";

/** The approved results as open data (JSON, CSV and the public results page). */
export function createPublicResultsService(deps: FollowUpDeps) {
  const { reportStore, goals, tenants, clock } = deps;
  const { unitsOf, ownerOf } = createFollowUpContext(deps);

  return {
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
        reportStore.loadTree(tenantId, year.id, {}),
        reportStore.listReports(tenantId, { planYearId: year.id, statuses: approvedStatuses }),
        reportStore.listRollupDecisions(tenantId, year.id),
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
  };
}

export type PublicResultsService = ReturnType<typeof createPublicResultsService>;
