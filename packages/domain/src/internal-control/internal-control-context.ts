// What the internal control services read alike: the plan year, the owner and the
// caller's roles on it, the municipality's scale, a record or 404, a person who can be
// given a task; and the DTO mappers every service of the module uses.
import { activePersonOrThrow, type DirectoryRepository, type OrgUnitData } from "../directory/directory-repository.js";
import type { DocumentDecision } from "../documents/contracts.js";
import { planYearOrThrow } from "../goals/goal-records.js";
import type { GoalRepository } from "../goals/goal-repository.js";
import { stockholmDate } from "../shared/dates.js";
import { notFound, validationFailed } from "../shared/errors.js";
import { liveOrThrow, metaOf } from "../shared/records.js";
import type { Clock, IdGenerator, ReadFreshness, Stored } from "../shared/store.js";
import type { Control, InternalControlAction, Risk } from "./contracts.js";
import { actionOverdue, assertDecisionTaken } from "./control-rules.js";
import { assertInternalControlOwner } from "./internal-control-access.js";
import type {
  ActionData,
  ControlData,
  InternalControlRecordType,
  InternalControlRecordTypes,
  InternalControlRepository,
  RiskData,
} from "./internal-control-repository.js";
import { toInternalControlSettings } from "./internal-control-settings-service.js";
import { type RiskScale, riskLevel, riskMatrix, riskValue } from "./risk-rules.js";
import type { RiskMatrix, RiskRef } from "./view-contracts.js";

export type InternalControlDeps = {
  readonly internalControl: InternalControlRepository;
  readonly directory: Pick<DirectoryRepository, "listOrgUnits" | "findPerson">;
  readonly goals: Pick<GoalRepository, "findPlanYear" | "findGoals">;
  readonly ids: IdGenerator;
  readonly clock: Clock;
};

type Units = ReadonlyMap<string, Stored<OrgUnitData>>;

/** A plan's id: one a committee and year. */
export const controlPlanId = (planYearId: string, ownerScopeId: string): string => `${planYearId}.${ownerScopeId}`;
/** A control's report's id: one a control and period. */
export const controlReportId = (controlId: string, periodId: string): string => `${controlId}.${periodId}`;

/** The current assessment of a risk: the last of its history. */
export function currentAssessment(r: Pick<RiskData, "history">): { probability: number; consequence: number } {
  const last = r.history.at(-1);
  return { probability: last?.probability ?? 0, consequence: last?.consequence ?? 0 };
}

export function toRiskDto(r: Stored<RiskData>, scale: RiskScale, ownerName: string): Risk {
  const { probability, consequence } = currentAssessment(r);
  const value = riskValue(probability, consequence);
  return {
    ...metaOf(r),
    id: r.id,
    planYearId: r.planYearId,
    ownerScopeId: r.ownerScopeId,
    ownerName,
    title: r.title,
    description: r.description,
    categoryKey: r.categoryKey,
    concerns: r.concerns,
    goalIds: [...r.goalIds],
    probability,
    consequence,
    value,
    level: riskLevel(value, scale),
    decision: r.decision,
    history: r.history.map((h) => {
      const v = riskValue(h.probability, h.consequence);
      return { ...h, value: v, level: riskLevel(v, scale) };
    }),
  };
}

export function toControlDto(c: Stored<ControlData>): Control {
  return {
    ...metaOf(c),
    id: c.id,
    planYearId: c.planYearId,
    ownerScopeId: c.ownerScopeId,
    riskIds: [...c.riskIds],
    title: c.title,
    method: c.method,
    scope: c.scope,
    frequency: c.frequency ?? "yearly",
    responsiblePersonId: c.responsiblePersonId,
    responsibleName: c.responsibleName,
    periodIds: [...c.periodIds],
    reportTo: c.reportTo,
    commonId: c.commonId,
    amendment: c.amendment,
  };
}

