import type { OrgUnitData, RoleAssignmentData } from "../directory/directory-repository.js";
import { planYearOrThrow as planYearOf } from "../goals/goal-records.js";
import type { PlanYearData } from "../goals/goal-repository.js";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { addDays, stockholmDate } from "../shared/dates.js";
import { DomainError, notFound } from "../shared/errors.js";
import type { Principal } from "../shared/principal.js";
import type { Stored } from "../shared/store.js";
import type { PeriodStatusRow, ReportStatus } from "./contracts.js";
import { maxNameLookups, type ReportingDeps, remindFromDays, unreported } from "./report-records.js";
import { reportId, type StatusInputs } from "./report-repository.js";
import { expectsReport, isDue, reportRoles } from "./reporting-rules.js";

/** The owner of each goal and indicator, by the last id of its scope path. */
const ownerOf = (r: { ownerScopePath: readonly string[] }): string => r.ownerScopePath[r.ownerScopePath.length - 1] ?? "";

type StatusIndicator = StatusInputs["indicators"][number];
/** What recipients are chosen from: who holds which role where. */
export type Grant = Pick<RoleAssignmentData, "role" | "scopeId" | "personId" | "personName">;

/** The grants recipients are chosen from, indexed once per request: a row looks up its own scope, not every grant. */
interface GrantIndex {
  readonly reportersByScope: ReadonlyMap<string, readonly Grant[]>;
  readonly departmentHeads: readonly Grant[];
}

function indexGrants(grants: readonly Grant[]): GrantIndex {
  const reportersByScope = new Map<string, Grant[]>();
  const departmentHeads: Grant[] = [];
  for (const a of grants) {
    if (a.role === "reporter") {
      const list = reportersByScope.get(a.scopeId);
      if (list) list.push(a);
      else reportersByScope.set(a.scopeId, [a]);
    } else if (a.role === "departmentHead") departmentHeads.push(a);
  }
  return { reportersByScope, departmentHeads };
}

interface Expected {
  readonly owner: Stored<OrgUnitData>;
  readonly goalCount: number;
  readonly indicators: StatusIndicator[];
}

/**
 * What the reporting services read alike: the plan year, period and owner of a report,
 * who is asked to report in a period and whom to remind, and the caller's roles on a report.
 */
