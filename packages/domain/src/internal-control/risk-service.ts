import { DomainError, forbidden, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { applyChanges, dataOf } from "../shared/records.js";
import type { Stored } from "../shared/store.js";
import type { AssessRiskBody, CreateRiskBody, InternalControlSettings, Risk, UpdateRiskBody } from "./contracts.js";
import { assertRiskDecision } from "./control-rules.js";
import { internalControlRoles } from "./internal-control-access.js";
import { createInternalControlContext, type InternalControlDeps, toRiskDto } from "./internal-control-context.js";
import type { RiskData } from "./internal-control-repository.js";
import { toInternalControlSettings } from "./internal-control-settings-service.js";
import { assertOnScale } from "./risk-rules.js";

/**
 * The materiality and risk analysis (väsentlighets- och riskanalys) of a committee or
 * company: risks registered, assessed on the municipality's scale, re-assessed with their
 * history kept, and decided on. Whoever keeps the committee's internal control edits.
 */
export function createRiskService(deps: InternalControlDeps) {
  const { internalControl, goals, clock, ids } = deps;
  const context = createInternalControlContext(deps);

  function assertCategory(settings: InternalControlSettings, key: string | undefined): void {
    if (key !== undefined && !settings.categories.some((c) => c.key === key)) {
      throw new DomainError("validation_failed", "Not one of the municipality's risk categories.", {
        details: [{ path: "body.categoryKey", reason: "unknown_category", choices: settings.categories.map((c) => c.key) }],
      });
    }
  }

  async function assertGoals(tenantId: string, planYearId: string, goalIds: readonly string[] | undefined): Promise<void> {
    if (!goalIds?.length) return;
    const found = new Set((await goals.findGoals(tenantId, goalIds)).filter((g) => g.planYearId === planYearId).map((g) => g.id));
    const missing = goalIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw validationFailed("unknown_goal", `The plan year has no such goal: ${missing.join(", ")}.`, "body.goalIds");
    }
  }

  /** A risk, the organisation and the settings, with the caller's right to change it checked. */
  async function loadForChange(p: Principal, id: string, action: string) {
    requireMember(p);
    const risk = await context.recordOrThrow(p.tenantId, "risk", id, "The risk");
    const [units, settings] = await Promise.all([context.unitsOf(p.tenantId), internalControl.findSettings(p.tenantId)]);
    const owner = context.ownerOrThrow(units, risk.ownerScopeId, "risk.ownerScopeId");
    if (!internalControlRoles(p, owner, units).edit) throw forbidden(`requires_internalControlCoordinator:${action}`);
    return { risk, owner, settings: toInternalControlSettings(settings) };
  }

  const dto = (r: Stored<RiskData>, settings: InternalControlSettings, ownerName: string) => toRiskDto(r, settings.riskScale, ownerName);

  return {
    async createRisk(p: Principal, body: CreateRiskBody): Promise<Risk> {
      requireMember(p);
      const { owner, units, settings } = await context.loadOwnerYear(p.tenantId, body.planYearId, body.ownerScopeId);
      if (!internalControlRoles(p, owner, units).edit) throw forbidden("requires_internalControlCoordinator:risks.create");
      assertCategory(settings, body.categoryKey);
      assertOnScale(settings.riskScale, body.probability, body.consequence);
      assertRiskDecision(body.decision);
      await assertGoals(p.tenantId, body.planYearId, body.goalIds);
      const saved = await internalControl.create(
        p.tenantId,
        "risk",
        {
          id: ids.newId(),
          planYearId: body.planYearId,
          ownerScopeId: owner.id,
          ownerScopePath: [...owner.path],
          title: body.title,
          description: body.description,
          categoryKey: body.categoryKey,
          concerns: body.concerns,
          goalIds: [...new Set(body.goalIds)],
          decision: body.decision,
          history: [
            {
              probability: body.probability,
              consequence: body.consequence,
              note: "",
              assessedAt: clock.now().toISOString(),
              assessedBy: p.person?.name ?? p.name,
            },
          ],
        },
        { userId: p.userId, action: "risk.create" },
      );
      return dto(saved, settings, owner.name);
    },

    /** Changes what a risk is and what is decided about it; its assessment changes by `assessRisk`. */
    async updateRisk(p: Principal, id: string, body: UpdateRiskBody, etag: string): Promise<Risk> {
      const { risk, owner, settings } = await loadForChange(p, id, "risks.update");
      assertCategory(settings, body.categoryKey);
      if (body.decision) assertRiskDecision(body.decision);
      await assertGoals(p.tenantId, risk.planYearId, body.goalIds);
      const next = applyChanges(dataOf(risk), {
        ...body,
        ...(body.goalIds === undefined ? {} : { goalIds: [...new Set(body.goalIds)] }),
      });
      const saved = await internalControl.replace(p.tenantId, "risk", risk, next, etag, { userId: p.userId, action: "risk.update" });
      return dto(saved, settings, owner.name);
    },

    /** A new assessment during the year; the earlier ones stay in the history. */
    async assessRisk(p: Principal, id: string, body: AssessRiskBody, etag: string): Promise<Risk> {
      const { risk, owner, settings } = await loadForChange(p, id, "risks.assess");
      assertOnScale(settings.riskScale, body.probability, body.consequence);
      const assessment = {
        probability: body.probability,
        consequence: body.consequence,
        note: body.note,
        assessedAt: clock.now().toISOString(),
        assessedBy: p.person?.name ?? p.name,
      };
      const saved = await internalControl.replace(
        p.tenantId,
        "risk",
        risk,
        { ...dataOf(risk), history: [...risk.history, assessment] },
        etag,
        { userId: p.userId, action: "risk.assess" },
      );
      return dto(saved, settings, owner.name);
    },

    /** Removes a risk registered by mistake (soft delete: the audit trail keeps it). */
    async removeRisk(p: Principal, id: string, etag: string): Promise<void> {
      const { risk } = await loadForChange(p, id, "risks.remove");
      await internalControl.replace(p.tenantId, "risk", risk, { ...dataOf(risk), deleted: true }, etag, {
        userId: p.userId,
        action: "risk.remove",
      });
    },
  };
}

export type RiskService = ReturnType<typeof createRiskService>;
