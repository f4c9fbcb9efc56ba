import type { FinanceEntry } from "../followup/finance.js";
import type { KoladaPoint } from "../followup/kolada.js";
import type { Assessment, GoalAssessment, Outcome, ReportEvent, ReportStatus } from "../reporting/contracts.js";
import type { AuditInfo, AuditRecord, Stored } from "../shared/store.js";
import type { BenchmarkSettings, CredibilityReview, GoalLevel, IndicatorSource, StrategicArea } from "./contracts.js";
import type { ReportingPeriod } from "./reporting-period-contracts.js";

export interface GoalSettingsData {
  readonly id: string;
  readonly levels: readonly GoalLevel[];
  readonly maxGoalsPerOwner: number;
  /** Absent on settings saved before benchmarks existed. */
  readonly benchmark?: BenchmarkSettings | null;
  readonly publishResults?: boolean;
}

export interface PlanYearData {
  readonly id: string;
  readonly year: number;
  readonly vision: string;
  readonly areas: readonly StrategicArea[];
  readonly levels: readonly GoalLevel[];
  readonly previousPlanYearId: string | null;
  /** The reporting calendar: monthly, interim and annual reports with deadlines. */
  readonly periods: readonly ReportingPeriod[];
}

export interface GoalData {
  readonly id: string;
  readonly planYearId: string;
  readonly levelKey: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  readonly title: string;
  readonly description: string;
  readonly areaId: string | null;
  readonly parentGoalIds: readonly string[];
  readonly predecessorGoalId: string | null;
  readonly credibilityReview: CredibilityReview | null;
}

export interface IndicatorData {
  readonly id: string;
  readonly planYearId: string;
  readonly goalId: string;
  readonly ownerScopePath: readonly string[];
  readonly title: string;
  readonly unit: string;
  readonly direction: "higherIsBetter" | "lowerIsBetter";
  readonly periodicity: "month" | "interim" | "year";
  readonly source: IndicatorSource;
  readonly splitByGender: boolean;
  readonly range: { readonly min: number; readonly max: number };
  readonly baseline: { readonly year: number; readonly value: number } | null;
  readonly target: number | null;
  readonly ownerPersonId: string | null;
  /** The indicator this one continues from the plan year before, so trends run across years. */
  readonly predecessorIndicatorId: string | null;
}

/** One owner's report for one period; id `{planYearId}.{periodId}.{ownerScopeId}`. */
export interface ReportData {
  readonly id: string;
  readonly planYearId: string;
  readonly periodId: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  readonly status: Exclude<ReportStatus, "notStarted">;
  readonly assessments: Readonly<Record<string, GoalAssessment>>;
  readonly outcomes: Readonly<Record<string, Outcome>>;
  readonly events: readonly ReportEvent[];
}

export interface StatusInputs {
  readonly goals: readonly { readonly ownerScopeId: string }[];
  readonly indicators: readonly {
    readonly ownerScopePath: readonly string[];
    readonly periodicity: "month" | "interim" | "year";
    readonly ownerPersonId: string | null;
  }[];
  readonly reports: readonly { readonly periodId: string; readonly ownerScopeId: string; readonly status: ReportData["status"] }[];
}

export const reportId = (planYearId: string, periodId: string, ownerScopeId: string): string => `${planYearId}.${periodId}.${ownerScopeId}`;

/** The quality network's decision on a rolled-up goal in one period; id `{goalId}.{periodId}`. */
export interface RollupDecisionData {
  readonly id: string;
  readonly planYearId: string;
  readonly periodId: string;
  readonly goalId: string;
  readonly ownerScopeId: string;
  readonly ownerScopePath: readonly string[];
  readonly suggested: Assessment;
  readonly assessment: Assessment;
  readonly justification: string;
  readonly decidedAt: string;
  readonly decidedBy: string;
}

/** Imported Kolada values of one KPI, for the own municipality and its comparison group; id = the KPI id. */
export interface KoladaSeriesData {
  readonly id: string;
  readonly kpiId: string;
  readonly points: readonly KoladaPoint[];
  readonly importedAt: string;
}

/** Net cost and budget per committee and period of one plan year; id = the plan year id. */
export interface FinanceData {
  readonly id: string;
  readonly planYearId: string;
  readonly residents: number | null;
  readonly entries: readonly FinanceEntry[];
}

