import type { DirectoryRepository, OrgUnitData } from "../directory/directory-repository.js";
import type { GoalRepository } from "../goals/goal-repository.js";
import type { Notifier } from "../notifications/notifier.js";
import { newRecordEtag } from "../shared/records.js";
import type { Clock, Stored } from "../shared/store.js";
import type { Report, ReportStatus } from "./contracts.js";
import type { ReportRepository } from "./report-repository.js";
import { type ReportData, type RollupDecisionData, reportId } from "./report-repository.js";

/** What every reporting service is built from. */
export type ReportingDeps = {
  readonly goals: GoalRepository;
  readonly reportStore: ReportRepository;
  readonly directory: Pick<DirectoryRepository, "listOrgUnits" | "listRoleAssignments" | "findPerson">;
  readonly notifier: Notifier;
  readonly clock: Clock;
};

/** The version of a report or decision nobody has saved yet. */
export { newRecordEtag };
/** Reminders start a week before a deadline and go on for a month after it. */
export const remindFromDays = -7;
export const remindUntilDays = 30;
/** Who the daily job's digests are recorded as sent by. */
export const reminderJobUser = "system:report-reminders";
/** People read at once when checking recipients are still active. */
export const personReadBatch = 16;
/** Indicator owners without any role, looked up by id for their names (a few per plan year). */
export const maxNameLookups = 50;

/** A report not yet in. */
export const unreported: readonly ReportStatus[] = ["notStarted", "draft"];
export const reportHref = (planYearId: string, periodId: string, ownerScopeId: string): string =>
  `#/report/${planYearId}/${periodId}/${ownerScopeId}`;

export function toReportDto(r: Stored<ReportData> | null, keys: { planYearId: string; periodId: string; ownerScopeId: string }): Report {
  if (!r)
    return {
      ...keys,
      status: "notStarted",
      assessments: {},
      outcomes: {},
      events: [],
      etag: newRecordEtag,
      updatedAt: null,
      updatedBy: null,
    };
  return {
    planYearId: r.planYearId,
    periodId: r.periodId,
    ownerScopeId: r.ownerScopeId,
    status: r.status,
    assessments: { ...r.assessments },
    outcomes: { ...r.outcomes },
    events: [...r.events],
    etag: r.etag,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
  };
}

/** The stored form of an owner's report. */
export const reportRecord = (
  owner: OrgUnitData,
  planYearId: string,
  periodId: string,
  fields: Pick<ReportData, "status" | "assessments" | "outcomes" | "events">,
): ReportData => ({
  id: reportId(planYearId, periodId, owner.id),
  planYearId,
  periodId,
  ownerScopeId: owner.id,
  ownerScopePath: [...owner.path],
  ...fields,
});

/** Creates a report or roll-up decision on its first save or replaces it; callers have checked `etag` with `assertVersion` first. */
export async function writeReportingRecord<T extends ReportData | RollupDecisionData>(
  reportStore: Pick<ReportRepository, "create" | "replace">,
  tenantId: string,
  current: Stored<T> | null,
  data: T,
  etag: string,
  audit: { userId: string; action: string },
): Promise<Stored<T>> {
  const type = "goalId" in data ? "rollupDecision" : "report";
  if (!current) {
    return (await reportStore.create(tenantId, type, data as never, audit)) as unknown as Stored<T>;
  }
  return (await reportStore.replace(tenantId, type, current as never, data as never, etag, audit)) as unknown as Stored<T>;
}
