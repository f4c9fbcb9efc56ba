import type { TenantRecord } from "../directory/directory-repository.js";
import { goalOrThrow } from "../goals/goal-records.js";
import type { PlanYearData } from "../goals/goal-repository.js";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { validationFailed } from "../shared/errors.js";
import { type Principal, requireMember, requireMunicipalityAdministrator } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import type { Stored } from "../shared/store.js";
import type { Assessment, DecideRollupBody, RollupView } from "./contracts.js";
import { type ReportingDeps, writeReportingRecord } from "./report-records.js";
import type { ReportData, RollupDecisionData } from "./report-repository.js";
import { createReportingContext } from "./reporting-context.js";
import { assertNotLocked } from "./reporting-rules.js";
import { rollUp, rollupRule } from "./rollup.js";

/** The roll-up to the council's goals: suggestions from the assessments below, and the decisions on them. */
export function createRollupService(deps: ReportingDeps) {
  const { reportStore, goals, clock } = deps;
  const { unitsOf, planYearOrThrow, periodOrThrow } = createReportingContext(deps);
  const write = <T extends ReportData | RollupDecisionData>(
    tenantId: string,
    current: Stored<T> | null,
    data: T,
    etag: string,
    audit: { userId: string; action: string },
  ) => writeReportingRecord(reportStore, tenantId, current, data, etag, audit);

  async function rollupRows(tenantId: string, year: PlanYearData, period: ReportingPeriod) {
    const [units, goalList, reports, decisions] = await Promise.all([
      unitsOf(tenantId),
      goals.listGoals(tenantId, year.id),
      reportStore.listReports(tenantId, { planYearId: year.id, periodId: period.id, statuses: ["approved", "reviewed"] }),
      reportStore.listRollupDecisions(tenantId, year.id, period.id),
    ]);
    const reported = new Map<string, Assessment>();
    for (const r of reports) for (const [goalId, a] of Object.entries(r.assessments)) reported.set(goalId, a.assessment);
    const decisionById = new Map(decisions.map((d) => [d.goalId, d]));
    const decided = new Map(decisions.map((d) => [d.goalId, d.assessment]));
    const isCouncil = (g: { ownerScopeId: string }) => units.get(g.ownerScopeId)?.kind === "council";
    const rows = rollUp(goalList, reported, decided, isCouncil);
    return { rows, decisionById, goalById: new Map(goalList.map((g) => [g.id, g])) };
  }

  return {
    /** Suggested assessments of the council's goals, with the rule, its inputs and the decisions taken. */
    async rollup(p: Principal, planYearId: string, periodId: string): Promise<RollupView> {
      requireMember(p);
      const year = await planYearOrThrow(p.tenantId, planYearId);
      const period = periodOrThrow(year, periodId);
      const { rows, decisionById } = await rollupRows(p.tenantId, year, period);
      return {
        planYearId,
        period: { ...period },
        rule: { ...rollupRule },
        rows: rows.map((row) => {
          const d = decisionById.get(row.goalId);
          return {
            goalId: row.goalId,
            suggested: row.suggested,
            inputs: row.inputs.map((i) => ({ ...i })),
            decision: d
              ? { assessment: d.assessment, justification: d.justification, decidedAt: d.decidedAt, decidedBy: d.decidedBy }
              : null,
            etag: d?.etag ?? newRecordEtag,
          };
        }),
      };
    },

    /** The quality network confirms a suggestion, or overrides it with a justification (audited). */
    async decideRollup(p: Principal, tenant: TenantRecord, goalId: string, periodId: string, body: DecideRollupBody, etag: string) {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "reporting.rollup");
      const goal = await goalOrThrow(goals, p.tenantId, goalId);
      const year = await planYearOrThrow(p.tenantId, goal.planYearId);
      const period = periodOrThrow(year, periodId);
      assertNotLocked(period);
      const { rows } = await rollupRows(p.tenantId, year, period);
      const row = rows.find((r) => r.goalId === goalId);
      if (!row) throw validationFailed("not_rolled_up", "Only the council's goals are assessed by roll-up.", "params.id");
      if (body.assessment !== row.suggested && body.justification.length === 0) {
        throw validationFailed("justification_required", "Say why the assessment differs from the suggestion.", "body.justification");
      }
      const id = `${goalId}.${periodId}`;
      const current = await reportStore.findRollupDecision(p.tenantId, id);
      assertVersion(current, etag);
      const data: RollupDecisionData = {
        id,
        planYearId: year.id,
        periodId,
        goalId,
        ownerScopeId: goal.ownerScopeId,
        ownerScopePath: [...goal.ownerScopePath],
        suggested: row.suggested,
        assessment: body.assessment,
        justification: body.justification,
        decidedAt: clock.now().toISOString(),
        decidedBy: p.userId,
      };
      const action = body.assessment === row.suggested ? "rollup.confirm" : "rollup.override";
      const saved = await write(p.tenantId, current, data, etag, { userId: p.userId, action });
      return {
        goalId,
        suggested: row.suggested,
        inputs: row.inputs.map((i) => ({ ...i })),
        decision: {
          assessment: saved.assessment,
          justification: saved.justification,
          decidedAt: saved.decidedAt,
          decidedBy: saved.decidedBy,
        },
        etag: saved.etag,
      };
    },
  };
}

export type RollupService = ReturnType<typeof createRollupService>;
