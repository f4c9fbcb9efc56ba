import type { CredibilityReview, GoalLevel, IndicatorSource, StrategicArea } from "../contracts/goals.js";
import type { AuditInfo, AuditRecord, Stored } from "./directory-repository.js";

export interface GoalSettingsData {
  readonly id: string;
  readonly levels: readonly GoalLevel[];
  readonly maxGoalsPerOwner: number;
}

export interface PlanYearData {
  readonly id: string;
  readonly year: number;
  readonly vision: string;
  readonly areas: readonly StrategicArea[];
  readonly levels: readonly GoalLevel[];
  readonly previousPlanYearId: string | null;
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
}

export interface GoalRecordTypes {
  goalSettings: GoalSettingsData;
  planYear: PlanYearData;
  goal: GoalData;
  indicator: IndicatorData;
}
export type GoalRecordType = keyof GoalRecordTypes;

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
  listAudit(tenantId: string, objectType: GoalRecordType, objectId: string): Promise<AuditRecord[]>;
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