export interface GoalRecordTypes {
  goalSettings: GoalSettingsData;
  planYear: PlanYearData;
  goal: GoalData;
  indicator: IndicatorData;
  report: ReportData;
  rollupDecision: RollupDecisionData;
  koladaSeries: KoladaSeriesData;
  finance: FinanceData;
}
export type GoalRecordType = keyof GoalRecordTypes;
/** The goal store's records, as the audit trail names them. */
export const goalObjectTypes = [
  "goalSettings",
  "planYear",
  "goal",
  "indicator",
  "report",
  "rollupDecision",
  "koladaSeries",
  "finance",
] as const satisfies readonly GoalRecordType[];

/** Storage of one tenant's goal structure: settings, plan years, goals. Same contract as the directory's. */
export interface GoalRepository {
  findSettings(tenantId: string): Promise<Stored<GoalSettingsData> | null>;
  listPlanYears(tenantId: string): Promise<Stored<PlanYearData>[]>;
  findPlanYear(tenantId: string, id: string): Promise<Stored<PlanYearData> | null>;
  listGoals(tenantId: string, planYearId: string, ownerScopeId?: string): Promise<Stored<GoalData>[]>;
  findGoals(tenantId: string, ids: readonly string[]): Promise<Stored<GoalData>[]>;
  findGoal(tenantId: string, id: string): Promise<Stored<GoalData> | null>;
  listIndicators(tenantId: string, planYearId: string, goalId?: string): Promise<Stored<IndicatorData>[]>;
  findIndicator(tenantId: string, id: string): Promise<Stored<IndicatorData> | null>;
  findIndicators(tenantId: string, ids: readonly string[]): Promise<Stored<IndicatorData>[]>;
  /**
   * One round trip: the plan year's goals and indicators owned on or below `scopeId`
   * (all when undefined), and the reports of `periodId` of those owners.
   */
  loadTree(
    tenantId: string,
    planYearId: string,
    filter: { scopeId?: string | undefined; periodId?: string | undefined },
  ): Promise<{ goals: Stored<GoalData>[]; indicators: Stored<IndicatorData>[]; reports: Stored<ReportData>[] }>;
  /** One round trip: an owner's own goals and indicators in a plan year, and its report for the period. */
  loadOwner(
    tenantId: string,
    planYearId: string,
    periodId: string,
    ownerScopeId: string,
  ): Promise<{ goals: Stored<GoalData>[]; indicators: Stored<IndicatorData>[]; report: Stored<ReportData> | null }>;
  /**
   * One round trip, only the fields a period's status needs: which owners have goals, their
   * indicators' periodicity and owner, and every report's status; `ownerIds` keeps to those
   * owners.
   */
  loadStatusInputs(tenantId: string, planYearId: string, ownerIds?: readonly string[]): Promise<StatusInputs>;
  /**
   * One round trip, what My items starts from: every plan year, where `personId` owns an
   * indicator (plan year and owning unit), and every report waiting for approval or review.
   */
  loadPersonInputs(
    tenantId: string,
    personId: string,
  ): Promise<{
    planYears: Stored<PlanYearData>[];
    ownedIndicators: { planYearId: string; ownerScopeId: string }[];
    pendingReports: Stored<ReportData>[];
  }>;
  findReport(tenantId: string, id: string): Promise<Stored<ReportData> | null>;
  listReports(
    tenantId: string,
    filter: {
      planYearId?: string;
      periodId?: string;
      statuses?: readonly ReportStatus[];
      planYearIds?: readonly string[];
      ownerScopeIds?: readonly string[];
    },
  ): Promise<Stored<ReportData>[]>;
  /** A period's decisions, or the whole year's when `periodId` is undefined. */
  listRollupDecisions(tenantId: string, planYearId: string, periodId?: string): Promise<Stored<RollupDecisionData>[]>;
  findKoladaSeries(tenantId: string, kpiIds: readonly string[]): Promise<Stored<KoladaSeriesData>[]>;
  findFinance(tenantId: string, planYearId: string): Promise<Stored<FinanceData> | null>;
  findRollupDecision(tenantId: string, id: string): Promise<Stored<RollupDecisionData> | null>;
  listAudit(tenantId: string, objectType: string, objectId: string): Promise<AuditRecord[]>;
  create<K extends GoalRecordType>(
    tenantId: string,
    type: K,
    data: GoalRecordTypes[K],
    audit: AuditInfo,
  ): Promise<Stored<GoalRecordTypes[K]>>;
  replace<K extends GoalRecordType>(
    tenantId: string,
    type: K,
    current: Stored<GoalRecordTypes[K]>,
    data: GoalRecordTypes[K],
    etag: string,
    audit: AuditInfo,
  ): Promise<Stored<GoalRecordTypes[K]>>;
}
