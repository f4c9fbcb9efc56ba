import type { GoalData, IndicatorData, PlanYearData } from "../goals/goal-repository.js";
import type { RecordStorePort, Stored } from "../shared/store.js";
import type { Assessment, GoalAssessment, Outcome, ReportEvent, ReportStatus } from "./contracts.js";

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

export interface ReportRecordTypes {
  report: ReportData;
  rollupDecision: RollupDecisionData;
}
export type ReportRecordType = keyof ReportRecordTypes;
/** The report store's records, as the audit trail names them. */
export const reportObjectTypes = ["report", "rollupDecision"] as const satisfies readonly ReportRecordType[];

/**
 * Storage of one tenant's reports and roll-up decisions, and the reads that join them with
 * the goals they are about (one round trip each: the goal store and this are one container).
 */
/**
 * The reporting reads (`loadTree`, `loadOwner`, `loadStatusInputs`) leave out retired goals
 * and their indicators: a retired goal is no longer reported on.
 */
export interface ReportRepository extends RecordStorePort<ReportRecordTypes> {
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
  findRollupDecision(tenantId: string, id: string): Promise<Stored<RollupDecisionData> | null>;
}
