import type { TenantRecord } from "../directory/directory-repository.js";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { notFound } from "../shared/errors.js";
import type { Principal } from "../shared/principal.js";
import type { InternalControlAction, OversightAssessment, Risk } from "./contracts.js";
import { createControlPlanService } from "./control-plan-service.js";
import { isDeviation } from "./control-rules.js";
import type { InternalControlDeps } from "./internal-control-context.js";
import type { CommitteeInternalControlView } from "./view-contracts.js";

/** What the Word report of a committee's internal control holds: for the year, or one period of it. */
export interface InternalControlReportDocument {
  readonly municipality: string;
  readonly owner: CommitteeInternalControlView["owner"];
  readonly planYearId: string;
  /** The period reported on; null for the whole year. */
  readonly period: ReportingPeriod | null;
  readonly plan: CommitteeInternalControlView["plan"];
  readonly risks: readonly Risk[];
  readonly controls: readonly {
    readonly title: string;
    readonly method: string;
    readonly scope: string;
    readonly frequency: string;
    readonly responsibleName: string;
    readonly results: readonly { readonly period: ReportingPeriod; readonly result: string | null; readonly status: string }[];
  }[];
  readonly deviations: readonly {
    readonly control: string;
    readonly period: ReportingPeriod;
    readonly result: "minorDeviation" | "significantDeviation";
    readonly analysis: string;
  }[];
  readonly actions: readonly InternalControlAction[];
  readonly assessment: OversightAssessment | null;
  readonly boardAssessment: OversightAssessment | null;
}

/**
 * The internal-control report of a committee or company, in the goal section's format: the
 * plan and its adoption, the risks, each control's results, the deviations with their
 * analysis, the actions, and the committee's (and the board's) assessment of whether the
 * internal control is sufficient. Only submitted results count; a period narrows it.
 */
export function createInternalControlReportService(deps: InternalControlDeps) {
  const plans = createControlPlanService(deps);
  return {
    async reportDocument(
      p: Principal,
      tenant: TenantRecord,
      planYearId: string,
      ownerScopeId: string,
      periodId: string | undefined,
    ): Promise<InternalControlReportDocument> {
      const view = await plans.getCommittee(p, planYearId, ownerScopeId);
      const period = periodId === undefined ? null : (view.periods.find((x) => x.id === periodId) ?? null);
      if (periodId !== undefined && !period) throw notFound("The reporting period");
      const periods = new Map(view.periods.map((x) => [x.id, x]));
      const inScope = (id: string) => period === null || id === period.id;
      const controls = view.controls.map((c) => ({
        title: c.title,
        method: c.method,
        scope: c.scope,
        frequency: c.frequency,
        responsibleName: c.responsibleName,
        results: c.periods
          .filter((s) => inScope(s.periodId))
          .flatMap((s) => {
            const at = periods.get(s.periodId);
            return at ? [{ period: at, result: s.result, status: s.status }] : [];
          }),
      }));
      const deviations = view.controls.flatMap((c) =>
        c.periods.flatMap((s) => {
          const at = periods.get(s.periodId);
          if (!at || !inScope(s.periodId) || !s.result || !isDeviation(s.result) || s.result === "noRemark") return [];
          return [{ control: c.title, period: at, result: s.result, analysis: s.analysis }];
        }),
      );
      return {
        municipality: tenant.name,
        owner: view.owner,
        planYearId,
        period,
        plan: view.plan,
        risks: [...view.risks].sort((a, b) => b.value - a.value),
        controls,
        deviations,
        actions: view.actions.filter((a) => inScope(a.periodId)),
        assessment: view.assessment,
        boardAssessment: view.boardAssessment,
      };
    },
  };
}

export type InternalControlReportService = ReturnType<typeof createInternalControlReportService>;
