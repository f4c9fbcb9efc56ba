import { toGoalDto, toIndicatorDto } from "../goals/goal-mappers.js";
import { type Principal, requireMember } from "../shared/principal.js";
import type { GoalTree } from "./contracts.js";
import { type ReportingDeps, toReportDto } from "./report-records.js";
import { createReportingContext } from "./reporting-context.js";
import { indicatorStatus } from "./reporting-rules.js";

/** The goal tree of a plan year with a period's reports and indicator outcomes. */
export function createGoalTreeService(deps: ReportingDeps) {
  const { reportStore } = deps;
  const { planYearOrThrow } = createReportingContext(deps);

  return {
    /** The goal tree of a plan year (or of one committee) with a period's reports, in one round trip. */
    async tree(
      p: Principal,
      planYearId: string,
      filter: { scopeId?: string | undefined; periodId?: string | undefined },
    ): Promise<GoalTree> {
      requireMember(p);
      const loaded = await reportStore.loadTree(p.tenantId, planYearId, filter);
      if (loaded.goals.length === 0) await planYearOrThrow(p.tenantId, planYearId);
      const outcomes = new Map<string, number | null>();
      for (const r of loaded.reports) for (const [id, o] of Object.entries(r.outcomes)) outcomes.set(id, o.total);
      return {
        planYearId,
        periodId: filter.periodId ?? null,
        goals: loaded.goals.map(toGoalDto),
        indicators: loaded.indicators.map((i) => {
          const value = outcomes.get(i.id) ?? null;
          return { ...toIndicatorDto(i), value, status: indicatorStatus(i, value) };
        }),
        reports: loaded.reports.map((r) => toReportDto(r, r)),
      };
    },
  };
}

export type GoalTreeService = ReturnType<typeof createGoalTreeService>;
