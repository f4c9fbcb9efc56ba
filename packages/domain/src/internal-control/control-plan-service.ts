import type { OrgUnitData } from "../directory/directory-repository.js";
import type { DocumentDecision } from "../documents/contracts.js";
import { planYearOrThrow } from "../goals/goal-records.js";
import { DomainError, forbidden, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { applyChanges, assertVersion, dataOf } from "../shared/records.js";
import { forDisplay, type Stored } from "../shared/store.js";
import type {
  CommonControlResult,
  Control,
  CreateCommonControlBody,
  CreateControlBody,
  OversightAssessment,
  OversightAssessmentBody,
  PlanDecisionBody,
  UpdateControlBody,
} from "./contracts.js";
import { assessmentsOf, periodStatuses, planState } from "./control-plan-views.js";
import { assertControlComplete, assertPlanOpen } from "./control-rules.js";
import { internalControlOwnerKinds, internalControlRoles, overseesInternalControl } from "./internal-control-access.js";
import {
  controlPlanId,
  createInternalControlContext,
  type InternalControlDeps,
  toActionDto,
  toControlDto,
  toMatrix,
  toRiskDto,
} from "./internal-control-context.js";
import type { ControlPlanData } from "./internal-control-repository.js";
import { toInternalControlSettings } from "./internal-control-settings-service.js";
import type { CommitteeInternalControlView, GoalRisks, PlanState } from "./view-contracts.js";

/**
 * A committee's or company's internal control plan: the controls tied to its risks, the
 * executive board's common controls, and the committee's adoption, after which the plan
 * is frozen and changes are amendments with their own decision.
 */
export function createControlPlanService(deps: InternalControlDeps) {
  const { internalControl, ids } = deps;
  const context = createInternalControlContext(deps);

  /** An adopted plan changes only by an amendment, whose decision comes with the change. */
  function amendmentFor(
    plan: { adopted: DocumentDecision | null } | null,
    amendment: DocumentDecision | undefined,
    units: Parameters<typeof context.assertDecision>[0],
  ): DocumentDecision | null {
    if (!plan?.adopted) return null;
    if (!amendment) assertPlanOpen(plan);
    const decision = amendment as DocumentDecision;
    context.assertDecision(units, decision, "body.amendment");
    return decision;
  }

  function assertRisks(riskIds: readonly string[] | undefined, known: readonly { id: string }[]): void {
    const ids = new Set(known.map((r) => r.id));
    const missing = (riskIds ?? []).filter((id) => !ids.has(id));
    if (missing.length > 0) {
      throw validationFailed("unknown_risk", `Not a risk of this analysis: ${missing.join(", ")}.`, "body.riskIds");
    }
  }

  async function loadControlForChange(p: Principal, id: string, action: string) {
    requireMember(p);
    const control = await context.recordOrThrow(p.tenantId, "control", id, "The control");
    const loaded = await context.loadOwnerYear(p.tenantId, control.planYearId, control.ownerScopeId, "control.ownerScopeId");
    if (!internalControlRoles(p, loaded.owner, loaded.units).edit) throw forbidden(`requires_internalControlCoordinator:${action}`);
    return { control, ...loaded };
  }

  return {
    /** Everything the committee's screen shows, read together: analysis, matrix, plan, results, actions. */
    async getCommittee(p: Principal, planYearId: string, ownerScopeId: string): Promise<CommitteeInternalControlView> {
      requireMember(p);
      const { year, units, owner, data, settings } = await context.loadOwnerYear(
        p.tenantId,
        planYearId,
        ownerScopeId,
        "params.ownerScopeId",
        forDisplay,
      );
      const today = context.today();
      const roles = internalControlRoles(p, owner, units);
      const risks = data.risks.map((r) => toRiskDto(r, settings.riskScale, owner.name));
      const reports = new Map(data.reports.map((r) => [r.id, r]));
      const titles = new Map(data.controls.map((c) => [c.id, c.title]));
      return {
        planYearId,
        owner: { id: owner.id, name: owner.name, kind: owner.kind },
        today,
        categories: settings.categories,
        risks,
        matrix: toMatrix(settings.riskScale, risks),
        plan: planState(data.plan, data.controls),
        controls: data.controls.map((c) => ({ ...toControlDto(c), periods: periodStatuses(c, reports, year.periods, today) })),
        periods: [...year.periods],
        actions: data.actions.map((a) =>
          toActionDto(
            a,
            { ownerName: owner.name, controlTitle: titles.get(a.controlId) ?? "" },
            today,
            roles.edit || a.ownerPersonId === p.person?.id,
          ),
        ),
        ...assessmentsOf(data, owner.id),
        allowed: roles,
      };
    },

    /**
     * Records the committee's own assessment of the year's internal control (is it
     * sufficient, and why) as its decision; the board then makes its own on the oversight.
     */
    async assessCommittee(
      p: Principal,
      planYearId: string,
      ownerScopeId: string,
      body: OversightAssessmentBody,
      etag: string,
    ): Promise<OversightAssessment> {
      requireMember(p);
      const { units, owner, data } = await context.loadOwnerYear(p.tenantId, planYearId, ownerScopeId, "params.ownerScopeId");
      if (!internalControlRoles(p, owner, units).adopt) throw forbidden("requires_chair_or_internalControlCoordinator:plan.assess");
      const current = data.committeeAssessments.find((a) => a.ownerScopeId === owner.id) ?? null;
      assertVersion(current, etag);
      context.assertDecision(units, body.decision, "body.decision");
      if (body.decision.bodyId !== owner.id) {
        throw validationFailed("decision_body_not_owner", "The committee assesses its own internal control.", "body.decision.bodyId");
      }
      const record = { id: controlPlanId(planYearId, owner.id), planYearId, ownerScopeId: owner.id, ...body };
      const audit = { userId: p.userId, action: "committeeAssessment.save" };
      const saved = current
        ? await internalControl.replace(p.tenantId, "committeeAssessment", current, record, etag, audit)
        : await internalControl.create(p.tenantId, "committeeAssessment", record, audit);
      return { sufficiency: saved.sufficiency, reasons: saved.reasons, decision: saved.decision, etag: saved.etag };
    },

    /**
     * The risks that threaten a goal, with the controls that address each and their results
     * per period: the goal's detail shows them. One query for the risks, one a committee
     * whose risks they are (usually one).
     */
    async goalRisks(p: Principal, goalId: string): Promise<GoalRisks> {
      requireMember(p);
      const risks = await internalControl.listRisksThreatening(p.tenantId, goalId);
      if (risks.length === 0) return { risks: [] };
      const owners = [...new Set(risks.map((r) => `${r.planYearId}|${r.ownerScopeId}`))];
      const [units, loaded, years] = await Promise.all([
        context.unitsOf(p.tenantId),
        Promise.all(owners.map((key) => internalControl.loadCommittee(p.tenantId, ...(key.split("|") as [string, string])))),
        Promise.all([...new Set(risks.map((r) => r.planYearId))].map((id) => deps.goals.findPlanYear(p.tenantId, id))),
      ]);
      const calendar = new Map(years.flatMap((y) => (y ? [[y.id, y.periods] as const] : [])));
      const controls = loaded.flatMap((l) => l.controls);
      const reports = new Map(loaded.flatMap((l) => l.reports).map((r) => [r.id, r]));
      const scale = toInternalControlSettings(loaded[0]?.settings ?? null).riskScale;
      const today = context.today();
      return {
        risks: risks
          .map((r) => {
            const dto = toRiskDto(r, scale, units.get(r.ownerScopeId)?.name ?? r.ownerScopeId);
            return {
              id: dto.id,
              title: dto.title,
              ownerScopeId: dto.ownerScopeId,
              ownerName: dto.ownerName,
              categoryKey: dto.categoryKey,
              level: dto.level,
              value: dto.value,
              controls: controls
                .filter((c) => c.riskIds.includes(r.id))
                .map((c) => {
                  const periods = calendar.get(c.planYearId) ?? [];
                  return {
                    id: c.id,
                    title: c.title,
                    periods: periodStatuses(c, reports, periods, today).map((s) => {
                      const period = periods.find((x) => x.id === s.periodId);
                      return { ...s, period: { kind: period?.kind ?? "annual", endsOn: period?.endsOn ?? "" } };
                    }),
                  };
                }),
            };
          })
          .sort((a, b) => b.value - a.value || a.title.localeCompare(b.title, "sv")),
      };
    },

    async createControl(p: Principal, body: CreateControlBody): Promise<Control> {
      requireMember(p);
      const { year, units, owner, data } = await context.loadOwnerYear(p.tenantId, body.planYearId, body.ownerScopeId);
      if (!internalControlRoles(p, owner, units).edit) throw forbidden("requires_internalControlCoordinator:controls.create");
      const amendment = amendmentFor(data.plan, body.amendment, units);
      assertControlComplete(body, year.periods);
      assertRisks(body.riskIds, data.risks);
      const person = await context.personOrThrow(p.tenantId, body.responsiblePersonId ?? "", "body.responsiblePersonId");
      const saved = await internalControl.create(
        p.tenantId,
        "control",
        {
          id: ids.newId(),
          planYearId: year.id,
          ownerScopeId: owner.id,
          ownerScopePath: [...owner.path],
          riskIds: [...new Set(body.riskIds)],
          title: body.title,
          method: body.method,
          scope: body.scope,
          frequency: body.frequency,
          responsiblePersonId: person.id,
          responsibleName: person.name,
          periodIds: [...new Set(body.periodIds)],
          reportTo: body.reportTo,
          commonId: null,
          amendment,
        },
        { userId: p.userId, action: amendment ? "control.amend" : "control.create" },
      );
      return toControlDto(saved);
    },

    async updateControl(p: Principal, id: string, body: UpdateControlBody, etag: string): Promise<Control> {
      const { control, year, units, data } = await loadControlForChange(p, id, "controls.update");
      const amendment = amendmentFor(data.plan, body.amendment, units);
      const { amendment: _a, ...changes } = body;
      const next = applyChanges(dataOf(control), { ...changes, amendment: amendment ?? control.amendment });
      assertControlComplete(
        { responsiblePersonId: next.responsiblePersonId ?? (next.commonId ? "common" : null), periodIds: next.periodIds },
        year.periods,
      );
      assertRisks(body.riskIds, data.risks);
      let responsibleName = control.responsibleName;
      if (body.responsiblePersonId !== undefined && body.responsiblePersonId !== control.responsiblePersonId) {
        const person = await context.personOrThrow(p.tenantId, body.responsiblePersonId ?? "", "body.responsiblePersonId");
        responsibleName = person.name;
      }
      const saved = await internalControl.replace(p.tenantId, "control", control, { ...next, responsibleName }, etag, {
        userId: p.userId,
        action: amendment ? "control.amend" : "control.update",
      });
      return toControlDto(saved);
    },

    /** Removes a control from a plan not yet adopted. */
    async removeControl(p: Principal, id: string, etag: string): Promise<void> {
      const { control, data } = await loadControlForChange(p, id, "controls.remove");
      if (data.plan) assertPlanOpen(data.plan);
      await internalControl.replace(p.tenantId, "control", control, { ...dataOf(control), deleted: true }, etag, {
        userId: p.userId,
        action: "control.remove",
      });
    },

    /**
     * Records the committee's adoption of its plan (decision date, minute paragraph, body):
     * from then on the plan is frozen. Every control has its responsible person by then.
     */
    async adoptPlan(p: Principal, planYearId: string, ownerScopeId: string, body: PlanDecisionBody, etag: string): Promise<PlanState> {
      requireMember(p);
      const { units, owner, data } = await context.loadOwnerYear(p.tenantId, planYearId, ownerScopeId, "params.ownerScopeId");
      if (!internalControlRoles(p, owner, units).adopt) throw forbidden("requires_chair_or_internalControlCoordinator:plan.adopt");
      assertVersion(data.plan, etag);
      if (data.plan?.adopted) {
        throw new DomainError("conflict", "The plan is already adopted. Record changes as amendments.", {
          details: [{ path: "plan", reason: "plan_already_adopted" }],
        });
      }
      context.assertDecision(units, body.decision, "body.decision");
      if (body.decision.bodyId !== owner.id) {
        throw validationFailed("decision_body_not_owner", "The plan is adopted by its own committee or board.", "body.decision.bodyId");
      }
      if (data.controls.length === 0) {
        throw new DomainError("conflict", "Add the plan's controls before it is adopted.", {
          details: [{ path: "plan", reason: "plan_without_controls" }],
        });
      }
      const withoutResponsible = data.controls.filter((c) => !c.responsiblePersonId);
      if (withoutResponsible.length > 0) {
        throw new DomainError("validation_failed", "Every control needs its responsible person before the plan is adopted.", {
          details: withoutResponsible.map((c) => ({ path: `controls.${c.id}.responsiblePersonId`, reason: "control_without_responsible" })),
        });
      }
      const plan: ControlPlanData = {
        id: controlPlanId(planYearId, owner.id),
        planYearId,
        ownerScopeId: owner.id,
        ownerScopePath: [...owner.path],
        adopted: body.decision,
        amendments: [],
      };
      const audit = { userId: p.userId, action: "controlPlan.adopt" };
      const saved = data.plan
        ? await internalControl.replace(p.tenantId, "controlPlan", data.plan, plan, etag, audit)
        : await internalControl.create(p.tenantId, "controlPlan", plan, audit);
      return planState(saved, data.controls);
    },

    /**
     * The executive board's municipality-wide check: one control added to the plan of the
     * executive board and every active committee and company at once, sharing one id; in a
     * plan already adopted it is an amendment by the board's decision. Each committee names
     * its responsible person.
     */
    async createCommonControl(p: Principal, body: CreateCommonControlBody): Promise<CommonControlResult> {
      requireMember(p);
      const [units, year] = await Promise.all([context.unitsOf(p.tenantId), planYearOrThrow(deps.goals, p.tenantId, body.planYearId)]);
      const root = [...units.values()].find((u) => u.parentId === null);
      if (!overseesInternalControl(p, units, root?.id ?? "")) throw forbidden("requires_executive_board:controls.common");
      context.assertDecision(units, body.decision, "body.decision");
      if (units.get(body.decision.bodyId)?.kind !== "executiveBoard") {
        throw validationFailed(
          "decision_body_not_executive_board",
          "A common control is the executive board's decision.",
          "body.decision.bodyId",
        );
      }
      assertControlComplete({ responsiblePersonId: "each-committee", periodIds: body.periodIds }, year.periods);
      const owners = [...units.values()]
        .filter((u): u is Stored<OrgUnitData> => u.active && internalControlOwnerKinds.includes(u.kind))
        .sort((a, b) => a.name.localeCompare(b.name, "sv"));
      const plans = await Promise.all(owners.map((o) => internalControl.find(p.tenantId, "controlPlan", controlPlanId(year.id, o.id))));
      const commonId = ids.newId();
      for (const [i, owner] of owners.entries()) {
        const adopted = plans[i]?.adopted && !plans[i]?.deleted;
        await internalControl.create(
          p.tenantId,
          "control",
          {
            id: ids.newId(),
            planYearId: year.id,
            ownerScopeId: owner.id,
            ownerScopePath: [...owner.path],
            riskIds: [],
            title: body.title,
            method: body.method,
            scope: body.scope,
            frequency: body.frequency,
            responsiblePersonId: null,
            responsibleName: "",
            periodIds: [...new Set(body.periodIds)],
            reportTo: body.reportTo,
            commonId,
            amendment: adopted ? body.decision : null,
          },
          { userId: p.userId, action: "control.createCommon" },
        );
      }
      return { commonId, addedTo: owners.map((o) => o.id) };
    },
  };
}

export type ControlPlanService = ReturnType<typeof createControlPlanService>;
