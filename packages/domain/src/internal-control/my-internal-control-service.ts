import type { MyItem } from "../directory/me-contracts.js";
import { unreported } from "../reporting/report-records.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { actionOverdue } from "./control-rules.js";
import { controlReportRoles } from "./internal-control-access.js";
import { controlReportId, createInternalControlContext, type InternalControlDeps } from "./internal-control-context.js";

const hash = (...parts: readonly string[]) => `#/${parts.map(encodeURIComponent).join("/")}`;

/**
 * My items' part of internal control: the controls the person is responsible for whose
 * period has ended without a submitted result (the oldest first), the open actions they
 * own (overdue ones named so), and the control reports waiting for their approval or review.
 */
export function createMyInternalControlService(deps: InternalControlDeps) {
  const { internalControl, goals } = deps;
  const context = createInternalControlContext(deps);

  return {
    async myItems(p: Principal): Promise<MyItem[]> {
      requireMember(p);
      const personId = p.person?.id ?? p.userId;
      const today = context.today();
      // Who approves or reviews somewhere also gets the reports waiting for a step.
      const stepper = p.assignments.some((a) => a.role === "departmentHead" || a.role === "chair");
      // This year's plan and last year's (its annual report is due the next year), read beside the rest.
      const thisYear = Number(today.slice(0, 4));
      const [responsible, units, ...found] = await Promise.all([
        internalControl.loadPersonal(p.tenantId, personId, stepper),
        context.unitsOf(p.tenantId),
        goals.findPlanYear(p.tenantId, String(thisYear)),
        goals.findPlanYear(p.tenantId, String(thisYear - 1)),
      ]);
      const actions = responsible.actions;
      const name = (id: string) => units.get(id)?.name ?? id;
      const years = new Map(found.flatMap((y) => (y ? [[y.id, y] as const] : [])));
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
      // Reports waiting for the person's step: only read for those who approve or review somewhere.
      const steps: MyItem[] = [];
      if (stepper) {
        const controls = new Map(responsible.awaitingControls.map((c) => [c.id, c]));
        for (const r of responsible.awaitingReports) {
          const control = controls.get(r.controlId);
          const owner = units.get(r.ownerScopeId);
          if (!control || !owner) continue;
          const roles = controlReportRoles(p, control, owner, units);
          const kind =
            r.status === "submitted" && roles.approve
              ? "controlReportToApprove"
              : r.status === "approved" && roles.review
                ? "controlReportToReview"
                : null;
          if (!kind) continue;
          steps.push({
            kind,
            id: r.id,
            title: control.title,
            dueDate: null,
            scopeName: owner.name,
            href: hash("controlReport", r.controlId, r.periodId),
          });
        }
      }
      return [...toReport, ...open, ...steps].sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));
    },
  };
}

export type MyInternalControlService = ReturnType<typeof createMyInternalControlService>;
