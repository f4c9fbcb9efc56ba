import type { Container } from "@azure/cosmos";
import type {
  ActivityData,
  Clock,
  CoordinationData,
  DialoguePlanData,
  DialogueRecordType,
  DialogueRecordTypes,
  DialogueRepository,
  DialogueResultsData,
  DialogueSettingsData,
  Stored,
} from "@kvalitetskedjan/domain";
import { createRecordStore, notDeleted } from "../platform/cosmos/cosmos-records.js";

type Tagged = DialogueRecordTypes[DialogueRecordType] & { readonly recordType?: string };
const of = <T>(records: readonly Stored<Tagged>[], type: DialogueRecordType) =>
  records.filter((r) => r.recordType === type) as unknown as Stored<T>[];

/**
 * Dialogue planning in its own container, partitioned by tenant; every write audited in its
 * batch. Each record carries a copy of its type (`recordType`), so a year's plan (activities,
 * coordinations, adoption) and the settings read in one query. Results are records of their
 * own, read by the activity's id.
 */
export function createCosmosDialogueRepository(container: Container, clock: Clock): DialogueRepository {
  const store = createRecordStore(container, clock, {
    hiddenFields: [],
    extraFields: (_tenantId, type) => ({ recordType: type }),
  });
  return {
    find: (tenantId, type, id) => store.pointRead(tenantId, type, id),
    findSettings: (tenantId) => store.pointRead<DialogueSettingsData>(tenantId, "dialogueSettings", "current"),
    async loadYear(tenantId, planYearId) {
      const records = await store.query<Tagged>(
        tenantId,
        `((c.type IN ('dialogueActivity', 'dialogueCoordination', 'dialoguePlan') AND c.planYearId = @planYearId) OR c.type = 'dialogueSettings') AND ${notDeleted}`,
        [{ name: "@planYearId", value: planYearId }],
      );
      return {
        activities: of<ActivityData>(records, "dialogueActivity"),
        coordinations: of<CoordinationData>(records, "dialogueCoordination"),
        plan: of<DialoguePlanData>(records, "dialoguePlan")[0] ?? null,
        settings: of<DialogueSettingsData>(records, "dialogueSettings")[0] ?? null,
      };
    },
    findResults: (tenantId, activityIds) =>
      activityIds.length === 0
        ? Promise.resolve([])
        : store.query<DialogueResultsData>(tenantId, `c.type = 'dialogueResults' AND ${notDeleted} AND ARRAY_CONTAINS(@ids, c.key)`, [
            { name: "@ids", value: [...activityIds] },
          ]),
    async listTrace(tenantId, { goalId, decisionKey }) {
      const results = await store.query<DialogueResultsData>(
        tenantId,
        `c.type = 'dialogueResults' AND ${notDeleted} AND ${goalId !== undefined ? "ARRAY_CONTAINS(c.links.goalIds, @link)" : "ARRAY_CONTAINS(c.links.decisionKeys, @link)"}`,
        [{ name: "@link", value: goalId ?? decisionKey ?? "" }],
      );
      const ids = results.map((r) => r.activityId);
      const activities = await store.query<ActivityData>(
        tenantId,
        `c.type = 'dialogueActivity' AND ${notDeleted} AND (ARRAY_CONTAINS(@ids, c.key)${
          goalId !== undefined ? " OR ARRAY_CONTAINS(c.goalIds, @link)" : " OR c.feedsDecisionKey = @link"
        })`,
        [
          { name: "@ids", value: ids },
          { name: "@link", value: goalId ?? decisionKey ?? "" },
        ],
      );
      return { activities, results };
    },
    async listAwaitingFeedback(tenantId, personId) {
      const records = await store.query<Tagged>(
        tenantId,
        `((c.type = 'dialogueActivity' AND ARRAY_CONTAINS(@statuses, c.status)${personId !== undefined ? " AND c.responsiblePersonId = @personId" : ""}) OR c.type = 'dialogueSettings') AND ${notDeleted}`,
        [
          { name: "@statuses", value: ["running", "completed"] },
          ...(personId !== undefined ? [{ name: "@personId", value: personId }] : []),
        ],
      );
      return {
        activities: of<ActivityData>(records, "dialogueActivity"),
        settings: of<DialogueSettingsData>(records, "dialogueSettings")[0] ?? null,
      };
    },
    listAudit: (tenantId, objectType, objectId) => store.listAudit(tenantId, objectType, objectId),
    create: (tenantId, type, data, info) => store.create(tenantId, type, data, info),
    replace: (tenantId, type, current, data, etag, info) => store.replace(tenantId, type, current, data, etag, info),
  };
}
