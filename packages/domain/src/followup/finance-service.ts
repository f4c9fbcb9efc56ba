import type { TenantRecord } from "../directory/directory-repository.js";
import type { PlanYearData } from "../goals/goal-repository.js";
import type { ReportStatus } from "../reporting/contracts.js";
import { validationFailed } from "../shared/errors.js";
import { isMunicipalityAdministrator, type Principal, requireMember, requireMunicipalityAdministrator } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import type { Stored } from "../shared/store.js";
import type { FinanceBody, FinanceView } from "./contracts.js";
import { type CostOwner, costPerResident, type FinanceEntry, mergeFinance, parseFinanceCsv } from "./finance.js";
import { costOwners, countAssessments, createFollowUpContext, type FollowUpDeps } from "./followup-context.js";
import type { FinanceData } from "./followup-repository.js";

/** Cost beside quality: net cost and budget per committee and period, entered or imported as CSV. */
export function createFinanceService(deps: FollowUpDeps) {
  const { followUpStore, reportStore } = deps;
  const { unitsOf, planYearOrThrow } = createFollowUpContext(deps);
  async function financeView(
    p: Principal,
    tenant: TenantRecord,
    year: Stored<PlanYearData>,
    stored: Stored<FinanceData> | null,
  ): Promise<FinanceView> {
    const [units, reports] = await Promise.all([unitsOf(p.tenantId), reportStore.listReports(p.tenantId, { planYearId: year.id })]);
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
      followUpStore.findFinance(p.tenantId, planYearId),
      unitsOf(p.tenantId),
    ]);
    assertVersion(current, etag);
    const next = change(current, costOwners(units), year.periods);
    const data = { id: planYearId, planYearId, ...next };
    const audit = { userId: p.userId, action: "finance.update" };
    const saved = current
      ? await followUpStore.replace(p.tenantId, "finance", current, data, etag, audit)
      : await followUpStore.create(p.tenantId, "finance", data, audit);
    return financeView(p, tenant, year, saved);
  }

  return {
    async getFinance(p: Principal, tenant: TenantRecord, planYearId: string): Promise<FinanceView> {
      requireMember(p);
      const [year, stored] = await Promise.all([
        planYearOrThrow(p.tenantId, planYearId),
        followUpStore.findFinance(p.tenantId, planYearId),
      ]);
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
  };
}

export type FinanceService = ReturnType<typeof createFinanceService>;
