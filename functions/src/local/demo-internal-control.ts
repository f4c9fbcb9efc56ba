import {
  type ActionStatus,
  type ControlFrequency,
  type ControlMethod,
  type ControlResult,
  type CriticalFunctionData,
  controlPlanId,
  controlReportId,
  type DocumentDecision,
  type InternalControlRepository,
  type RiskDecisionBody,
  type RsaMeasureData,
  type RsaRiskData,
} from "@kvalitetskedjan/domain";

/** A risk of a committee's analysis, assessed once or more (oldest first). */
export interface DemoRisk {
  readonly id: string;
  readonly ownerScopeId: string;
  readonly title: string;
  readonly description?: string;
  readonly categoryKey: string;
  readonly concerns?: string;
  readonly goalIds?: readonly string[];
  readonly assessments: readonly (readonly [probability: number, consequence: number])[];
  readonly decision: RiskDecisionBody;
}

export interface DemoControl {
  readonly id: string;
  readonly ownerScopeId: string;
  readonly riskIds: readonly string[];
  readonly title: string;
  readonly method: ControlMethod;
  readonly scope: string;
  readonly frequency?: ControlFrequency;
  /** A person's id; null for a common control the committee has not yet given anyone. */
  readonly responsiblePersonId: string | null;
  readonly responsibleName: string;
  readonly periodIds: readonly string[];
  readonly reportTo: string;
  readonly commonId?: string;
}

export interface DemoControlReport {
  readonly controlId: string;
  readonly periodId: string;
  readonly status: "draft" | "submitted" | "approved" | "reviewed";
  readonly examined: string;
  readonly sampleSize: number;
  readonly errorsFound: number;
  readonly result: ControlResult;
  readonly analysis: string;
}

export interface DemoAction {
  readonly id: string;
  readonly controlId: string;
  readonly periodId: string;
  readonly what: string;
  readonly ownerPersonId: string;
  readonly ownerPersonName: string;
  readonly dueOn: string;
  readonly status: ActionStatus;
}

/** A department's RSA: its critical functions, threats and measures. */
export interface DemoRsa {
  readonly functions: readonly Omit<CriticalFunctionData, "planYearId" | "ownerScopePath">[];
  readonly risks: readonly Omit<RsaRiskData, "planYearId" | "ownerScopePath">[];
  readonly measures: readonly Omit<RsaMeasureData, "planYearId" | "ownerScopePath">[];
}

/** A municipality's internal control for one plan year. */
export interface DemoInternalControl {
  readonly planYearId: string;
  readonly rsa?: DemoRsa;
  readonly risks: readonly DemoRisk[];
  readonly controls: readonly DemoControl[];
  /** Plans adopted, by owner. */
  readonly adopted: Readonly<Record<string, DocumentDecision>>;
  readonly reports: readonly DemoControlReport[];
  readonly actions: readonly DemoAction[];
}

const seedUser = { userId: "system:seed", action: "seed" };

/** Writes a municipality's internal control through the API's own repository. */
export async function seedInternalControl(
  repo: InternalControlRepository,
  tenantId: string,
  ic: DemoInternalControl,
  paths: ReadonlyMap<string, readonly string[]>,
): Promise<void> {
  const pathOf = (id: string) => [...(paths.get(id) ?? [])];
  const ownerOfControl = new Map(ic.controls.map((c) => [c.id, c.ownerScopeId]));
  const planYearId = ic.planYearId;
  await Promise.all(
    ic.risks.map((r) =>
      repo.create(
        tenantId,
        "risk",
        {
          id: r.id,
          planYearId,
          ownerScopeId: r.ownerScopeId,
          ownerScopePath: pathOf(r.ownerScopeId),
          title: r.title,
          description: r.description ?? "",
          categoryKey: r.categoryKey,
          concerns: r.concerns ?? "",
          goalIds: [...(r.goalIds ?? [])],
          decision: r.decision,
          history: r.assessments.map(([probability, consequence], i) => ({
            probability,
            consequence,
            note: i === 0 ? "" : "Omprövad efter delårsrapporten.",
            assessedAt: `${planYearId}-0${1 + i * 5}-20T09:00:00.000Z`,
            assessedBy: "Demodata",
          })),
        },
        seedUser,
      ),
    ),
  );
  await Promise.all(
    ic.controls.map((c) =>
      repo.create(
        tenantId,
        "control",
        {
          ...c,
          riskIds: [...c.riskIds],
          periodIds: [...c.periodIds],
          planYearId,
          ownerScopePath: pathOf(c.ownerScopeId),
          frequency: c.frequency ?? "twiceYearly",
          commonId: c.commonId ?? null,
          amendment: null,
        },
        seedUser,
      ),
    ),
  );
  await Promise.all(
    Object.entries(ic.adopted).map(([ownerScopeId, decision]) =>
      repo.create(
        tenantId,
        "controlPlan",
        {
          id: controlPlanId(planYearId, ownerScopeId),
          planYearId,
          ownerScopeId,
          ownerScopePath: pathOf(ownerScopeId),
          adopted: decision,
          amendments: [],
        },
        seedUser,
      ),
    ),
  );
  const steps = ["submit", "approve", "review"] as const;
  await Promise.all(
    ic.reports.map((r) => {
      const ownerScopeId = ownerOfControl.get(r.controlId) ?? "";
      const done = steps.slice(0, ["draft", "submitted", "approved", "reviewed"].indexOf(r.status));
      return repo.create(
        tenantId,
        "controlReport",
        {
          id: controlReportId(r.controlId, r.periodId),
          controlId: r.controlId,
          planYearId,
          periodId: r.periodId,
          ownerScopeId,
          ownerScopePath: pathOf(ownerScopeId),
          status: r.status,
          examined: r.examined,
          sampleSize: r.sampleSize,
          errorsFound: r.errorsFound,
          result: r.result,
          analysis: r.analysis,
          events: done.map((action, i) => ({
            action,
            at: `${planYearId}-05-${String(12 + i * 3).padStart(2, "0")}T09:00:00.000Z`,
            byUserId: seedUser.userId,
            byName: "Demodata",
            note: "",
          })),
        },
        seedUser,
      );
    }),
  );
  const rsa = ic.rsa;
  if (rsa) {
    const placed = <T extends { ownerScopeId: string }>(x: T) => ({ ...x, planYearId, ownerScopePath: pathOf(x.ownerScopeId) });
    await Promise.all([
      ...rsa.functions.map((f) => repo.create(tenantId, "criticalFunction", placed(f), seedUser)),
      ...rsa.risks.map((r) => repo.create(tenantId, "rsaRisk", placed(r), seedUser)),
      ...rsa.measures.map((m) => repo.create(tenantId, "rsaMeasure", placed(m), seedUser)),
    ]);
  }
  await Promise.all(
    ic.actions.map((a) => {
      const ownerScopeId = ownerOfControl.get(a.controlId) ?? "";
      return repo.create(
        tenantId,
        "internalControlAction",
        { ...a, planYearId, ownerScopeId, ownerScopePath: pathOf(ownerScopeId) },
        seedUser,
      );
    }),
  );
}
