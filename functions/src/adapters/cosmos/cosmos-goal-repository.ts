import type { Container, SqlParameter } from "@azure/cosmos";
import type {
  Clock,
  FinanceData,
  GoalData,
  GoalRepository,
  GoalSettingsData,
  IndicatorData,
  KoladaSeriesData,
  PlanYearData,
  ReportData,
  RollupDecisionData,
  Stored,
} from "@kvalitetskedjan/domain";
import { createRecordStore, type Doc, notDeleted } from "./cosmos-records.js";

/** The projection a period's status is computed from. */
interface StatusRow {
  tenantId: string;
  type: string;
  ownerScopeId?: string;
  ownerScopePath?: string[];
  periodicity?: string;
  ownerPersonId?: string | null;
  periodId?: string;
  status?: string;
}

/**
 * Goal settings, plan years, goals, indicators, reports and roll-up decisions in one
 * container partitioned by `/tenantId`. Goals, indicators and reports carry a hidden
 * `ownerKey` (the owning unit) so an owner's whole year reads in one query.
 */
export function createCosmosGoalRepository(container: Container, clock: Clock): GoalRepository {
  const store = createRecordStore(container, clock, {
    hiddenFields: ["ownerKey"],
    extraFields: (_tenantId, _type, data) => {
      const path = (data as { ownerScopePath?: readonly string[] }).ownerScopePath;
      return path ? { ownerKey: path[path.length - 1] } : {};
    },
  });

  /** Rows of several record types from one query, split by type. */
  async function queryMixed(tenantId: string, where: string, parameters: SqlParameter[]) {
    const { resources } = await container.items
      .query<Doc>(
        {
          query: `SELECT * FROM c WHERE c.tenantId = @tenantId AND ${notDeleted} AND ${where}`,
          parameters: [{ name: "@tenantId", value: tenantId }, ...parameters],
        },
        { partitionKey: tenantId, maxItemCount: 5000 },
      )
      .fetchAll();
    const goals: Stored<GoalData>[] = [];
    const indicators: Stored<IndicatorData>[] = [];
    const reports: Stored<ReportData>[] = [];
    for (const doc of resources) {
      if (doc.tenantId !== tenantId) continue;
      if (doc.type === "goal") goals.push(store.fromDoc<GoalData>(doc));
      else if (doc.type === "indicator") indicators.push(store.fromDoc<IndicatorData>(doc));
      else if (doc.type === "report") reports.push(store.fromDoc<ReportData>(doc));
    }
    return { goals, indicators, reports };
  }

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
    findIndicators: (tenantId, ids) =>
      store.query<IndicatorData>(tenantId, `c.type = 'indicator' AND ${notDeleted} AND ARRAY_CONTAINS(@ids, c.key)`, [
        { name: "@ids", value: [...ids] },
      ]),

    loadTree(tenantId, planYearId, { scopeId, periodId }) {
      const parameters: SqlParameter[] = [{ name: "@planYearId", value: planYearId }];
      const types =
        periodId === undefined
          ? "c.type IN ('goal', 'indicator')"
          : "(c.type IN ('goal', 'indicator') OR (c.type = 'report' AND c.periodId = @periodId))";
      if (periodId !== undefined) parameters.push({ name: "@periodId", value: periodId });
      let where = `c.planYearId = @planYearId AND ${types}`;
      if (scopeId !== undefined) {
        where += " AND ARRAY_CONTAINS(c.ownerScopePath, @scopeId)";
        parameters.push({ name: "@scopeId", value: scopeId });
      }
      return queryMixed(tenantId, where, parameters);
    },

    async loadOwner(tenantId, planYearId, periodId, ownerScopeId) {
      const { goals, indicators, reports } = await queryMixed(
        tenantId,
        "c.planYearId = @planYearId AND c.ownerKey = @owner AND (c.type IN ('goal', 'indicator') OR (c.type = 'report' AND c.periodId = @periodId))",
        [
          { name: "@planYearId", value: planYearId },
          { name: "@owner", value: ownerScopeId },
          { name: "@periodId", value: periodId },
        ],
      );
      return { goals, indicators, report: reports[0] ?? null };
    },

    async loadStatusInputs(tenantId, planYearId, ownerIds) {
      const byOwner = ownerIds === undefined ? "" : " AND ARRAY_CONTAINS(@owners, c.ownerKey)";
      const { resources } = await container.items
        .query<StatusRow>(
          {
            query:
              "SELECT c.tenantId, c.type, c.ownerScopeId, c.ownerScopePath, c.periodicity, c.ownerPersonId, c.periodId, c.status FROM c " +
              `WHERE c.tenantId = @tenantId AND ${notDeleted} AND c.planYearId = @planYearId AND c.type IN ('goal', 'indicator', 'report')${byOwner}`,
            parameters: [
              { name: "@tenantId", value: tenantId },
              { name: "@planYearId", value: planYearId },
              ...(ownerIds === undefined ? [] : [{ name: "@owners", value: [...ownerIds] }]),
            ],
          },
          { partitionKey: tenantId, maxItemCount: 10_000 },
        )
        .fetchAll();
      const rows = resources.filter((r) => r.tenantId === tenantId);
      return {
        goals: rows.filter((r) => r.type === "goal").map((r) => ({ ownerScopeId: r.ownerScopeId as string })),
        indicators: rows
          .filter((r) => r.type === "indicator")
          .map((r) => ({
            ownerScopePath: r.ownerScopePath ?? [],
            periodicity: r.periodicity as "month" | "interim" | "year",
            ownerPersonId: r.ownerPersonId ?? null,
          })),
        reports: rows
          .filter((r) => r.type === "report")
          .map((r) => ({
            periodId: r.periodId as string,
            ownerScopeId: r.ownerScopeId as string,
            status: r.status as ReportData["status"],
          })),
      };
    },
    async loadPersonInputs(tenantId, personId) {
      const { resources } = await container.items
        .query<Doc & { ownerKey?: string; planYearId?: string }>(
          {
            query:
              `SELECT * FROM c WHERE c.tenantId = @tenantId AND ${notDeleted} AND (c.type = 'planYear' OR ` +
              "(c.type = 'indicator' AND c.ownerPersonId = @personId) OR (c.type = 'report' AND ARRAY_CONTAINS(@pending, c.status)))",
            parameters: [
              { name: "@tenantId", value: tenantId },
              { name: "@personId", value: personId },
              { name: "@pending", value: ["submitted", "approved"] },
            ],
          },
          { partitionKey: tenantId, maxItemCount: 5000 },
        )
        .fetchAll();
      const rows = resources.filter((d) => d.tenantId === tenantId);
      return {
        planYears: rows.filter((d) => d.type === "planYear").map((d) => store.fromDoc<PlanYearData>(d)),
        ownedIndicators: rows
          .filter((d) => d.type === "indicator")
          .map((d) => ({ planYearId: d.planYearId ?? "", ownerScopeId: d.ownerKey ?? "" })),
        pendingReports: rows.filter((d) => d.type === "report").map((d) => store.fromDoc<ReportData>(d)),
      };
    },
    findReport: (tenantId, id) => store.pointRead<ReportData>(tenantId, "report", id),
    listReports(tenantId, { planYearId, periodId, statuses, planYearIds, ownerScopeIds }) {
      let where = `c.type = 'report' AND ${notDeleted}`;
      const parameters: SqlParameter[] = [];
      if (planYearId !== undefined) {
        where += " AND c.planYearId = @planYearId";
        parameters.push({ name: "@planYearId", value: planYearId });
      }
      if (periodId !== undefined) {
        where += " AND c.periodId = @periodId";
        parameters.push({ name: "@periodId", value: periodId });
      }
      if (statuses !== undefined) {
        where += " AND ARRAY_CONTAINS(@statuses, c.status)";
        parameters.push({ name: "@statuses", value: [...statuses] });
      }
      if (planYearIds !== undefined) {
        where += " AND ARRAY_CONTAINS(@planYearIds, c.planYearId)";
        parameters.push({ name: "@planYearIds", value: [...planYearIds] });
      }
      if (ownerScopeIds !== undefined) {
        where += " AND ARRAY_CONTAINS(@ownerScopeIds, c.ownerScopeId)";
        parameters.push({ name: "@ownerScopeIds", value: [...ownerScopeIds] });
      }
      return store.query<ReportData>(tenantId, where, parameters);
    },
    listRollupDecisions: (tenantId, planYearId, periodId) =>
      store.query<RollupDecisionData>(
        tenantId,
        `c.type = 'rollupDecision' AND ${notDeleted} AND c.planYearId = @planYearId${periodId === undefined ? "" : " AND c.periodId = @periodId"}`,
        [{ name: "@planYearId", value: planYearId }, ...(periodId === undefined ? [] : [{ name: "@periodId", value: periodId }])],
      ),
    findKoladaSeries: (tenantId, kpiIds) =>
      store.query<KoladaSeriesData>(tenantId, `c.type = 'koladaSeries' AND ${notDeleted} AND ARRAY_CONTAINS(@ids, c.key)`, [
        { name: "@ids", value: [...kpiIds] },
      ]),
    findFinance: (tenantId, planYearId) => store.pointRead<FinanceData>(tenantId, "finance", planYearId),
    findRollupDecision: (tenantId, id) => store.pointRead<RollupDecisionData>(tenantId, "rollupDecision", id),

    listAudit: (tenantId, objectType, objectId) => store.listAudit(tenantId, objectType, objectId),
    create: (tenantId, type, data, info) => store.create(tenantId, type, data, info),
    replace: (tenantId, type, current, data, etag, info) => store.replace(tenantId, type, current, data, etag, info),
  };
}
