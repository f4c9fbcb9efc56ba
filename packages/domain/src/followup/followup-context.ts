import type { DirectoryRepository, OrgUnitData, TenantRegistry } from "../directory/directory-repository.js";
import { planYearOrThrow as planYearOf } from "../goals/goal-records.js";
import type { GoalRepository, PlanYearData } from "../goals/goal-repository.js";
import type { Assessment, AssessmentCounts, ReportStatus } from "../reporting/contracts.js";
import type { ReportRepository } from "../reporting/report-repository.js";
import type { Clock, Stored } from "../shared/store.js";
import type { CostOwner } from "./finance.js";
import type { FollowUpRepository } from "./followup-repository.js";
import type { KoladaSource } from "./kolada-source.js";

/** What every follow-up service is built from. */
export type FollowUpDeps = {
  readonly goals: GoalRepository;
  readonly reportStore: Pick<ReportRepository, "listReports" | "listRollupDecisions" | "loadTree">;
  readonly followUpStore: FollowUpRepository;
  readonly directory: Pick<DirectoryRepository, "listOrgUnits">;
  readonly tenants: Pick<TenantRegistry, "findTenant">;
  readonly kolada: KoladaSource;
  readonly clock: Clock;
};

/** How many earlier plan years a trend reaches back through `predecessorIndicatorId`. */
export const trendYears = 3;
/** Reports whose results count as approved: what open data and the Word report show. */
export const approvedStatuses: readonly ReportStatus[] = ["approved", "reviewed"];
/** Owners with a net cost in the municipal accounts. */
export const costOwnerKinds = new Set(["committee", "executiveBoard"]);
/** The active committees and boards with a net cost, by name: who a cost import or template names. */
export const costOwners = (units: ReadonlyMap<string, Stored<OrgUnitData>>): CostOwner[] =>
  [...units.values()]
    .filter((u) => costOwnerKinds.has(u.kind) && u.active)
    .map((u) => ({ id: u.id, name: u.name, shortName: u.shortName }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));

const emptyCounts = (): AssessmentCounts => ({ fulfilled: 0, partlyFulfilled: 0, notFulfilled: 0, notAssessed: 0 });

export function countAssessments(assessments: Iterable<Assessment>): AssessmentCounts {
  const counts = emptyCounts();
  for (const a of assessments) counts[a] += 1;
  return counts;
}

/** What the follow-up services read alike. */
export function createFollowUpContext({ goals, directory }: Pick<FollowUpDeps, "goals" | "directory">) {
  async function unitsOf(tenantId: string): Promise<Map<string, Stored<OrgUnitData>>> {
    return new Map((await directory.listOrgUnits(tenantId)).map((u) => [u.id, u]));
  }

  const planYearOrThrow = (tenantId: string, id: string): Promise<Stored<PlanYearData>> => planYearOf(goals, tenantId, id);

  const ownerOf = (x: { ownerScopePath: readonly string[] }) => x.ownerScopePath[x.ownerScopePath.length - 1] ?? "";

  return { unitsOf, planYearOrThrow, ownerOf };
}
