import { randomUUID } from "node:crypto";
import type { Container, SqlParameter } from "@azure/cosmos";
import type {
  AuditInfo,
  Clock,
  FinanceData,
  FollowUpRepository,
  GoalData,
  GoalRepository,
  GoalSettingsData,
  IndicatorData,
  KoladaSeriesData,
  PlanYearData,
  ReportData,
  ReportRepository,
  RollupDecisionData,
  Stored,
} from "@kvalitetskedjan/domain";

/**
 * The goal store: one container holds the goal structure, the reports and the follow-up
 * records, so the reads that join them are one round trip. The domain sees it as three
 * ports, one a job: goals (`GoalRepository`), reports (`ReportRepository`) and follow-up
 * (`FollowUpRepository`).
 */
export type GoalStore = GoalRepository & ReportRepository & FollowUpRepository;

import { createRecordStore, type Doc, docId, notDeleted } from "../platform/cosmos/cosmos-records.js";

/** The projection a period's status is computed from. */
interface StatusRow {
  tenantId: string;
  type: string;
  planYearId?: string;
  ownerKey?: string;
  ownerScopeId?: string;
  ownerScopePath?: string[];
  periodicity?: string;
  ownerPersonId?: string | null;
  periodId?: string;
  status?: string;
  key?: string;
  goalId?: string;
  retired?: unknown;
}

/** Retired goals, and the indicators of a retired goal, are no longer reported on: the reporting reads leave them out. */
function withoutRetired<
  G extends { readonly id?: string; readonly key?: string; readonly retired?: unknown },
  I extends { readonly goalId?: string },
>(goals: readonly G[], indicators: readonly I[]): { goals: G[]; indicators: I[] } {
  const retired = new Set(goals.filter((g) => g.retired).map((g) => g.id ?? g.key ?? ""));
  return {
    goals: goals.filter((g) => !g.retired),
    indicators: indicators.filter((i) => !retired.has(i.goalId ?? "")),
  };
}

type VersionDoc = Doc & { version?: string };

const goalsVersionId = docId("goalsVersion", "current");

/** What status and My items are computed from, for a whole tenant, kept per instance. */
interface TenantIndex {
  readonly version: string;
  readonly rows: readonly StatusRow[];
  readonly planYears: readonly Stored<PlanYearData>[];
  readonly pendingReports: readonly Stored<ReportData>[];
}

/** Tenants whose index an instance keeps; the least recently filled goes first. */
const maxCachedTenants = 50;
const pendingStatuses = ["submitted", "approved"];

/**
 * Goal settings, plan years, goals, indicators, reports and roll-up decisions in one
 * container partitioned by `/tenantId`. Goals, indicators and reports carry a hidden
 * `ownerKey` (the owning unit) so an owner's whole year reads in one query.
 *
 * Every write also rewrites a `goalsVersion` document in its batch. The status of a
 * period and My items read from a per-instance index of the tenant (plan years, pending
 * reports, and the few fields status needs of every goal, indicator and report), checked
 * against that version with one point read: a change anywhere is seen at once, by every
 * instance, and unchanged data is not queried again. A plan year read for a screen that
 * only shows (`forDisplay`) may come from this instance's last read of it.
 */
