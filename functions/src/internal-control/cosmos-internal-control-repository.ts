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

/**
 * The fields of the year's outline, over every record type at once (a field a record does
 * not have is left out of its row): a risk's current assessment only, no texts or events.
 */
const outlineFields = [
  "c.recordType",
  "c.planYearId",
  "c.ownerScopeId",
  "c.title",
  "c.categoryKey",
  "ARRAY_SLICE(c.history, -1) AS history",
  "c.adopted",
  "c.periodIds",
  "c.responsiblePersonId",
  "c.controlId",
  "c.periodId",
  "c.status",
  "c.result",
  "c.ownerPersonId",
  "c.what",
  "c.dueOn",
  "c.sufficiency",
  "c.reasons",
  "c.decision",
  "c.riskScale",
  "c.categories",
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
    async loadYearOutline(tenantId, planYearId) {
      const records = await store.select<AnyRecord & { recordType?: string }>(
        tenantId,
        outlineFields,
        `((ARRAY_CONTAINS(@types, c.type) AND c.planYearId = @planYearId) OR c.type = 'internalControlSettings') AND ${notDeleted}`,
        [
          { name: "@types", value: ["risk", "controlPlan", "control", "controlReport", "internalControlAction", "oversightAssessment"] },
          { name: "@planYearId", value: planYearId },
        ],
      );
      const { risks, plans, controls, reports, actions, assessments, settings } = partsOf(records);
      return { risks, plans, controls, reports, actions, assessments, settings };
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
    listRisksThreatening: (tenantId, goalId) =>
      store.query<RiskData>(tenantId, `c.type = 'risk' AND ${notDeleted} AND ARRAY_CONTAINS(c.goalIds, @goalId)`, [
        { name: "@goalId", value: goalId },
      ]),
    async loadPersonal(tenantId, personId, withAwaiting) {
      type Tagged = AnyRecord & { recordType?: string };
      const first = await store.query<Tagged>(
        tenantId,
        `((c.type = 'control' AND c.responsiblePersonId = @personId) OR (c.type = 'internalControlAction' AND c.ownerPersonId = @personId AND c.status != 'done')${
          withAwaiting ? " OR (c.type = 'controlReport' AND ARRAY_CONTAINS(@statuses, c.status))" : ""
        }) AND ${notDeleted}`,
        [{ name: "@personId", value: personId }, ...(withAwaiting ? [{ name: "@statuses", value: ["submitted", "approved"] }] : [])],
      );
      const of = <T>(records: readonly Tagged[], type: InternalControlRecordType) =>
        records.filter((r) => r.recordType === type) as unknown as Stored<T>[];
      const controls = of<ControlData>(first, "control");
      const awaitingReports = of<ControlReportData>(first, "controlReport");
      const own = new Set(controls.map((c) => c.id));
      const wanted = [...new Set(awaitingReports.map((r) => r.controlId))].filter((id) => !own.has(id));
      const second =
        controls.length + wanted.length === 0
          ? []
          : await store.query<Tagged>(
              tenantId,
              `((c.type = 'controlReport' AND ARRAY_CONTAINS(@controlIds, c.controlId)) OR (c.type = 'control' AND ARRAY_CONTAINS(@ids, c.key))) AND ${notDeleted}`,
              [
                { name: "@controlIds", value: controls.map((c) => c.id) },
                { name: "@ids", value: wanted },
              ],
            );
      return {
        controls,
        reports: of<ControlReportData>(second, "controlReport"),
        actions: of<ActionData>(first, "internalControlAction"),
        awaitingReports,
        awaitingControls: [...controls, ...of<ControlData>(second, "control")],
      };
    },
    listAudit: (tenantId, objectType, objectId) => store.listAudit(tenantId, objectType, objectId),
    create: (tenantId, type, data, info) => store.create(tenantId, type, data, info),
    replace: (tenantId, type, current, data, etag, info) => store.replace(tenantId, type, current, data, etag, info),
  };
}
