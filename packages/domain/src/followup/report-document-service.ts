import type { OrgUnitData, TenantRecord } from "../directory/directory-repository.js";
import type { Assessment, ReportStatus } from "../reporting/contracts.js";
import type { ReportData } from "../reporting/report-repository.js";
import { indicatorStatus } from "../reporting/reporting-rules.js";
import { notFound } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import type { Stored } from "../shared/store.js";
import { approvedStatuses, createFollowUpContext, type FollowUpDeps } from "./followup-context.js";

/** The goal section of the annual or interim report, as the Word document is built from it. */
export function createReportDocumentService(deps: FollowUpDeps) {
  const { reportStore } = deps;
  const { unitsOf, planYearOrThrow } = createFollowUpContext(deps);

  return {
    async reportDocument(p: Principal, tenant: TenantRecord, planYearId: string, periodId: string, scopeId: string | undefined) {
      requireMember(p);
      const year = await planYearOrThrow(p.tenantId, planYearId);
      const period = year.periods.find((x) => x.id === periodId);
      if (!period) throw notFound("The reporting period");
      const [tree, reports, decisions, units] = await Promise.all([
        reportStore.loadTree(p.tenantId, year.id, scopeId === undefined ? {} : { scopeId }),
        reportStore.listReports(p.tenantId, { planYearId: year.id, periodId, statuses: approvedStatuses }),
        reportStore.listRollupDecisions(p.tenantId, year.id, periodId),
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

export type ReportDocumentService = ReturnType<typeof createReportDocumentService>;
export type ReportDocument = Awaited<ReturnType<ReportDocumentService["reportDocument"]>>;