export function createCosmosGoalRepository(container: Container, clock: Clock): GoalStore {
  const indexCache = new Map<string, TenantIndex>();
  /** Plan years as last read here, for the reads that accept a recent copy. */
  const recentYears = new Map<string, { year: Stored<PlanYearData>; readAt: number }>();
  const store = createRecordStore(container, clock, {
    hiddenFields: ["ownerKey"],
    extraFields: (_tenantId, _type, data) => {
      const path = (data as { ownerScopePath?: readonly string[] }).ownerScopePath;
      return path ? { ownerKey: path[path.length - 1] } : {};
    },
    companions: async (tenantId, _type, _data, _deleted, at) => [
      {
        operationType: "Upsert",
        partitionKey: tenantId,
        resourceBody: {
          id: goalsVersionId,
          key: "current",
          tenantId,
          type: "goalsVersion",
          deleted: false,
          version: randomUUID(),
          updatedAt: at,
        },
      },
    ],
  });

  /** The tenant's index, refreshed when the version moved (read before the queries, so a write during them only makes the next read refresh). */
  async function tenantIndex(tenantId: string): Promise<TenantIndex> {
    const version = (await store.readDoc<VersionDoc>(tenantId, goalsVersionId))?.version ?? "none";
    const cached = indexCache.get(tenantId);
    if (cached && cached.version === version) return cached;
    const [projection, full] = await Promise.all([
      container.items
        .query<StatusRow>(
          {
            query:
              "SELECT c.tenantId, c.type, c.key, c.planYearId, c.ownerKey, c.ownerScopeId, c.ownerScopePath, c.periodicity, c.ownerPersonId, c.periodId, c.status, c.goalId, c.retired FROM c " +
              `WHERE c.tenantId = @tenantId AND ${notDeleted} AND c.type IN ('goal', 'indicator', 'report')`,
            parameters: [{ name: "@tenantId", value: tenantId }],
          },
          { partitionKey: tenantId, maxItemCount: 10_000 },
        )
        .fetchAll(),
      container.items
        .query<Doc>(
          {
            query: `SELECT * FROM c WHERE c.tenantId = @tenantId AND ${notDeleted} AND (c.type = 'planYear' OR (c.type = 'report' AND ARRAY_CONTAINS(@pending, c.status)))`,
            parameters: [
              { name: "@tenantId", value: tenantId },
              { name: "@pending", value: pendingStatuses },
            ],
          },
          { partitionKey: tenantId, maxItemCount: 5000 },
        )
        .fetchAll(),
    ]);
    const docs = full.resources.filter((d) => d.tenantId === tenantId);
    const index: TenantIndex = {
      version,
      rows: projection.resources.filter((r) => r.tenantId === tenantId),
      planYears: docs.filter((d) => d.type === "planYear").map((d) => store.fromDoc<PlanYearData>(d)),
      pendingReports: docs.filter((d) => d.type === "report").map((d) => store.fromDoc<ReportData>(d)),
    };
    indexCache.delete(tenantId);
    if (indexCache.size >= maxCachedTenants) indexCache.delete(indexCache.keys().next().value as string);
    indexCache.set(tenantId, index);
    return index;
  }

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
    return { ...withoutRetired(goals, indicators), reports };
  }

  return {
    findSettings: (tenantId) => store.pointRead<GoalSettingsData>(tenantId, "goalSettings", "current"),
    listPlanYears: (tenantId) => store.query<PlanYearData>(tenantId, `c.type = 'planYear' AND ${notDeleted}`, []),
    async findPlanYear(tenantId, id, freshness) {
      const key = `${tenantId}/${id}`;
      const kept = recentYears.get(key);
      if (kept && freshness && performance.now() - kept.readAt <= freshness.acceptAgeMs) return kept.year;
      const readAt = performance.now();
      const year = await store.pointRead<PlanYearData>(tenantId, "planYear", id);
      if (recentYears.size > 2000) recentYears.clear();
      if (year) recentYears.set(key, { year, readAt });
      else recentYears.delete(key);
      return year;
    },
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
      const index = await tenantIndex(tenantId);
      const owners = ownerIds === undefined ? null : new Set(ownerIds);
      const rows = index.rows.filter((r) => r.planYearId === planYearId && (owners === null || owners.has(r.ownerKey ?? "")));
      const inForce = withoutRetired(
        rows.filter((r) => r.type === "goal"),
        rows.filter((r) => r.type === "indicator"),
      );
      return {
        goals: inForce.goals.map((r) => ({ ownerScopeId: r.ownerScopeId as string })),
        indicators: inForce.indicators.map((r) => ({
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
      const index = await tenantIndex(tenantId);
      return {
        planYears: [...index.planYears],
        ownedIndicators: index.rows
          .filter((r) => r.type === "indicator" && r.ownerPersonId === personId)
          .map((r) => ({ planYearId: r.planYearId ?? "", ownerScopeId: r.ownerKey ?? "" })),
        pendingReports: [...index.pendingReports],
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
    async create<T extends { readonly id: string }>(tenantId: string, type: string, data: T, info: AuditInfo) {
      const created = await store.create(tenantId, type, data, info);
      if (type === "planYear") recentYears.delete(`${tenantId}/${data.id}`);
      return created;
    },
    async replace<T extends { readonly id: string }>(
      tenantId: string,
      type: string,
      current: Stored<T>,
      data: T,
      etag: string,
      info: AuditInfo,
    ) {
      const replaced = await store.replace(tenantId, type, current, data, etag, info);
      if (type === "planYear") recentYears.delete(`${tenantId}/${current.id}`);
      return replaced;
    },
  };
}