export function createReportingContext({ goals, reportStore, directory, notifier, clock }: ReportingDeps) {
  const today = () => stockholmDate(clock.now());

  async function unitsOf(tenantId: string) {
    return new Map((await directory.listOrgUnits(tenantId)).map((u) => [u.id, u]));
  }

  const planYearOrThrow = (tenantId: string, id: string): Promise<Stored<PlanYearData>> => planYearOf(goals, tenantId, id);

  function periodOrThrow(year: PlanYearData, periodId: string): ReportingPeriod {
    const period = (year.periods ?? []).find((p) => p.id === periodId);
    if (!period) throw notFound("The reporting period");
    return period;
  }

  function ownerOrThrow(units: ReadonlyMap<string, Stored<OrgUnitData>>, id: string): Stored<OrgUnitData> {
    const owner = units.get(id);
    if (!owner) throw notFound("The organisational unit");
    return owner;
  }

  const pathKinds = (units: ReadonlyMap<string, OrgUnitData>, path: readonly string[]) =>
    path.flatMap((id) => {
      const kind = units.get(id)?.kind;
      return kind ? [kind] : [];
    });

  /** The owners asked to report in `period`, with their goals and indicators. */
  function expectedOwners(units: ReadonlyMap<string, Stored<OrgUnitData>>, period: ReportingPeriod, inputs: StatusInputs): Expected[] {
    const byOwner = new Map<string, { goalCount: number; indicators: StatusIndicator[] }>();
    const entry = (id: string) => {
      let e = byOwner.get(id);
      if (!e) {
        e = { goalCount: 0, indicators: [] };
        byOwner.set(id, e);
      }
      return e;
    };
    for (const g of inputs.goals) entry(g.ownerScopeId).goalCount++;
    for (const i of inputs.indicators) entry(ownerOf(i)).indicators.push(i);
    const result: Expected[] = [];
    for (const [id, e] of byOwner) {
      const owner = units.get(id);
      if (!owner?.active) continue;
      if (expectsReport({ kind: owner.kind, pathKinds: pathKinds(units, owner.path) }, period.kind, e.goalCount, e.indicators)) {
        result.push({ owner, ...e });
      }
    }
    return result.sort((a, b) => a.owner.path.join("/").localeCompare(b.owner.path.join("/")));
  }

  /**
   * Who is reminded about an owner's report: reporters granted on the owner itself and
   * the owners of its due indicators; where there are none, the department heads who
   * would approve it.
   */
  function recipientsOf(
    e: Expected,
    period: ReportingPeriod,
    grants: GrantIndex,
    units: ReadonlyMap<string, OrgUnitData>,
    names: ReadonlyMap<string, string>,
  ): { personId: string; name: string }[] {
    const people = new Map<string, string>();
    for (const a of grants.reportersByScope.get(e.owner.id) ?? []) people.set(a.personId, a.personName);
    for (const i of e.indicators) {
      if (i.ownerPersonId && isDue(i.periodicity, period.kind)) people.set(i.ownerPersonId, names.get(i.ownerPersonId) ?? "");
    }
    if (people.size === 0) {
      for (const a of grants.departmentHeads) {
        const serves = units.get(a.scopeId)?.servesCommitteeIds?.some((c) => e.owner.path.includes(c)) ?? false;
        if (serves || e.owner.path.includes(a.scopeId)) people.set(a.personId, a.personName);
      }
    }
    return [...people.entries()].map(([personId, name]) => ({ personId, name })).sort((a, b) => a.name.localeCompare(b.name, "sv"));
  }

  /**
   * What the status of a plan year's periods is computed from, read once (parallel
   * queries of only the fields needed, whatever the number of periods); the answer gives
   * each period's rows. `remindedSince` bounds the notifications read for "reminded on";
   * `owners` keeps to those owners (My items), with their role assignments and `extra`.
   */
  async function loadYearStatus(
    tenantId: string,
    year: PlanYearData,
    remindedSince: string,
    scope: { owners: readonly string[]; extra: readonly Grant[] } | null = null,
  ) {
    const [units, inputs, assignments, sent] = await Promise.all([
      unitsOf(tenantId),
      reportStore.loadStatusInputs(tenantId, year.id, scope?.owners),
      directory.listRoleAssignments(tenantId, scope ? { scopeIds: scope.owners } : {}),
      // My items shows no "reminded on": it skips that read.
      scope ? Promise.resolve([]) : notifier.listSent(tenantId, { since: remindedSince }),
    ]);
    const reportByKey = new Map(inputs.reports.map((r) => [reportId(year.id, r.periodId, r.ownerScopeId), r]));
    const granted: readonly Grant[] = scope ? [...assignments, ...scope.extra] : assignments;
    // An indicator's owner needs no role: the few without one are read by id, for their names.
    const named = new Set(granted.map((a) => a.personId));
    const unnamed = [
      ...new Set(inputs.indicators.flatMap((i) => (i.ownerPersonId && !named.has(i.ownerPersonId) ? [i.ownerPersonId] : []))),
    ];
    const found = await Promise.all(unnamed.slice(0, maxNameLookups).map((id) => directory.findPerson(tenantId, id)));
    const names = new Map(granted.map((a) => [a.personId, a.personName]));
    for (const person of found) if (person) names.set(person.id, person.name);
    const remindedOn = new Map<string, string>();
    for (const n of sent) for (const key of n.subjectKeys) if (!remindedOn.has(key)) remindedOn.set(key, n.sentOn);
    const date = today();
    const grants = indexGrants(granted);
    return (period: ReportingPeriod): PeriodStatusRow[] =>
      expectedOwners(units, period, inputs).map((e) => {
        const key = reportId(year.id, period.id, e.owner.id);
        const status: ReportStatus = reportByKey.get(key)?.status ?? "notStarted";
        return {
          ownerScopeId: e.owner.id,
          ownerName: e.owner.name,
          ownerKind: e.owner.kind,
          status,
          overdue: date > period.deadline && unreported.includes(status),
          recipients: recipientsOf(e, period, grants, units, names),
          remindedOn: remindedOn.get(key) ?? null,
        };
      });
  }

  const statusRows = async (tenantId: string, year: PlanYearData, period: ReportingPeriod) =>
    (await loadYearStatus(tenantId, year, addDays(period.deadline, remindFromDays)))(period);

  async function loadForReport(p: Principal, planYearId: string, periodId: string, ownerScopeId: string) {
    const [year, units, owned] = await Promise.all([
      planYearOrThrow(p.tenantId, planYearId),
      unitsOf(p.tenantId),
      reportStore.loadOwner(p.tenantId, planYearId, periodId, ownerScopeId),
    ]);
    const period = periodOrThrow(year, periodId);
    const owner = ownerOrThrow(units, ownerScopeId);
    const roles = reportRoles(p, owner, units);
    const expected = expectsReport(
      { kind: owner.kind, pathKinds: pathKinds(units, owner.path) },
      period.kind,
      owned.goals.length,
      owned.indicators,
    );
    return { year, period, owner, units, roles, expected, ...owned };
  }

  function assertExpected(expected: boolean): void {
    if (!expected) {
      throw new DomainError("conflict", "This unit is not asked to report in this period.", {
        details: [{ reason: "no_report_expected" }],
      });
    }
  }

  return { today, unitsOf, planYearOrThrow, periodOrThrow, expectedOwners, loadYearStatus, statusRows, loadForReport, assertExpected };
}

export type ReportingContext = ReturnType<typeof createReportingContext>;
