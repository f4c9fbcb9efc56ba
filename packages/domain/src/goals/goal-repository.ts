import type { ReadFreshness, RecordStorePort, Stored } from "../shared/store.js";
import type { BenchmarkSettings, CredibilityReview, GoalLevel, GoalRetirement, IndicatorSource, StrategicArea } from "./contracts.js";
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
  /** Absent on goals stored before goals could be retired. */
  readonly retired?: GoalRetirement | null;
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

export interface GoalRecordTypes {
  goalSettings: GoalSettingsData;
  planYear: PlanYearData;
  goal: GoalData;
  indicator: IndicatorData;
}
export type GoalRecordType = keyof GoalRecordTypes;
/** The goal store's records, as the audit trail names them. */
export const goalObjectTypes = ["goalSettings", "planYear", "goal", "indicator"] as const satisfies readonly GoalRecordType[];

/** Storage of one tenant's goal structure: settings, plan years, goals and indicators. Same contract as the directory's. */
export interface GoalRepository extends RecordStorePort<GoalRecordTypes> {
  findSettings(tenantId: string): Promise<Stored<GoalSettingsData> | null>;
  listPlanYears(tenantId: string): Promise<Stored<PlanYearData>[]>;
  /** A plan year, current unless the caller accepts an older copy (`freshness`). */
  findPlanYear(tenantId: string, id: string, freshness?: ReadFreshness): Promise<Stored<PlanYearData> | null>;
  listGoals(tenantId: string, planYearId: string, ownerScopeId?: string): Promise<Stored<GoalData>[]>;
  findGoals(tenantId: string, ids: readonly string[]): Promise<Stored<GoalData>[]>;
  findGoal(tenantId: string, id: string): Promise<Stored<GoalData> | null>;
  listIndicators(tenantId: string, planYearId: string, goalId?: string): Promise<Stored<IndicatorData>[]>;
  findIndicator(tenantId: string, id: string): Promise<Stored<IndicatorData> | null>;
  findIndicators(tenantId: string, ids: readonly string[]): Promise<Stored<IndicatorData>[]>;
}
