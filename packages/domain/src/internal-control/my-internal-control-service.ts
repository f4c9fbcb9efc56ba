import type { MyItem } from "../directory/me-contracts.js";
import { unreported } from "../reporting/report-records.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { actionOverdue } from "./control-rules.js";
import { controlReportId, createInternalControlContext, type InternalControlDeps } from "./internal-control-context.js";

const hash = (...parts: readonly string[]) => `#/${parts.map(encodeURIComponent).join("/")}`;

/**
 * My items' part of internal control: the controls the person is responsible for whose
 * period has ended without a submitted result (the oldest first), and the open actions
 * they own, overdue ones named so.
 */
export function createMyInternalControlService(deps: InternalControlDeps) {
  const { internalControl, goals } = deps;
  const context = createInternalControlContext(deps);

  return {
    async myItems(p: Principal): Promise<MyItem[]> {
      requireMember(p);
      const personId = p.person?.id ?? p.userId;
      const [responsible, actions, units] = await Promise.all([
        internalControl.loadResponsibleFor(p.tenantId, personId),
        internalControl.listOpenActionsOf(p.tenantId, personId),
        context.unitsOf(p.tenantId),
      ]);
      const today = context.today();
      const name = (id: string) => units.get(id)?.name ?? id;
      const yearIds = [...new Set(responsible.controls.map((c) => c.planYearId))];
      const years = new Map(
        (await Promise.all(yearIds.map((id) => goals.findPlanYear(p.tenantId, id)))).flatMap((y) => (y ? [[y.id, y] as const] : [])),
      );
      const reports = new Map(responsible.reports.map((r) => [r.id, r.status]));
      const toReport: MyItem[] = responsible.controls.flatMap((c) =>
        (years.get(c.planYearId)?.periods ?? [])
          .filter((period) => c.periodIds.includes(period.id) && period.endsOn <= today && period.lockedAt === null)
          .filter((period) => unreported.includes(reports.get(controlReportId(c.id, period.id)) ?? "notStarted"))
          .map((period) => ({
            kind: "controlToReport",
            id: controlReportId(c.id, period.id),
            title: c.title,
            dueDate: period.deadline,
            scopeName: name(c.ownerScopeId),
            href: hash("controlReport", c.id, period.id),
          })),
      );
      const open: MyItem[] = actions.map((a) => ({
        kind: actionOverdue(a, today) ? "internalControlActionOverdue" : "internalControlAction",
        id: a.id,
        title: a.what,
        dueDate: a.dueOn,
        scopeName: name(a.ownerScopeId),
        href: hash("controlReport", a.controlId, a.periodId),
      }));
      return [...toReport, ...open].sort((a, b) => (a.dueDate ?? "").localeCompare(b.dueDate ?? ""));
    },
  };
}

export type MyInternalControlService = ReturnType<typeof createMyInternalControlService>;
