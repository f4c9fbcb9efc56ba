import type { MyItem } from "../directory/me-contracts.js";
import type { PlanYearData } from "../goals/goal-repository.js";
import { periodName } from "../goals/period-names.js";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { addDays } from "../shared/dates.js";
import { type Principal, requireMember } from "../shared/principal.js";
import type { Stored } from "../shared/store.js";
import type { ApprovalItem, ApprovalQueue } from "./contracts.js";
import { type ReportingDeps, remindFromDays, reportHref, unreported } from "./report-records.js";
import { type ReportData, reportId } from "./report-repository.js";
import { createReportingContext, type Grant } from "./reporting-context.js";
import { reportRoles } from "./reporting-rules.js";

/** What waits for the caller: reports to write, to approve as department head and to review as chair. */
export function createMyReportsService(deps: ReportingDeps) {
  const { reportStore, goals } = deps;
  const { today, unitsOf, loadYearStatus } = createReportingContext(deps);

  return {
    /** Reports waiting for the caller: to approve as department head, to review as chair. */
    async approvals(
      p: Principal,
      known?: { years: readonly PlanYearData[]; reports: readonly Stored<ReportData>[] },
    ): Promise<ApprovalQueue> {
      requireMember(p);
      const [units, reports, years] = await Promise.all([
        unitsOf(p.tenantId),
        known ? known.reports : reportStore.listReports(p.tenantId, { statuses: ["submitted", "approved"] }),
        known ? known.years : goals.listPlanYears(p.tenantId),
      ]);
      const periods = new Map(years.flatMap((y) => (y.periods ?? []).map((x) => [`${y.id}.${x.id}`, x] as const)));
      const items: ApprovalItem[] = [];
      for (const r of reports) {
        const owner = units.get(r.ownerScopeId);
        const period = periods.get(`${r.planYearId}.${r.periodId}`);
        if (!owner || !period || period.lockedAt !== null) continue;
        const roles = reportRoles(p, owner, units);
        const action = r.status === "submitted" && roles.approve ? "approve" : r.status === "approved" && roles.review ? "review" : null;
        if (!action) continue;
        const last = r.events[r.events.length - 1];
        items.push({
          planYearId: r.planYearId,
          periodId: r.periodId,
          periodKind: period.kind,
          endsOn: period.endsOn,
          deadline: period.deadline,
          ownerScopeId: r.ownerScopeId,
          ownerName: owner.name,
          status: r.status,
          action,
          since: last?.at ?? r.updatedAt,
          by: last?.byName ?? "",
        });
      }
      return { items: items.sort((a, b) => a.since.localeCompare(b.since)) };
    },

    /** What is due for the caller now: reports to write (as recipient) and reports to approve or review. */
    async myItems(p: Principal): Promise<MyItem[]> {
      requireMember(p);
      if (!p.person) return [];
      const personId = p.person.id;
      const date = today();
      // From a month before the deadline; an unreported report stays until it is in or its period is locked.
      const isOpen = (x: ReportingPeriod) => x.lockedAt === null && date >= addDays(x.deadline, remindFromDays - 30);
      const [inputs, units] = await Promise.all([reportStore.loadPersonInputs(p.tenantId, personId), unitsOf(p.tenantId)]);
      const years = inputs.planYears;
      const items: MyItem[] = [];
      // Only the owners this person can be reminded for: where they report, where they own an
      // indicator, and (as fallback recipient) what their department contains or serves.
      const mine = p.assignments.filter((a) => a.role === "reporter" || a.role === "departmentHead");
      const heads = p.assignments.filter((a) => a.role === "departmentHead").map((a) => a.scopeId);
      const served = heads.flatMap((id) => units.get(id)?.servesCommitteeIds ?? []);
      const fallbackOwners = [...units.values()].filter((u) => [...heads, ...served].some((id) => u.path.includes(id))).map((u) => u.id);
      const extra: Grant[] = mine.map((a) => ({ role: a.role, scopeId: a.scopeId, personId, personName: p.name }));
      for (const year of years) {
        const open = (year.periods ?? []).filter(isOpen);
        if (open.length === 0) continue;
        const indicatorOwners = inputs.ownedIndicators.filter((i) => i.planYearId === year.id).map((i) => i.ownerScopeId);
        const owners = [
          ...new Set([...mine.filter((a) => a.role === "reporter").map((a) => a.scopeId), ...fallbackOwners, ...indicatorOwners]),
        ];
        if (owners.length === 0) continue;
        const rowsOf = await loadYearStatus(p.tenantId, year, date, { owners, extra });
        for (const period of open) {
          for (const row of rowsOf(period)) {
            if (!unreported.includes(row.status) || !row.recipients.some((r) => r.personId === personId)) continue;
            items.push({
              kind: "report",
              id: reportId(year.id, period.id, row.ownerScopeId),
              title: periodName(period, "sv"),
              period: { kind: period.kind, endsOn: period.endsOn },
              dueDate: period.deadline,
              scopeName: row.ownerName,
              href: reportHref(year.id, period.id, row.ownerScopeId),
            });
          }
        }
      }
      for (const a of (await this.approvals(p, { years, reports: inputs.pendingReports })).items) {
        items.push({
          kind: a.action === "approve" ? "reportToApprove" : "reportToReview",
          id: reportId(a.planYearId, a.periodId, a.ownerScopeId),
          title: periodName({ kind: a.periodKind, endsOn: a.endsOn }, "sv"),
          period: { kind: a.periodKind, endsOn: a.endsOn },
          dueDate: null,
          scopeName: a.ownerName,
          href: reportHref(a.planYearId, a.periodId, a.ownerScopeId),
        });
      }
      return items.sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));
    },
  };
}

export type MyReportsService = ReturnType<typeof createMyReportsService>;
