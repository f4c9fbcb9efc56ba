import type { Container } from "@azure/cosmos";
import type {
  ActionData,
  Clock,
  CommitteeInternalControl,
  ControlData,
  ControlPlanData,
  ControlReportData,
  CriticalFunctionData,
  InternalControlRecordType,
  InternalControlRecordTypes,
  InternalControlRepository,
  InternalControlSettingsData,
  OversightAssessmentData,
  RiskData,
  RsaMeasureData,
  RsaRiskData,
  Stored,
} from "@kvalitetskedjan/domain";
import { createRecordStore, notDeleted } from "../platform/cosmos/cosmos-records.js";

type AnyRecord = InternalControlRecordTypes[InternalControlRecordType];

/** Sorts one query's records of a committee or a year into the screen's parts. */
function partsOf(records: readonly (Stored<AnyRecord> & { readonly recordType?: string })[]): CommitteeInternalControl {
  const of = <T>(type: InternalControlRecordType) => records.filter((r) => r.recordType === type) as unknown as Stored<T>[];
  return {
    risks: of<RiskData>("risk"),
    plan: of<ControlPlanData>("controlPlan")[0] ?? null,
    plans: of<ControlPlanData>("controlPlan"),
    controls: of<ControlData>("control"),
    reports: of<ControlReportData>("controlReport"),
    actions: of<ActionData>("internalControlAction"),
    assessments: of<OversightAssessmentData>("oversightAssessment"),
    committeeAssessments: of<OversightAssessmentData>("committeeAssessment"),
    settings: of<InternalControlSettingsData>("internalControlSettings")[0] ?? null,
  };
}

const yearTypes: readonly InternalControlRecordType[] = [
  "risk",
  "controlPlan",
  "control",
  "controlReport",
  "internalControlAction",
  "oversightAssessment",
  "committeeAssessment",
];

const rsaTypes: readonly InternalControlRecordType[] = ["criticalFunction", "rsaRisk", "rsaMeasure"];

/**
 * Internal control in its own container, partitioned by tenant; every write audited in its
 * batch. Each record carries a copy of its type (`recordType`, read back with it: the record store drops `type`), so a committee's
 * whole year (risks, plan, controls, results, actions) and the municipality's scale read in one query.
 */
export function createCosmosInternalControlRepository(container: Container, clock: Clock): InternalControlRepository {
  const store = createRecordStore(container, clock, {
    hiddenFields: [],
    extraFields: (_tenantId, type) => ({ recordType: type }),
  });
  const yearQuery = (tenantId: string, where: string, parameters: { name: string; value: string }[]) =>
    store.query<AnyRecord & { recordType?: string }>(
      tenantId,
      `((ARRAY_CONTAINS(@types, c.type) AND ${where}) OR c.type = 'internalControlSettings') AND ${notDeleted}`,
      [{ name: "@types", value: [...yearTypes] } as unknown as { name: string; value: string }, ...parameters],
    );
  return {
    findSettings: (tenantId) => store.pointRead<InternalControlSettingsData>(tenantId, "internalControlSettings", "current"),
    find: (tenantId, type, id) => store.pointRead(tenantId, type, id),
    async loadCommittee(tenantId, planYearId, ownerScopeId) {
      return partsOf(
        await yearQuery(tenantId, "c.planYearId = @planYearId AND c.ownerScopeId = @ownerScopeId", [
          { name: "@planYearId", value: planYearId },
          { name: "@ownerScopeId", value: ownerScopeId },
        ]),
      );
    },
    async loadYear(tenantId, planYearId) {
      return partsOf(await yearQuery(tenantId, "c.planYearId = @planYearId", [{ name: "@planYearId", value: planYearId }]));
    },
    async loadRsa(tenantId, planYearId, ownerScopeId) {
      const records = await store.query<AnyRecord & { recordType?: string }>(
        tenantId,
        `((ARRAY_CONTAINS(@types, c.type) AND c.planYearId = @planYearId${ownerScopeId ? " AND c.ownerScopeId = @ownerScopeId" : ""}) OR c.type = 'internalControlSettings') AND ${notDeleted}`,
        [
          { name: "@types", value: [...rsaTypes] },
          { name: "@planYearId", value: planYearId },
          ...(ownerScopeId ? [{ name: "@ownerScopeId", value: ownerScopeId }] : []),
        ],
      );
      const of = <T>(type: InternalControlRecordType) => records.filter((r) => r.recordType === type) as unknown as Stored<T>[];
      return {
        functions: of<CriticalFunctionData>("criticalFunction"),
        risks: of<RsaRiskData>("rsaRisk"),
        measures: of<RsaMeasureData>("rsaMeasure"),
        settings: of<InternalControlSettingsData>("internalControlSettings")[0] ?? null,
      };
    },
    async loadAwaitingStep(tenantId) {
      const reports = await store.query<ControlReportData>(
        tenantId,
        `c.type = 'controlReport' AND ${notDeleted} AND ARRAY_CONTAINS(@statuses, c.status)`,
        [{ name: "@statuses", value: ["submitted", "approved"] }],
      );
      if (reports.length === 0) return { reports, controls: [] };
      const controls = await store.query<ControlData>(tenantId, `c.type = 'control' AND ${notDeleted} AND ARRAY_CONTAINS(@ids, c.key)`, [
        { name: "@ids", value: [...new Set(reports.map((r) => r.controlId))] },
      ]);
      return { reports, controls };
    },
    listRisksThreatening: (tenantId, goalId) =>
      store.query<RiskData>(tenantId, `c.type = 'risk' AND ${notDeleted} AND ARRAY_CONTAINS(c.goalIds, @goalId)`, [
        { name: "@goalId", value: goalId },
      ]),
    listOpenActionsOf: (tenantId, personId) =>
      store.query<ActionData>(
        tenantId,
        `c.type = 'internalControlAction' AND ${notDeleted} AND c.ownerPersonId = @personId AND c.status != 'done'`,
        [{ name: "@personId", value: personId }],
      ),
    async loadResponsibleFor(tenantId, personId) {
      const controls = await store.query<ControlData>(
        tenantId,
        `c.type = 'control' AND ${notDeleted} AND c.responsiblePersonId = @personId`,
        [{ name: "@personId", value: personId }],
      );
      if (controls.length === 0) return { controls, reports: [] };
      const reports = await store.query<ControlReportData>(
        tenantId,
        `c.type = 'controlReport' AND ${notDeleted} AND ARRAY_CONTAINS(@controlIds, c.controlId)`,
        [{ name: "@controlIds", value: controls.map((c) => c.id) }],
      );
      return { controls, reports };
    },
    listAudit: (tenantId, objectType, objectId) => store.listAudit(tenantId, objectType, objectId),
    create: (tenantId, type, data, info) => store.create(tenantId, type, data, info),
    replace: (tenantId, type, current, data, etag, info) => store.replace(tenantId, type, current, data, etag, info),
  };
}
