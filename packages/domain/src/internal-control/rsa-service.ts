import type { OrgUnitData } from "../directory/directory-repository.js";
import type { DocumentRepository } from "../documents/document-repository.js";
import { effectiveStatus } from "../documents/document-rules.js";
import { planYearOrThrow } from "../goals/goal-records.js";
import { forbidden, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { applyChanges, dataOf, metaOf } from "../shared/records.js";
import { holdsRole } from "../shared/roles.js";
import type { Stored } from "../shared/store.js";
import { actionOverdue } from "./control-rules.js";
import { internalControlRoles } from "./internal-control-access.js";
import { createInternalControlContext, type InternalControlDeps, toMatrix } from "./internal-control-context.js";
import type { CriticalFunctionData, RsaMeasureData, RsaRiskData } from "./internal-control-repository.js";
import { toInternalControlSettings } from "./internal-control-settings-service.js";
import { assertOnScale, type RiskScale, riskLevel, riskValue } from "./risk-rules.js";
import {
  type Capability,
  type CreateCriticalFunctionBody,
  type CreateRsaMeasureBody,
  type CreateRsaRiskBody,
  type CriticalFunction,
  capabilities,
  type RsaMeasure,
  type RsaQuery,
  type RsaRisk,
  type RsaView,
  type UpdateCriticalFunctionBody,
  type UpdateRsaMeasureBody,
  type UpdateRsaRiskBody,
} from "./rsa-contracts.js";

/** Who does an RSA: each department (förvaltning) and company, at an overall level. */
export const rsaOwnerKinds = ["department", "company"] as const;

type Deps = InternalControlDeps & { readonly documents: Pick<DocumentRepository, "findDocument"> };
type Unit = Stored<OrgUnitData>;

/**
 * The risk and vulnerability analysis (RSA) of each department and company, consolidated
 * for the municipality: critical functions with their dependencies, tolerable outage and
 * capability, threats and vulnerabilities on the municipality's scale, and measures.
 * Continuity plans are governing documents of the register, linked from the function.
 */
export function createRsaService(deps: Deps) {
  const { internalControl, goals, documents, ids } = deps;
  const context = createInternalControlContext(deps);

  function rsaOwnerOrThrow(units: ReadonlyMap<string, Unit>, id: string, path: string): Unit {
    const owner = units.get(id);
    if (!owner?.active) throw validationFailed("unknown_owner", "There is no such organisational unit.", path);
    if (!(rsaOwnerKinds as readonly string[]).includes(owner.kind)) {
      throw validationFailed("not_an_rsa_owner", "An RSA is done by a department or a company.", path);
    }
    return owner;
  }

  /** The department's head, its internal-control coordinators (and the executive board's), and administrators. */
  const canEdit = (p: Principal, owner: Unit, units: ReadonlyMap<string, Unit>) =>
    internalControlRoles(p, owner, units).edit || holdsRole(p.assignments, ["departmentHead"], owner.path);

  async function loadOwner(p: Principal, ownerScopeId: string, action: string, path = "body.ownerScopeId") {
    requireMember(p);
    const units = await context.unitsOf(p.tenantId);
    const owner = rsaOwnerOrThrow(units, ownerScopeId, path);
    if (!canEdit(p, owner, units)) throw forbidden(`requires_departmentHead_or_internalControlCoordinator:${action}`);
    return { units, owner };
  }

  async function assertContinuityPlan(tenantId: string, id: string | null | undefined): Promise<void> {
    if (!id) return;
    const doc = await documents.findDocument(tenantId, id);
    if (!doc || doc.deleted) {
      throw validationFailed("unknown_document", "There is no such governing document in the register.", "body.continuityPlanId");
    }
  }

  async function assertFunction(tenantId: string, functionId: string | null | undefined, ownerScopeId: string): Promise<void> {
    if (!functionId) return;
    const found = await internalControl.find(tenantId, "criticalFunction", functionId);
    if (!found || found.deleted || found.ownerScopeId !== ownerScopeId) {
      throw validationFailed("unknown_function", "Not a critical function of this analysis.", "body.functionId");
    }
  }

  const toFunction = (
    f: Stored<CriticalFunctionData>,
    ownerName: string,
    plans: ReadonlyMap<string, CriticalFunction["continuityPlan"]>,
  ): CriticalFunction => ({
    ...metaOf(f),
    id: f.id,
    planYearId: f.planYearId,
    ownerScopeId: f.ownerScopeId,
    ownerName,
    name: f.name,
    description: f.description,
    dependencies: f.dependencies.map((d) => ({ ...d })),
    tolerableOutageHours: f.tolerableOutageHours,
    capability: f.capability,
    capabilityNote: f.capabilityNote,
    continuityPlan: f.continuityPlanId ? (plans.get(f.continuityPlanId) ?? null) : null,
  });
  const toRisk = (r: Stored<RsaRiskData>, ownerName: string, scale: RiskScale): RsaRisk => {
    const value = riskValue(r.probability, r.consequence);
    return { ...metaOf(r), ...dataOfRisk(r), ownerName, value, level: riskLevel(value, scale) };
  };
  const toMeasure = (m: Stored<RsaMeasureData>, today: string): RsaMeasure => {
    const { ownerScopePath: _path, ...data } = dataOf(m);
    return { ...metaOf(m), ...data, overdue: actionOverdue(m, today) };
  };

  async function plansOf(tenantId: string, functions: readonly CriticalFunctionData[], today: string) {
    const wanted = [...new Set(functions.flatMap((f) => (f.continuityPlanId ? [f.continuityPlanId] : [])))];
    const found = await Promise.all(wanted.map((id) => documents.findDocument(tenantId, id)));
    return new Map(
      found.flatMap((d) =>
        d && !d.deleted
          ? [
              [
                d.id,
                { id: d.id, title: d.title, status: effectiveStatus(d.status, d.validUntil, today), validUntil: d.validUntil },
              ] as const,
            ]
          : [],
      ),
    );
  }

  return {
    /** One department's or company's RSA, or (without `ownerScopeId`) the municipality's consolidated. */
    async getRsa(p: Principal, planYearId: string, query: RsaQuery): Promise<RsaView> {
      requireMember(p);
      const [, units, records] = await Promise.all([
        planYearOrThrow(goals, p.tenantId, planYearId),
        context.unitsOf(p.tenantId),
        internalControl.loadRsa(p.tenantId, planYearId, query.ownerScopeId),
      ]);
      const owner = query.ownerScopeId ? rsaOwnerOrThrow(units, query.ownerScopeId, "query.ownerScopeId") : null;
      const scale = toInternalControlSettings(records.settings).riskScale;
      const today = context.today();
      const name = (id: string) => units.get(id)?.name ?? id;
      const plans = await plansOf(p.tenantId, records.functions, today);
      const functions = records.functions.map((f) => toFunction(f, name(f.ownerScopeId), plans));
      const risks = records.risks.map((r) => toRisk(r, name(r.ownerScopeId), scale));
      const capabilityCounts = Object.fromEntries(capabilities.map((c) => [c, 0])) as Record<Capability, number>;
      for (const f of functions) if (f.capability) capabilityCounts[f.capability]++;
      return {
        planYearId,
        owner: owner ? { id: owner.id, name: owner.name, kind: owner.kind } : null,
        today,
        functions,
        risks,
        matrix: toMatrix(
          scale,
          risks.map((r) => ({ ...r, title: r.threat, categoryKey: "rsa" })),
        ),
        measures: records.measures.map((m) => toMeasure(m, today)),
        capabilityCounts,
        allowed: { edit: owner !== null && canEdit(p, owner, units) },
      };
    },

    async createFunction(p: Principal, body: CreateCriticalFunctionBody): Promise<CriticalFunction> {
      const { owner } = await loadOwner(p, body.ownerScopeId, "rsa.functions.create");
      await planYearOrThrow(goals, p.tenantId, body.planYearId);
      await assertContinuityPlan(p.tenantId, body.continuityPlanId);
      const saved = await internalControl.create(
        p.tenantId,
        "criticalFunction",
        { ...body, id: ids.newId(), ownerScopeId: owner.id, ownerScopePath: [...owner.path] },
        { userId: p.userId, action: "criticalFunction.create" },
      );
      const plans = await plansOf(p.tenantId, [saved], context.today());
      return toFunction(saved, owner.name, plans);
    },

    async updateFunction(p: Principal, id: string, body: UpdateCriticalFunctionBody, etag: string): Promise<CriticalFunction> {
      const current = await context.recordOrThrow(p.tenantId, "criticalFunction", id, "The critical function");
      const { owner } = await loadOwner(p, current.ownerScopeId, "rsa.functions.update", "function.ownerScopeId");
      await assertContinuityPlan(p.tenantId, body.continuityPlanId);
      const saved = await internalControl.replace(p.tenantId, "criticalFunction", current, applyChanges(dataOf(current), body), etag, {
        userId: p.userId,
        action: "criticalFunction.update",
      });
      const plans = await plansOf(p.tenantId, [saved], context.today());
      return toFunction(saved, owner.name, plans);
    },

    async createRisk(p: Principal, body: CreateRsaRiskBody): Promise<RsaRisk> {
      const { owner } = await loadOwner(p, body.ownerScopeId, "rsa.risks.create");
      const [, settings] = await Promise.all([
        planYearOrThrow(goals, p.tenantId, body.planYearId),
        internalControl.findSettings(p.tenantId),
      ]);
      const scale = toInternalControlSettings(settings).riskScale;
      assertOnScale(scale, body.probability, body.consequence);
      await assertFunction(p.tenantId, body.functionId, owner.id);
      const saved = await internalControl.create(
        p.tenantId,
        "rsaRisk",
        { ...body, id: ids.newId(), ownerScopeId: owner.id, ownerScopePath: [...owner.path] },
        { userId: p.userId, action: "rsaRisk.create" },
      );
      return toRisk(saved, owner.name, scale);
    },

    async updateRisk(p: Principal, id: string, body: UpdateRsaRiskBody, etag: string): Promise<RsaRisk> {
      const current = await context.recordOrThrow(p.tenantId, "rsaRisk", id, "The risk");
      const { owner } = await loadOwner(p, current.ownerScopeId, "rsa.risks.update", "risk.ownerScopeId");
      const scale = toInternalControlSettings(await internalControl.findSettings(p.tenantId)).riskScale;
      const next = applyChanges(dataOf(current), body);
      assertOnScale(scale, next.probability, next.consequence);
      await assertFunction(p.tenantId, body.functionId, owner.id);
      const saved = await internalControl.replace(p.tenantId, "rsaRisk", current, next, etag, {
        userId: p.userId,
        action: "rsaRisk.update",
      });
      return toRisk(saved, owner.name, scale);
    },

    async createMeasure(p: Principal, body: CreateRsaMeasureBody): Promise<RsaMeasure> {
      const { owner } = await loadOwner(p, body.ownerScopeId, "rsa.measures.create");
      await planYearOrThrow(goals, p.tenantId, body.planYearId);
      await assertFunction(p.tenantId, body.functionId, owner.id);
      const person = await context.personOrThrow(p.tenantId, body.ownerPersonId, "body.ownerPersonId");
      const saved = await internalControl.create(
        p.tenantId,
        "rsaMeasure",
        {
          ...body,
          id: ids.newId(),
          ownerScopeId: owner.id,
          ownerScopePath: [...owner.path],
          ownerPersonName: person.name,
          status: "planned",
        },
        { userId: p.userId, action: "rsaMeasure.create" },
      );
      return toMeasure(saved, context.today());
    },

    /** Its owner reports progress; the RSA's editors may also re-plan it. */
    async updateMeasure(p: Principal, id: string, body: UpdateRsaMeasureBody, etag: string): Promise<RsaMeasure> {
      requireMember(p);
      const current = await context.recordOrThrow(p.tenantId, "rsaMeasure", id, "The measure");
      const units = await context.unitsOf(p.tenantId);
      const owner = rsaOwnerOrThrow(units, current.ownerScopeId, "measure.ownerScopeId");
      const edit = canEdit(p, owner, units);
      if (!edit && current.ownerPersonId !== p.person?.id) throw forbidden("requires_measure_owner:rsa.measures.update");
      if (!edit && (body.what !== undefined || body.dueOn !== undefined)) throw forbidden("requires_departmentHead:rsa.measures.replan");
      const saved = await internalControl.replace(p.tenantId, "rsaMeasure", current, applyChanges(dataOf(current), body), etag, {
        userId: p.userId,
        action: "rsaMeasure.update",
      });
      return toMeasure(saved, context.today());
    },
  };
}

/** An RSA risk's own fields, without its owner's path. */
function dataOfRisk(r: Stored<RsaRiskData>) {
  const { ownerScopePath: _path, ...data } = dataOf(r);
  return data;
}

export type RsaService = ReturnType<typeof createRsaService>;
