import type { Container } from "@azure/cosmos";
import type { Clock, GoalData, GoalRepository, GoalSettingsData, IndicatorData, PlanYearData } from "@kvalitetskedjan/domain";
import { createRecordStore, notDeleted } from "./cosmos-records.js";

/** Goal settings, plan years and goals in one container partitioned by `/tenantId`. */
export function createCosmosGoalRepository(container: Container, clock: Clock): GoalRepository {
  const store = createRecordStore(container, clock);
  return {
    findSettings: (tenantId) => store.pointRead<GoalSettingsData>(tenantId, "goalSettings", "current"),
    listPlanYears: (tenantId) => store.query<PlanYearData>(tenantId, `c.type = 'planYear' AND ${notDeleted}`, []),
    findPlanYear: (tenantId, id) => store.pointRead<PlanYearData>(tenantId, "planYear", id),
    listGoals(tenantId, planYearId, ownerScopeId) {
      const byOwner = ownerScopeId === undefined ? "" : " AND c.ownerScopeId = @ownerScopeId";
      return store.query<GoalData>(tenantId, `c.type = 'goal' AND ${notDeleted} AND c.planYearId = @planYearId${byOwner}`, [
        { name: "@planYearId", value: planYearId },
        ...(ownerScopeId === undefined ? [] : [{ name: "@ownerScopeId", value: ownerScopeId }]),
      ]);
    },
    findGoals: (tenantId, ids) =>
      store.query<GoalData>(tenantId, `c.type = 'goal' AND ${notDeleted} AND ARRAY_CONTAINS(@ids, c.key)`, [
        { name: "@ids", value: [...ids] },
      ]),
    findGoal: (tenantId, id) => store.pointRead<GoalData>(tenantId, "goal", id),
    listIndicators(tenantId, planYearId, goalId) {
      const byGoal = goalId === undefined ? "" : " AND c.goalId = @goalId";
      return store.query<IndicatorData>(tenantId, `c.type = 'indicator' AND ${notDeleted} AND c.planYearId = @planYearId${byGoal}`, [
        { name: "@planYearId", value: planYearId },
        ...(goalId === undefined ? [] : [{ name: "@goalId", value: goalId }]),
      ]);
    },
    findIndicator: (tenantId, id) => store.pointRead<IndicatorData>(tenantId, "indicator", id),
    listAudit: (tenantId, objectType, objectId) => store.listAudit(tenantId, objectType, objectId),
    create: (tenantId, type, data, info) => store.create(tenantId, type, data, info),
    replace: (tenantId, type, current, data, etag, info) => store.replace(tenantId, type, current, data, etag, info),
  };
}
