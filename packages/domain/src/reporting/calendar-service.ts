import type { TenantRecord } from "../directory/directory-repository.js";
import type { PlanYear } from "../goals/contracts.js";
import { toPlanYearDto } from "../goals/goal-mappers.js";
import { DomainError } from "../shared/errors.js";
import { type Principal, requireMunicipalityAdministrator } from "../shared/principal.js";
import { assertVersion, dataOf } from "../shared/records.js";
import type { CalendarBody } from "./contracts.js";
import type { ReportingDeps } from "./report-records.js";
import { createReportingContext } from "./reporting-context.js";
import { assertCalendar } from "./reporting-rules.js";

/** The plan year's reporting calendar: its periods and deadlines, and locking a period. */
export function createCalendarService(deps: ReportingDeps) {
  const { reportStore, goals, clock } = deps;
  const { planYearOrThrow, periodOrThrow } = createReportingContext(deps);

  return {
    /** Replaces a plan year's calendar; locked periods keep their dates, periods with reports stay. */
    async updateCalendar(p: Principal, tenant: TenantRecord, planYearId: string, body: CalendarBody, etag: string): Promise<PlanYear> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "reporting.calendar");
      const year = await planYearOrThrow(p.tenantId, planYearId);
      assertVersion(year, etag);
      assertCalendar(year.year, body.periods);
      const old = new Map((year.periods ?? []).map((x) => [x.id, x]));
      for (const prev of old.values()) {
        const next = body.periods.find((x) => x.id === prev.id);
        if (
          prev.lockedAt !== null &&
          (!next || next.endsOn !== prev.endsOn || next.deadline !== prev.deadline || next.kind !== prev.kind)
        ) {
          throw new DomainError("conflict", `The period ${prev.id} is locked.`, { details: [{ reason: "period_locked" }] });
        }
      }
      const removed = [...old.keys()].filter((id) => !body.periods.some((x) => x.id === id));
      if (removed.length) {
        const reports = await reportStore.listReports(p.tenantId, { planYearId });
        const used = removed.filter((id) => reports.some((r) => r.periodId === id));
        if (used.length) {
          throw new DomainError("conflict", `Reports exist for ${used.join(", ")}.`, {
            details: used.map((id) => ({ path: "body.periods", reason: "period_has_reports", message: id })),
          });
        }
      }
      const periods = [...body.periods]
        .sort((a, b) => a.endsOn.localeCompare(b.endsOn))
        .map((x) => ({ ...x, lockedAt: old.get(x.id)?.lockedAt ?? null, lockedBy: old.get(x.id)?.lockedBy ?? null }));
      const saved = await goals.replace(p.tenantId, "planYear", year, { ...dataOf(year), periods }, etag, {
        userId: p.userId,
        action: "planYear.calendar",
      });
      return toPlanYearDto(saved);
    },

    /** Locks (or unlocks) a period for the whole municipality: no more reports, changes or steps. */
    async lockPeriod(p: Principal, tenant: TenantRecord, planYearId: string, periodId: string, locked: boolean, etag: string) {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "reporting.lock");
      const year = await planYearOrThrow(p.tenantId, planYearId);
      assertVersion(year, etag);
      periodOrThrow(year, periodId);
      const at = clock.now().toISOString();
      const periods = year.periods.map((x) =>
        x.id === periodId ? { ...x, lockedAt: locked ? (x.lockedAt ?? at) : null, lockedBy: locked ? (x.lockedBy ?? p.userId) : null } : x,
      );
      const saved = await goals.replace(p.tenantId, "planYear", year, { ...dataOf(year), periods }, etag, {
        userId: p.userId,
        action: locked ? "period.lock" : "period.unlock",
      });
      return toPlanYearDto(saved);
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
