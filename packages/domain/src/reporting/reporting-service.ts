import type { DirectoryRepository, OrgUnitData, RoleAssignmentData, TenantRecord } from "../directory/directory-repository.js";
import type { MyItem } from "../directory/me-contracts.js";
import type { PlanYear } from "../goals/contracts.js";
import {
  type GoalRepository,
  type PlanYearData,
  type ReportData,
  type RollupDecisionData,
  reportId,
  type StatusInputs,
} from "../goals/goal-repository.js";
import { toGoalDto, toIndicatorDto, toPlanYearDto } from "../goals/goal-service.js";
import { periodName } from "../goals/period-names.js";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import type { Notifier } from "../notifications/notifier.js";
import { DomainError, forbidden, notFound, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember, requireRole } from "../shared/principal.js";
import { assertVersion, dataOf, newRecordEtag } from "../shared/records.js";
import type { Clock, Stored } from "../shared/store.js";
import type {
  ApprovalItem,
  ApprovalQueue,
  Assessment,
  CalendarBody,
  DecideRollupBody,
  GoalTree,
  MyNotifications,
  PeriodOverview,
  PeriodStatusRow,
  RemindResult,
  Report,
  ReportStatus,
  ReportView,
  RollupView,
  SaveReportBody,
  TransitionBody,
} from "./contracts.js";
import {
  addDays,
  assertCalendar,
  assertNotLocked,
  assertReportContent,
  assertReturnNote,
  assertSubmittable,
  assessesGoals,
  expectsReport,
  indicatorStatus,
  isDue,
  nextStatus,
  permissionsFor,
  reportRoles,
  roleFor,
  stockholmDate,
} from "./reporting-rules.js";
import { rollUp, rollupRule } from "./rollup.js";

