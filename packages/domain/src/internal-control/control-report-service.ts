import type { TransitionBody } from "../reporting/contracts.js";
import {
  assertNotLocked,
  assertReturnNote,
  isEditable,
  nextStatus,
  permissionsFor,
  roleFor,
  transitionEvent,
} from "../reporting/reporting-rules.js";
import { DomainError, forbidden, notFound, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { applyChanges, assertVersion, dataOf } from "../shared/records.js";
import type { Stored } from "../shared/store.js";
import type { ControlReportBody, CreateActionBody, InternalControlAction, UpdateActionBody } from "./contracts.js";
import { assertResultExplained, isDeviation } from "./control-rules.js";
import { controlReportRoles, internalControlRoles } from "./internal-control-access.js";
import {
  controlReportId,
  createInternalControlContext,
  type InternalControlDeps,
  toActionDto,
  toControlDto,
} from "./internal-control-context.js";
import type { ControlReportData } from "./internal-control-repository.js";
import type { ControlReportView } from "./view-contracts.js";

/**
 * A control's results: the person responsible reports each period (what was examined, the
 * errors found, the result and an analysis), the report goes reporter → department head →
 * chair as goal reports do, and a deviation produces actions with owners and due dates.
 */
export function createControlReportService(deps: InternalControlDeps) {
  const { internalControl, ids, clock } = deps;
  const context = createInternalControlContext(deps);

  async function load(p: Principal, controlId: string, periodId: string) {
    requireMember(p);
    const control = await context.recordOrThrow(p.tenantId, "control", controlId, "The control");
    const loaded = await context.loadOwnerYear(p.tenantId, control.planYearId, control.ownerScopeId, "control.ownerScopeId");
    const period = loaded.year.periods.find((x) => x.id === periodId);
    if (!period || !control.periodIds.includes(periodId)) throw notFound("The control's reporting period");
    const report = loaded.data.reports.find((r) => r.id === controlReportId(controlId, periodId)) ?? null;
    const actions = loaded.data.actions.filter((a) => a.controlId === controlId && a.periodId === periodId);
    const roles = controlReportRoles(p, control, loaded.owner, loaded.units);
    const edit = internalControlRoles(p, loaded.owner, loaded.units).edit;
    return { control, period, report, actions, roles, edit, ...loaded };
  }

  function view(r: Awaited<ReturnType<typeof load>>, report: Stored<ControlReportData> | null, p: Principal): ControlReportView {
    const status = report?.status ?? "notStarted";
    const allowed = permissionsFor(r.roles, status, r.period.lockedAt !== null);
    const today = context.today();
    const deviation = report !== null && isDeviation(report.result);
    return {
      control: toControlDto(r.control),
      owner: { id: r.owner.id, name: r.owner.name, kind: r.owner.kind },
      period: r.period,
      report: {
        status,
        examined: report?.examined ?? "",
        sampleSize: report?.sampleSize ?? 0,
        errorsFound: report?.errorsFound ?? 0,
        result: report?.result ?? null,
        analysis: report?.analysis ?? "",
        events: [...(report?.events ?? [])],
        etag: report?.etag ?? "new",
      },
      actions: r.actions.map((a) =>
        toActionDto(a, { ownerName: r.owner.name, controlTitle: r.control.title }, today, r.edit || a.ownerPersonId === p.person?.id),
      ),
      allowed: { ...allowed, addAction: deviation && (r.roles.report || r.edit) },
    };
  }

  return {
    async getReport(p: Principal, controlId: string, periodId: string): Promise<ControlReportView> {
      const r = await load(p, controlId, periodId);
      return view(r, r.report, p);
    },

    /** Saves the result as a draft; `submit` sends it on. */
    async saveReport(p: Principal, controlId: string, periodId: string, body: ControlReportBody, etag: string): Promise<ControlReportView> {
      const r = await load(p, controlId, periodId);
      if (!r.roles.report) throw forbidden("requires_responsible_or_internalControlCoordinator:controlReports.save");
      assertVersion(r.report, etag);
      assertNotLocked(r.period);
      const status = r.report?.status ?? "notStarted";
      if (!isEditable(status)) {
        throw new DomainError("conflict", "The report has been submitted. Ask for it to be returned to change it.", {
          details: [{ reason: "report_not_editable" }],
        });
      }
      if (body.errorsFound > body.sampleSize) {
        throw validationFailed("errors_exceed_sample", "More errors than items examined.", "body.errorsFound");
      }
      assertResultExplained(body.result, body.analysis);
      const data: ControlReportData = {
        id: controlReportId(controlId, periodId),
        controlId,
        planYearId: r.control.planYearId,
        periodId,
        ownerScopeId: r.control.ownerScopeId,
        ownerScopePath: [...r.control.ownerScopePath],
        status: "draft",
        ...body,
        events: [...(r.report?.events ?? [])],
      };
      const audit = { userId: p.userId, action: "controlReport.save" };
      const saved = r.report
        ? await internalControl.replace(p.tenantId, "controlReport", r.report, data, etag, audit)
        : await internalControl.create(p.tenantId, "controlReport", data, audit);
      return view(r, saved, p);
    },

    /** Submit, approve, review or return a control's report: the goal reports' flow. */
    async transition(p: Principal, controlId: string, periodId: string, body: TransitionBody, etag: string): Promise<ControlReportView> {
      const r = await load(p, controlId, periodId);
      const status = r.report?.status ?? "notStarted";
      if (!r.roles.report && !r.roles.approve && !r.roles.review) throw forbidden(`requires_reporting_role:controlReports.${body.action}`);
      const next = nextStatus(status, body.action);
      const role = roleFor(body.action, status);
      if (!r.roles[role]) throw forbidden(`requires_${role}:controlReports.${body.action}`);
      assertVersion(r.report, etag);
      assertNotLocked(r.period);
      assertReturnNote(body.action, body.note);
      if (!r.report) {
        throw new DomainError("conflict", "Save the result before it is submitted.", { details: [{ reason: "report_not_saved" }] });
      }
      const event = transitionEvent(p, body, clock.now().toISOString(), r.control.ownerScopePath);
      const saved = await internalControl.replace(
        p.tenantId,
        "controlReport",
        r.report,
        { ...dataOf(r.report), status: next, events: [...r.report.events, event] },
        etag,
        { userId: p.userId, action: `controlReport.${body.action}` },
      );
      return view(r, saved, p);
    },

    /** An action a deviation produced: what is done, by whom, by when. */
    async createAction(p: Principal, body: CreateActionBody): Promise<InternalControlAction> {
      const r = await load(p, body.controlId, body.periodId);
      if (!r.roles.report && !r.edit) throw forbidden("requires_responsible_or_internalControlCoordinator:actions.create");
      if (!r.report || !isDeviation(r.report.result)) {
        throw new DomainError("conflict", "Actions follow a reported deviation.", { details: [{ reason: "no_deviation" }] });
      }
      const person = await context.personOrThrow(p.tenantId, body.ownerPersonId, "body.ownerPersonId");
      const saved = await internalControl.create(
        p.tenantId,
        "internalControlAction",
        {
          id: ids.newId(),
          controlId: r.control.id,
          planYearId: r.control.planYearId,
          periodId: body.periodId,
          ownerScopeId: r.control.ownerScopeId,
          ownerScopePath: [...r.control.ownerScopePath],
          what: body.what,
          ownerPersonId: person.id,
          ownerPersonName: person.name,
          dueOn: body.dueOn,
          status: "planned",
        },
        { userId: p.userId, action: "internalControlAction.create" },
      );
      return toActionDto(saved, { ownerName: r.owner.name, controlTitle: r.control.title }, context.today(), true);
    },

    /** Its owner reports progress; whoever keeps the plan may also re-plan it. */
    async updateAction(p: Principal, id: string, body: UpdateActionBody, etag: string): Promise<InternalControlAction> {
      requireMember(p);
      const action = await context.recordOrThrow(p.tenantId, "internalControlAction", id, "The action");
      const [units, control] = await Promise.all([
        context.unitsOf(p.tenantId),
        context.recordOrThrow(p.tenantId, "control", action.controlId, "The action's control"),
      ]);
      const owner = context.ownerOrThrow(units, action.ownerScopeId, "action.ownerScopeId");
      const edit = internalControlRoles(p, owner, units).edit;
      const isOwner = action.ownerPersonId === p.person?.id;
      if (!edit && !isOwner) throw forbidden("requires_action_owner_or_internalControlCoordinator:actions.update");
      if (!edit && (body.ownerPersonId !== undefined || body.dueOn !== undefined || body.what !== undefined)) {
        throw forbidden("requires_internalControlCoordinator:actions.replan");
      }
      let ownerPersonName = action.ownerPersonName;
      if (body.ownerPersonId !== undefined && body.ownerPersonId !== action.ownerPersonId) {
        ownerPersonName = (await context.personOrThrow(p.tenantId, body.ownerPersonId, "body.ownerPersonId")).name;
      }
      const next = { ...applyChanges(dataOf(action), body), ownerPersonName };
      const saved = await internalControl.replace(p.tenantId, "internalControlAction", action, next, etag, {
        userId: p.userId,
        action: "internalControlAction.update",
      });
      return toActionDto(saved, { ownerName: owner.name, controlTitle: control.title }, context.today(), true);
    },
  };
}

export type ControlReportService = ReturnType<typeof createControlReportService>;