export function toActionDto(
  a: Stored<ActionData>,
  names: { ownerName: string; controlTitle: string },
  today: string,
  canEdit: boolean,
): InternalControlAction {
  return {
    ...metaOf(a),
    id: a.id,
    controlId: a.controlId,
    periodId: a.periodId,
    ownerScopeId: a.ownerScopeId,
    planYearId: a.planYearId,
    ...names,
    what: a.what,
    ownerPersonId: a.ownerPersonId,
    ownerPersonName: a.ownerPersonName,
    dueOn: a.dueOn,
    status: a.status,
    overdue: actionOverdue(a, today),
    canEdit,
  };
}

/** The matrix of `risks` on `scale`, each cell listing its risks by reference. */
export function toMatrix(scale: RiskScale, risks: readonly (RiskRef & { probability: number; consequence: number })[]): RiskMatrix {
  const { rows, offScale } = riskMatrix(scale, risks);
  return {
    probability: scale.probability.map((s) => ({ ...s })),
    consequence: scale.consequence.map((s) => ({ ...s })),
    rows: rows.map((row) =>
      row.map((cell) => ({
        ...cell,
        risks: cell.risks.map(({ id, title, ownerScopeId, ownerName, categoryKey, level }) => ({
          id,
          title,
          ownerScopeId,
          ownerName,
          categoryKey,
          level,
        })),
      })),
    ),
    offScale,
  };
}

export function createInternalControlContext({ internalControl, directory, goals, clock }: InternalControlDeps) {
  const today = () => stockholmDate(clock.now());

  async function unitsOf(tenantId: string, freshness?: ReadFreshness): Promise<Units> {
    return new Map((await directory.listOrgUnits(tenantId, freshness)).map((u) => [u.id, u]));
  }

  /** The owner of an analysis and plan: an active executive board, committee or company. */
  function ownerOrThrow(units: Units, id: string, path = "body.ownerScopeId"): Stored<OrgUnitData> {
    const owner = units.get(id);
    if (!owner?.active && path.startsWith("params.")) throw notFound("The organisational unit");
    if (!owner?.active) throw validationFailed("unknown_owner", "There is no such organisational unit.", path);
    assertInternalControlOwner(owner, path);
    return owner;
  }

  /**
   * An owner's analysis and plan of a plan year, with the plan year, the organisation and the
   * scale, read in parallel; a screen that only shows them passes `forDisplay`.
   */
  async function loadOwnerYear(
    tenantId: string,
    planYearId: string,
    ownerScopeId: string,
    path = "body.ownerScopeId",
    freshness?: ReadFreshness,
  ) {
    const [year, units, data] = await Promise.all([
      planYearOrThrow(goals, tenantId, planYearId, freshness),
      unitsOf(tenantId, freshness),
      internalControl.loadCommittee(tenantId, planYearId, ownerScopeId),
    ]);
    const owner = ownerOrThrow(units, ownerScopeId, path);
    const settings = toInternalControlSettings(data.settings);
    return { year, units, owner, data, settings };
  }

  async function recordOrThrow<K extends InternalControlRecordType>(
    tenantId: string,
    type: K,
    id: string,
    what: string,
  ): Promise<Stored<InternalControlRecordTypes[K]>> {
    return liveOrThrow(await internalControl.find(tenantId, type, id), what);
  }

  /** A person a task can be given to: in the directory and active. */
  async function personOrThrow(tenantId: string, id: string, path: string) {
    return activePersonOrThrow(directory, tenantId, id, path);
  }

  /** A decision of a body of the organisation, taken today or earlier. */
  function assertDecision(units: Units, decision: DocumentDecision, path: string): void {
    if (!units.get(decision.bodyId)?.active) {
      throw validationFailed("unknown_decision_body", "There is no such decision-making body.", `${path}.bodyId`);
    }
    assertDecisionTaken(decision, today(), path);
  }

  return { today, unitsOf, ownerOrThrow, loadOwnerYear, recordOrThrow, personOrThrow, assertDecision };
}

export type InternalControlContext = ReturnType<typeof createInternalControlContext>;