type Deps = {
  readonly goals: GoalRepository;
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
const personReadBatch = 16;
/** Indicator owners without any role, looked up by id for their names (a few per plan year). */
const maxNameLookups = 50;

const unreported: readonly ReportStatus[] = ["notStarted", "draft"];
export const reportHref = (planYearId: string, periodId: string, ownerScopeId: string): string =>
  `#/report/${planYearId}/${periodId}/${ownerScopeId}`;

function toReportDto(r: Stored<ReportData> | null, keys: { planYearId: string; periodId: string; ownerScopeId: string }): Report {
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
const reportRecord = (
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

/** The owner of each goal and indicator, by the last id of its scope path. */
const ownerOf = (r: { ownerScopePath: readonly string[] }): string => r.ownerScopePath[r.ownerScopePath.length - 1] ?? "";

type StatusIndicator = StatusInputs["indicators"][number];
/** What recipients are chosen from: who holds which role where. */
type Grant = Pick<RoleAssignmentData, "role" | "scopeId" | "personId" | "personName">;

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
 * The reporting cycle: the plan year's calendar, each owner's report per period and its
 * status flow (draft → submitted → approved → reviewed), the "who has not reported"
 * overview with reminders, the approval queue, and the roll-up to the council's goals.
 */
export function createReportingService({ goals, directory, notifier, clock }: Deps) {
  const today = () => stockholmDate(clock.now());

  async function unitsOf(tenantId: string) {
    return new Map((await directory.listOrgUnits(tenantId)).map((u) => [u.id, u]));
  }

  async function planYearOrThrow(tenantId: string, id: string): Promise<Stored<PlanYearData>> {
    const year = await goals.findPlanYear(tenantId, id);
    if (!year) throw notFound("The plan year");
    return year;
  }

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
      goals.loadStatusInputs(tenantId, year.id, scope?.owners),
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

  /** One digest per person and Stockholm day, whoever triggers it: the daily job or a coordinator's click. */
  async function sendDigests(
    tenantId: string,
    items: readonly { year: PlanYearData; period: ReportingPeriod; row: PeriodStatusRow }[],
    sentBy: string,
  ): Promise<{ sent: number; duplicate: number }> {
    const byPerson = new Map<string, typeof items>();
    for (const item of items) {
      for (const r of item.row.recipients) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), item]);
    }
    const date = today();
    let sent = 0;
    let duplicate = 0;
    // Role assignments outlive a deactivation: nobody who has left is reminded. The people
    // are read in parallel, a batch at a time.
    const active = new Set<string>();
    const ids = [...byPerson.keys()];
    for (let i = 0; i < ids.length; i += personReadBatch) {
      const batch = ids.slice(i, i + personReadBatch);
      const people = await Promise.all(batch.map((id) => directory.findPerson(tenantId, id)));
      for (const person of people) if (person?.active) active.add(person.id);
    }
    for (const [personId, list] of byPerson) {
      const first = [...list].sort((a, b) => a.period.deadline.localeCompare(b.period.deadline))[0];
      if (!first || !active.has(personId)) continue;
      const lines = list.map(
        ({ period, row }) =>
          `${periodName(period, "sv")}, ${row.ownerName}: sista dag ${period.deadline}${date > period.deadline ? " (försenad)" : ""}`,
      );
      const outcome = await notifier.send(tenantId, {
        id: `digest.${personId}.${date}`,
        recipientPersonId: personId,
        activityType: "reportDue",
        templateParameters: {
          reportName: list.length === 1 ? `${periodName(first.period, "sv")} (${first.row.ownerName})` : `${list.length} rapporter`,
          dueDate: first.period.deadline,
        },
        lines,
        href: list.length === 1 ? reportHref(first.year.id, first.period.id, first.row.ownerScopeId) : "#/home",
        subjectKeys: list.map(({ year, period, row }) => reportId(year.id, period.id, row.ownerScopeId)),
        sentBy,
      });
      if (outcome === "sent") sent++;
      else duplicate++;
    }
    return { sent, duplicate };
  }

  async function loadForReport(p: Principal, planYearId: string, periodId: string, ownerScopeId: string) {
    const [year, units, owned] = await Promise.all([
      planYearOrThrow(p.tenantId, planYearId),
      unitsOf(p.tenantId),
      goals.loadOwner(p.tenantId, planYearId, periodId, ownerScopeId),
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

  async function rollupRows(tenantId: string, year: PlanYearData, period: ReportingPeriod) {
    const [units, goalList, reports, decisions] = await Promise.all([
      unitsOf(tenantId),
      goals.listGoals(tenantId, year.id),
      goals.listReports(tenantId, { planYearId: year.id, periodId: period.id, statuses: ["approved", "reviewed"] }),
      goals.listRollupDecisions(tenantId, year.id, period.id),
    ]);
    const reported = new Map<string, Assessment>();
    for (const r of reports) for (const [goalId, a] of Object.entries(r.assessments)) reported.set(goalId, a.assessment);
    const decisionById = new Map(decisions.map((d) => [d.goalId, d]));
    const decided = new Map(decisions.map((d) => [d.goalId, d.assessment]));
    const isCouncil = (g: { ownerScopeId: string }) => units.get(g.ownerScopeId)?.kind === "council";
    const rows = rollUp(goalList, reported, decided, isCouncil);
    return { rows, decisionById, goalById: new Map(goalList.map((g) => [g.id, g])) };
  }

  return {
    /** Replaces a plan year's calendar; locked periods keep their dates, periods with reports stay. */
    async updateCalendar(p: Principal, tenant: TenantRecord, planYearId: string, body: CalendarBody, etag: string): Promise<PlanYear> {
      requireRole(p, ["administrator"], [tenant.rootOrgUnitId], "reporting.calendar");
      const year = await planYearOrThrow(p.tenantId, planYearId);
      assertVersion(year, etag);
      assertCalendar(year.year, body.periods);
      const old = new Map((year.periods ?? []).map((x) => [x.id, x]));
      for (const prev of old.values()) {
        const next = body.periods.find((x) => x.id === prev.id);
        if (
          prev.lockedAt !== null &&
          (!next || next.endsOn !== prev.endsOn || next.deadline !== prev.deadline || next.kind !== prev.kind)
        ) {
          throw new DomainError("conflict", `The period ${prev.id} is locked.`, { details: [{ reason: "period_locked" }] });
        }
      }
      const removed = [...old.keys()].filter((id) => !body.periods.some((x) => x.id === id));
      if (removed.length) {
        const reports = await goals.listReports(p.tenantId, { planYearId });
        const used = removed.filter((id) => reports.some((r) => r.periodId === id));
        if (used.length) {
          throw new DomainError("conflict", `Reports exist for ${used.join(", ")}.`, {
            details: used.map((id) => ({ path: "body.periods", reason: "period_has_reports", message: id })),
          });
        }
      }
      const periods = [...body.periods]
        .sort((a, b) => a.endsOn.localeCompare(b.endsOn))
        .map((x) => ({ ...x, lockedAt: old.get(x.id)?.lockedAt ?? null, lockedBy: old.get(x.id)?.lockedBy ?? null }));
      const saved = await goals.replace(p.tenantId, "planYear", year, { ...dataOf(year), periods }, etag, {
        userId: p.userId,
        action: "planYear.calendar",
      });
      return toPlanYearDto(saved);
    },

    /** Locks (or unlocks) a period for the whole municipality: no more reports, changes or steps. */
    async lockPeriod(p: Principal, tenant: TenantRecord, planYearId: string, periodId: string, locked: boolean, etag: string) {
      requireRole(p, ["administrator"], [tenant.rootOrgUnitId], "reporting.lock");
      const year = await planYearOrThrow(p.tenantId, planYearId);
      assertVersion(year, etag);
      periodOrThrow(year, periodId);
      const at = clock.now().toISOString();
      const periods = year.periods.map((x) =>
        x.id === periodId ? { ...x, lockedAt: locked ? (x.lockedAt ?? at) : null, lockedBy: locked ? (x.lockedBy ?? p.userId) : null } : x,
      );
      const saved = await goals.replace(p.tenantId, "planYear", year, { ...dataOf(year), periods }, etag, {
        userId: p.userId,
        action: locked ? "period.lock" : "period.unlock",
      });
      return toPlanYearDto(saved);
    },

    /** The reporting form: the owner's goals and indicators, its report for the period, and what the caller may do. */
    async getReport(p: Principal, planYearId: string, periodId: string, ownerScopeId: string): Promise<ReportView> {
      requireMember(p);
      const r = await loadForReport(p, planYearId, periodId, ownerScopeId);
      const report = toReportDto(r.report, { planYearId, periodId, ownerScopeId });
      const allowed = permissionsFor(r.roles, report.status, r.period.lockedAt !== null || !r.expected);
      return {
        period: { ...r.period },
        owner: { id: r.owner.id, name: r.owner.name, kind: r.owner.kind },
        report,
        goals: r.goals.map(toGoalDto).sort((a, b) => a.title.localeCompare(b.title, "sv")),
        indicators: r.indicators.map((i) => ({ ...toIndicatorDto(i), due: isDue(i.periodicity, r.period.kind) })),
        assessesGoals: assessesGoals(r.period.kind),
        allowed,
      };
    },

    /** Saves the draft: the whole form, checked against the owner's goals, indicators and the period. */
    async saveReport(p: Principal, planYearId: string, periodId: string, ownerScopeId: string, body: SaveReportBody, etag: string) {
      const r = await loadForReport(p, planYearId, periodId, ownerScopeId);
      if (!r.roles.report) throw forbidden("requires_reporter:reports.save");
      assertVersion(r.report, etag);
      assertNotLocked(r.period);
      assertExpected(r.expected);
      const status = r.report?.status ?? "notStarted";
      if (status !== "draft" && status !== "notStarted") {
        throw new DomainError("conflict", `The report is ${status}; it can be changed again if it is returned.`, {
          details: [{ reason: "report_not_editable" }],
        });
      }
      assertReportContent(body, r.period.kind, r.goals, r.indicators);
      const data = reportRecord(r.owner, planYearId, periodId, {
        status: "draft",
        assessments: body.assessments,
        outcomes: body.outcomes,
        events: r.report?.events ?? [],
      });
      const audit = { userId: p.userId, action: "report.save" };
      return toReportDto(await write(p.tenantId, r.report, data, etag, audit), { planYearId, periodId, ownerScopeId });
    },

    /** One step of the status flow: submit, approve, review, or return with a note. */
    async transition(p: Principal, planYearId: string, periodId: string, ownerScopeId: string, body: TransitionBody, etag: string) {
      const r = await loadForReport(p, planYearId, periodId, ownerScopeId);
      const status = r.report?.status ?? "notStarted";
      if (!r.roles.report && !r.roles.approve && !r.roles.review) throw forbidden(`requires_reporting_role:reports.${body.action}`);
      // Whoever takes part in the report learns that a step is not possible now, before whose step it would be.
      const next = nextStatus(status, body.action);
      const role = roleFor(body.action, status);
      if (!r.roles[role]) throw forbidden(`requires_${role}:reports.${body.action}`);
      assertVersion(r.report, etag);
      assertNotLocked(r.period);
      assertExpected(r.expected);
      assertReturnNote(body.action, body.note);
      const content = { assessments: r.report?.assessments ?? {}, outcomes: r.report?.outcomes ?? {} };
      if (body.action === "submit") assertSubmittable(content, r.period.kind, r.goals, r.indicators);
      const event = { action: body.action, at: clock.now().toISOString(), byUserId: p.userId, byName: p.name, note: body.note };
      const data = reportRecord(r.owner, planYearId, periodId, {
        ...content,
        status: next as ReportData["status"],
        events: [...(r.report?.events ?? []), event],
      });
      const audit = { userId: p.userId, action: `report.${body.action}` };
      return toReportDto(await write(p.tenantId, r.report, data, etag, audit), { planYearId, periodId, ownerScopeId });
    },

    /** "Who has not reported": every owner asked to report in the period, its status and whom to remind. */
    async overview(p: Principal, planYearId: string, periodId: string): Promise<PeriodOverview> {
      requireMember(p);
      const year = await planYearOrThrow(p.tenantId, planYearId);
      const period = periodOrThrow(year, periodId);
      return { planYearId, period: { ...period }, today: today(), rows: await statusRows(p.tenantId, year, period) };
    },

    /** One-click reminders to the owners chosen: each recipient gets today's single digest. */
    async remind(p: Principal, tenant: TenantRecord, planYearId: string, periodId: string, ownerScopeIds: readonly string[]) {
      requireRole(p, ["administrator"], [tenant.rootOrgUnitId], "reporting.remind");
      const year = await planYearOrThrow(p.tenantId, planYearId);
      const period = periodOrThrow(year, periodId);
      assertNotLocked(period);
      const rows = await statusRows(p.tenantId, year, period);
      const chosen = new Set(ownerScopeIds);
      const unknown = ownerScopeIds.filter((id) => !rows.some((r) => r.ownerScopeId === id));
      if (unknown.length) {
        throw validationFailed("not_asked_to_report", `Not asked to report in this period: ${unknown.join(", ")}.`, "body.ownerScopeIds");
      }
      const due = rows.filter((r) => chosen.has(r.ownerScopeId) && unreported.includes(r.status));
      const result = await sendDigests(
        p.tenantId,
        due.map((row) => ({ year, period, row })),
        p.userId,
      );
      const answer: RemindResult = {
        sent: result.sent,
        alreadyRemindedToday: result.duplicate,
        withoutRecipient: due.filter((r) => r.recipients.length === 0).map((r) => r.ownerScopeId),
      };
      return answer;
    },

    /**
     * The daily job: every owner with an unreported report from a week before its deadline
     * until a month after gets one digest a day. Safe to run twice or late.
     */
    async sendDailyDigests(tenantId: string): Promise<{ sent: number; duplicate: number }> {
      const date = today();
      const thisYear = Number(date.slice(0, 4));
      const years = (await goals.listPlanYears(tenantId)).filter((y) => y.year === thisYear || y.year === thisYear - 1);
      const items: { year: PlanYearData; period: ReportingPeriod; row: PeriodStatusRow }[] = [];
      for (const year of years) {
        const open = (year.periods ?? []).filter(
          (x) => x.lockedAt === null && date >= addDays(x.deadline, remindFromDays) && date <= addDays(x.deadline, remindUntilDays),
        );
        if (open.length === 0) continue;
        const rowsOf = await loadYearStatus(tenantId, year, date);
        for (const period of open) {
          for (const row of rowsOf(period)) if (unreported.includes(row.status)) items.push({ year, period, row });
        }
      }
      return sendDigests(tenantId, items, reminderJobUser);
    },

    /** Reports waiting for the caller: to approve as department head, to review as chair. */
    async approvals(
      p: Principal,
      known?: { years: readonly PlanYearData[]; reports: readonly Stored<ReportData>[] },
    ): Promise<ApprovalQueue> {
      requireMember(p);
      const [units, reports, years] = await Promise.all([
        unitsOf(p.tenantId),
        known ? known.reports : goals.listReports(p.tenantId, { statuses: ["submitted", "approved"] }),
        known ? known.years : goals.listPlanYears(p.tenantId),
      ]);
      const periods = new Map(years.flatMap((y) => (y.periods ?? []).map((x) => [`${y.id}.${x.id}`, x] as const)));
      const items: ApprovalItem[] = [];
      for (const r of reports) {
        const owner = units.get(r.ownerScopeId);
        const period = periods.get(`${r.planYearId}.${r.periodId}`);
        if (!owner || !period || period.lockedAt !== null) continue;
        const roles = reportRoles(p, owner, units);
        const action = r.status === "submitted" && roles.approve ? "approve" : r.status === "approved" && roles.review ? "review" : null;
        if (!action) continue;
        const last = r.events[r.events.length - 1];
        items.push({
          planYearId: r.planYearId,
          periodId: r.periodId,
          periodKind: period.kind,
          endsOn: period.endsOn,
          deadline: period.deadline,
          ownerScopeId: r.ownerScopeId,
          ownerName: owner.name,
          status: r.status,
          action,
          since: last?.at ?? r.updatedAt,
          by: last?.byName ?? "",
        });
      }
      return { items: items.sort((a, b) => a.since.localeCompare(b.since)) };
    },

    /** Suggested assessments of the council's goals, with the rule, its inputs and the decisions taken. */
    async rollup(p: Principal, planYearId: string, periodId: string): Promise<RollupView> {
      requireMember(p);
      const year = await planYearOrThrow(p.tenantId, planYearId);
      const period = periodOrThrow(year, periodId);
      const { rows, decisionById } = await rollupRows(p.tenantId, year, period);
      return {
        planYearId,
        period: { ...period },
        rule: { ...rollupRule },
        rows: rows.map((row) => {
          const d = decisionById.get(row.goalId);
          return {
            goalId: row.goalId,
            suggested: row.suggested,
            inputs: row.inputs.map((i) => ({ ...i })),
            decision: d
              ? { assessment: d.assessment, justification: d.justification, decidedAt: d.decidedAt, decidedBy: d.decidedBy }
              : null,
            etag: d?.etag ?? newRecordEtag,
          };
        }),
      };
    },

    /** The quality network confirms a suggestion, or overrides it with a justification (audited). */
    async decideRollup(p: Principal, tenant: TenantRecord, goalId: string, periodId: string, body: DecideRollupBody, etag: string) {
      requireRole(p, ["administrator"], [tenant.rootOrgUnitId], "reporting.rollup");
      const goal = await goals.findGoal(p.tenantId, goalId);
      if (!goal) throw notFound("The goal");
      const year = await planYearOrThrow(p.tenantId, goal.planYearId);
      const period = periodOrThrow(year, periodId);
      assertNotLocked(period);
      const { rows } = await rollupRows(p.tenantId, year, period);
      const row = rows.find((r) => r.goalId === goalId);
      if (!row) throw validationFailed("not_rolled_up", "Only the council's goals are assessed by roll-up.", "params.id");
      if (body.assessment !== row.suggested && body.justification.length === 0) {
        throw validationFailed("justification_required", "Say why the assessment differs from the suggestion.", "body.justification");
      }
      const id = `${goalId}.${periodId}`;
      const current = await goals.findRollupDecision(p.tenantId, id);
      assertVersion(current, etag);
      const data: RollupDecisionData = {
        id,
        planYearId: year.id,
        periodId,
        goalId,
        ownerScopeId: goal.ownerScopeId,
        ownerScopePath: [...goal.ownerScopePath],
        suggested: row.suggested,
        assessment: body.assessment,
        justification: body.justification,
        decidedAt: clock.now().toISOString(),
        decidedBy: p.userId,
      };
      const action = body.assessment === row.suggested ? "rollup.confirm" : "rollup.override";
      const saved = await write(p.tenantId, current, data, etag, { userId: p.userId, action });
      return {
        goalId,
        suggested: row.suggested,
        inputs: row.inputs.map((i) => ({ ...i })),
        decision: {
          assessment: saved.assessment,
          justification: saved.justification,
          decidedAt: saved.decidedAt,
          decidedBy: saved.decidedBy,
        },
        etag: saved.etag,
      };
    },

    /** The goal tree of a plan year (or of one committee) with a period's reports, in one round trip. */
    async tree(
      p: Principal,
      planYearId: string,
      filter: { scopeId?: string | undefined; periodId?: string | undefined },
    ): Promise<GoalTree> {
      requireMember(p);
      const loaded = await goals.loadTree(p.tenantId, planYearId, filter);
      if (loaded.goals.length === 0) await planYearOrThrow(p.tenantId, planYearId);
      const outcomes = new Map<string, number | null>();
      for (const r of loaded.reports) for (const [id, o] of Object.entries(r.outcomes)) outcomes.set(id, o.total);
      return {
        planYearId,
        periodId: filter.periodId ?? null,
        goals: loaded.goals.map(toGoalDto),
        indicators: loaded.indicators.map((i) => {
          const value = outcomes.get(i.id) ?? null;
          return { ...toIndicatorDto(i), value, status: indicatorStatus(i, value) };
        }),
        reports: loaded.reports.map((r) => toReportDto(r, r)),
      };
    },

    /** What was sent to the caller in the last 30 days. */
    async myNotifications(p: Principal): Promise<MyNotifications> {
      requireMember(p);
      if (!p.person) return { notifications: [] };
      const sent = await notifier.listSent(p.tenantId, { since: addDays(today(), -30), recipientPersonId: p.person.id });
      return {
        notifications: sent.map((n) => ({
          id: n.id,
          activityType: n.activityType,
          templateParameters: { ...n.templateParameters },
          lines: [...n.lines],
          href: n.href,
          sentAt: n.sentAt,
        })),
      };
    },

    /** What is due for the caller now: reports to write (as recipient) and reports to approve or review. */
    async myItems(p: Principal): Promise<MyItem[]> {
      requireMember(p);
      if (!p.person) return [];
      const personId = p.person.id;
      const date = today();
      // From a month before the deadline; an unreported report stays until it is in or its period is locked.
      const isOpen = (x: ReportingPeriod) => x.lockedAt === null && date >= addDays(x.deadline, remindFromDays - 30);
      const [inputs, units] = await Promise.all([goals.loadPersonInputs(p.tenantId, personId), unitsOf(p.tenantId)]);
      const years = inputs.planYears;
      const items: MyItem[] = [];
      // Only the owners this person can be reminded for: where they report, where they own an
      // indicator, and (as fallback recipient) what their department contains or serves.
      const mine = p.assignments.filter((a) => a.role === "reporter" || a.role === "departmentHead");
      const heads = p.assignments.filter((a) => a.role === "departmentHead").map((a) => a.scopeId);
      const served = heads.flatMap((id) => units.get(id)?.servesCommitteeIds ?? []);
      const fallbackOwners = [...units.values()].filter((u) => [...heads, ...served].some((id) => u.path.includes(id))).map((u) => u.id);
      const extra: Grant[] = mine.map((a) => ({ role: a.role, scopeId: a.scopeId, personId, personName: p.name }));
      for (const year of years) {
        const open = (year.periods ?? []).filter(isOpen);
        if (open.length === 0) continue;
        const indicatorOwners = inputs.ownedIndicators.filter((i) => i.planYearId === year.id).map((i) => i.ownerScopeId);
        const owners = [
          ...new Set([...mine.filter((a) => a.role === "reporter").map((a) => a.scopeId), ...fallbackOwners, ...indicatorOwners]),
        ];
        if (owners.length === 0) continue;
        const rowsOf = await loadYearStatus(p.tenantId, year, date, { owners, extra });
        for (const period of open) {
          for (const row of rowsOf(period)) {
            if (!unreported.includes(row.status) || !row.recipients.some((r) => r.personId === personId)) continue;
            items.push({
              kind: "report",
              id: reportId(year.id, period.id, row.ownerScopeId),
              title: periodName(period, "sv"),
              period: { kind: period.kind, endsOn: period.endsOn },
              dueDate: period.deadline,
              scopeName: row.ownerName,
              href: reportHref(year.id, period.id, row.ownerScopeId),
            });
          }
        }
      }
      for (const a of (await this.approvals(p, { years, reports: inputs.pendingReports })).items) {
        items.push({
          kind: a.action === "approve" ? "reportToApprove" : "reportToReview",
          id: reportId(a.planYearId, a.periodId, a.ownerScopeId),
          title: periodName({ kind: a.periodKind, endsOn: a.endsOn }, "sv"),
          period: { kind: a.periodKind, endsOn: a.endsOn },
          dueDate: null,
          scopeName: a.ownerName,
          href: reportHref(a.planYearId, a.periodId, a.ownerScopeId),
        });
      }
      return items.sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));
    },
  };

  /** Creates a record on its first save or replaces it; callers have checked `etag` with `assertVersion` first. */
  async function write<T extends ReportData | RollupDecisionData>(
    tenantId: string,
    current: Stored<T> | null,
    data: T,
    etag: string,
    audit: { userId: string; action: string },
  ): Promise<Stored<T>> {
    const type = "goalId" in data ? "rollupDecision" : "report";
    if (!current) {
      return (await goals.create(tenantId, type, data as never, audit)) as unknown as Stored<T>;
    }
    return (await goals.replace(tenantId, type, current as never, data as never, etag, audit)) as unknown as Stored<T>;
  }
}

export type ReportingService = ReturnType<typeof createReportingService>;
