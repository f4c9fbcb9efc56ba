import type { OrgUnitKind } from "../directory/org-contracts.js";
import type { PeriodBody, PeriodKind } from "../goals/reporting-period-contracts.js";
import { DomainError, type ErrorDetail, validationFailed } from "../shared/errors.js";
import { isMember, type Principal } from "../shared/principal.js";
import { holdsRole } from "../shared/roles.js";
import type {
  GoalAssessment,
  IndicatorStatus,
  Outcome,
  ReportAction,
  ReportEvent,
  ReportPermissions,
  ReportStatus,
  SaveReportBody,
  TransitionBody,
} from "./contracts.js";

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/**
 * The calendar a new plan year starts with (a tenant changes it per year): monthly
 * reports for the months without an interim or annual report, except January and July,
 * due the 10th of the month after; interim reports at 30 April and 31 August, due two
 * weeks after; the annual report at 31 December, due 15 February.
 */
export function defaultCalendar(year: number): PeriodBody[] {
  const months = [2, 3, 5, 6, 9, 10, 11].map<PeriodBody>((m) => ({
    id: `m${pad(m)}`,
    kind: "month",
    endsOn: lastDayOf(year, m),
    deadline: `${year}-${pad(m + 1)}-10`,
  }));
  const reports: PeriodBody[] = [
    { id: "interim1", kind: "interim", endsOn: `${year}-04-30`, deadline: `${year}-05-15` },
    { id: "interim2", kind: "interim", endsOn: `${year}-08-31`, deadline: `${year}-09-15` },
    { id: "annual", kind: "annual", endsOn: `${year}-12-31`, deadline: `${year + 1}-02-15` },
  ];
  return [...months, ...reports].sort((a, b) => a.endsOn.localeCompare(b.endsOn));
}

/** A plan year's calendar: unique period ids, one annual report, every period ending within the year. */
export function assertCalendar(year: number, periods: readonly PeriodBody[]): void {
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  periods.forEach((p, i) => {
    if (seen.has(p.id))
      details.push({ path: `body.periods.${i}.id`, reason: "duplicate_period", message: `Period ${p.id} appears twice.` });
    seen.add(p.id);
    if (!p.endsOn.startsWith(`${year}-`)) {
      details.push({
        path: `body.periods.${i}.endsOn`,
        reason: "period_outside_year",
        message: `A period of ${year} must end in ${year}.`,
      });
    }
  });
  if (periods.filter((p) => p.kind === "annual").length !== 1) {
    details.push({ path: "body.periods", reason: "one_annual_report", message: "A plan year has exactly one annual report." });
  }
  if (details.length) throw new DomainError("validation_failed", details[0]?.message ?? "The calendar is not valid.", { details });
}

/** A calendar as stored: every period unlocked. */
export const openPeriods = (periods: readonly PeriodBody[]) => periods.map((p) => ({ ...p, lockedAt: null, lockedBy: null }));

/** Whether an indicator of this periodicity asks for an outcome in a period of this kind. */
export function isDue(periodicity: "month" | "interim" | "year", kind: PeriodKind): boolean {
  if (periodicity === "month") return true;
  if (periodicity === "interim") return kind !== "month";
  return kind === "annual";
}

/** Goals are assessed in interim and annual reports; monthly reports carry outcomes only. */
export const assessesGoals = (kind: PeriodKind): boolean => kind !== "month";

/**
 * Whether an owner reports in a period. Council (KF) goals are not reported by an owner:
 * their assessment is rolled up from the goals that break them down. Companies make no
 * monthly reports (seed 001). A monthly report is asked for only where a monthly
 * indicator is due.
 */
export function expectsReport(
  owner: { kind: OrgUnitKind; pathKinds: readonly OrgUnitKind[] },
  kind: PeriodKind,
  goalCount: number,
  indicators: readonly { periodicity: "month" | "interim" | "year" }[],
): boolean {
  if (owner.kind === "council" || goalCount === 0) return false;
  if (kind !== "month") return true;
  if (owner.pathKinds.includes("company")) return false;
  return indicators.some((i) => isDue(i.periodicity, kind));
}

export interface OrgUnitLike {
  readonly id: string;
  readonly kind: OrgUnitKind;
  readonly active: boolean;
  readonly path: readonly string[];
  readonly servesCommitteeIds?: readonly string[] | undefined;
}

/**
 * Who does what with an owner's report:
 * - reports: reporters, department heads and administrators on the owner's path, and the
 *   head of a department serving the owner's committee;
 * - approves: department heads on the path or serving the committee; where no department
 *   serves the owner (a company), the administrators;
 * - reviews (for the committee or board): chairs on the owner's path.
 */
export function reportRoles(p: Principal, owner: OrgUnitLike, units: ReadonlyMap<string, OrgUnitLike>) {
  if (!isMember(p)) return { report: false, approve: false, review: false };
  const serves = (u: OrgUnitLike | undefined) => (u?.servesCommitteeIds ?? []).some((c) => owner.path.includes(c));
  const servingHead = p.assignments.some((a) => a.role === "departmentHead" && serves(units.get(a.scopeId)));
  const served =
    owner.path.some((id) => units.get(id)?.kind === "department") ||
    [...units.values()].some((u) => u.kind === "department" && u.active && serves(u));
  return {
    report: servingHead || holdsRole(p.assignments, ["reporter", "departmentHead", "administrator"], owner.path),
    approve: servingHead || holdsRole(p.assignments, served ? ["departmentHead"] : ["departmentHead", "administrator"], owner.path),
    review: holdsRole(p.assignments, ["chair"], owner.path),
  };
}

const transitions: Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus; role: "report" | "approve" | "review" }> = {
  submit: { from: ["notStarted", "draft"], to: "submitted", role: "report" },
  approve: { from: ["submitted"], to: "approved", role: "approve" },
  review: { from: ["approved"], to: "reviewed", role: "review" },
  return: { from: ["submitted", "approved"], to: "draft", role: "approve" },
};

/** Which role an action needs: a report is returned by whoever holds it (approver or chair). */
export function roleFor(action: ReportAction, status: ReportStatus): "report" | "approve" | "review" {
  if (action === "return" && status === "approved") return "review";
  return transitions[action].role;
}

/** The status after `action`, or a `conflict` saying why the step is not possible now. */
export function nextStatus(status: ReportStatus, action: ReportAction): ReportStatus {
  const t = transitions[action];
  if (!t.from.includes(status)) {
    throw new DomainError("conflict", `A report that is ${status} cannot take the step ${action}.`, {
      details: [{ reason: "invalid_transition", message: `${status} → ${action}` }],
    });
  }
  return t.to;
}

export const isEditable = (status: ReportStatus): boolean => status === "notStarted" || status === "draft";

export function permissionsFor(
  roles: { report: boolean; approve: boolean; review: boolean },
  status: ReportStatus,
  locked: boolean,
): ReportPermissions {
  if (locked) return { edit: false, submit: false, approve: false, review: false, return: false };
  return {
    edit: roles.report && isEditable(status),
    submit: roles.report && isEditable(status),
    approve: roles.approve && status === "submitted",
    review: roles.review && status === "approved",
    return: (roles.approve && status === "submitted") || (roles.review && status === "approved"),
  };
}

export interface ReportGoal {
  readonly id: string;
}
export interface ReportIndicator {
  readonly id: string;
  readonly unit: string;
  readonly periodicity: "month" | "interim" | "year";
  readonly splitByGender: boolean;
  readonly range: { readonly min: number; readonly max: number };
  readonly source: { readonly kind: "manual" | "kolada" | "import" };
}

/**
 * Checks a saved draft against the owner's goals and indicators and the period: every
 * problem is reported at once, each with its field path, and nothing is saved.
 */
export function assertReportContent(
  body: SaveReportBody,
  kind: PeriodKind,
  goals: readonly ReportGoal[],
  indicators: readonly ReportIndicator[],
): void {
  const details: ErrorDetail[] = [];
  const goalIds = new Set(goals.map((g) => g.id));
  const byId = new Map(indicators.map((i) => [i.id, i]));
  for (const [goalId, a] of Object.entries(body.assessments)) {
    const path = `body.assessments.${goalId}`;
    if (!goalIds.has(goalId)) details.push({ path, reason: "unknown_goal", message: "This owner has no such goal in the plan year." });
    else if (!assessesGoals(kind)) details.push({ path, reason: "assessment_not_asked", message: "Monthly reports carry outcomes only." });
    else if (a.assessment === "notFulfilled" && a.analysis.length === 0) {
      details.push({ path: `${path}.analysis`, reason: "analysis_required", message: "Explain why the goal is not fulfilled." });
    }
  }
  for (const [indicatorId, o] of Object.entries(body.outcomes)) {
    const path = `body.outcomes.${indicatorId}`;
    const indicator = byId.get(indicatorId);
    if (!indicator) {
      details.push({ path, reason: "unknown_indicator", message: "This owner has no such indicator in the plan year." });
      continue;
    }
    if (!isDue(indicator.periodicity, kind)) {
      details.push({ path, reason: "indicator_not_due", message: "This indicator is not reported in this period." });
      continue;
    }
    if (o.unit !== undefined && o.unit !== indicator.unit) {
      details.push({ path: `${path}.unit`, reason: "unit_mismatch", message: `The indicator is measured in ${indicator.unit}.` });
    }
    if (!indicator.splitByGender && (o.women !== null || o.men !== null)) {
      details.push({ path, reason: "not_split_by_gender", message: "This indicator is not reported per gender." });
    }
    for (const field of ["total", "women", "men"] as const) {
      const v = o[field];
      if (v !== null && (v < indicator.range.min || v > indicator.range.max)) {
        details.push({
          path: `${path}.${field}`,
          reason: "value_outside_range",
          message: `The value must lie between ${indicator.range.min} and ${indicator.range.max}.`,
        });
      }
    }
  }
  if (details.length) throw new DomainError("validation_failed", details[0]?.message ?? "The report is not valid.", { details });
}

/**
 * What a report still lacks before it can be submitted: an assessment of every goal
 * (interim and annual), and the outcome of every due indicator reported by hand (total,
 * and women and men where split). Kolada and imported values arrive by import.
 */
export function missingForSubmit(
  content: { assessments: Record<string, GoalAssessment>; outcomes: Record<string, Outcome> },
  kind: PeriodKind,
  goals: readonly ReportGoal[],
  indicators: readonly ReportIndicator[],
): ErrorDetail[] {
  const missing: ErrorDetail[] = [];
  if (assessesGoals(kind)) {
    for (const g of goals) {
      if (!content.assessments[g.id]) missing.push({ path: `report.assessments.${g.id}`, reason: "assessment_missing" });
    }
  }
  for (const i of indicators) {
    if (i.source.kind !== "manual" || !isDue(i.periodicity, kind)) continue;
    const o = content.outcomes[i.id];
    const lacks = !o || o.total === null || (i.splitByGender && (o.women === null || o.men === null));
    if (lacks) missing.push({ path: `report.outcomes.${i.id}`, reason: "outcome_missing" });
  }
  return missing;
}

export function assertSubmittable(...args: Parameters<typeof missingForSubmit>): void {
  const missing = missingForSubmit(...args);
  if (missing.length) {
    throw new DomainError("validation_failed", `The report lacks ${missing.length} answer(s) before it can be submitted.`, {
      details: missing,
    });
  }
}

export function assertNotLocked(period: { id: string; lockedAt: string | null }): void {
  if (period.lockedAt !== null) {
    throw new DomainError("conflict", `The period ${period.id} is locked.`, { details: [{ reason: "period_locked" }] });
  }
}

export function assertReturnNote(action: ReportAction, note: string): void {
  if (action === "return" && note.length === 0) throw validationFailed("note_required", "Say what needs doing.", "body.note");
}

/**
 * A step of a report's flow as its history records it, with the committee's decision (body,
 * date, §) when the step is its review or referral back, by a body on the owner's path. Goal
 * reports and control reports alike.
 */
export function transitionEvent(p: Principal, body: TransitionBody, at: string, ownerPath: readonly string[]): ReportEvent {
  if (body.decision && body.action !== "review" && body.action !== "return") {
    throw validationFailed("decision_not_for_action", "A committee's decision goes with its review or referral back.", "body.decision");
  }
  if (body.decision && !ownerPath.includes(body.decision.bodyId)) {
    throw validationFailed("decision_body_not_above_owner", "The report is reviewed by its own committee.", "body.decision.bodyId");
  }
  return {
    action: body.action,
    at,
    byUserId: p.userId,
    byName: p.name,
    note: body.note,
    ...(body.decision ? { decision: body.decision } : {}),
  };
}

/** On track when the value meets the target in the indicator's direction. */
export function indicatorStatus(
  indicator: { direction: "higherIsBetter" | "lowerIsBetter"; target: number | null },
  value: number | null,
): IndicatorStatus {
  if (indicator.target === null) return "noTarget";
  if (value === null) return "noValue";
  const met = indicator.direction === "higherIsBetter" ? value >= indicator.target : value <= indicator.target;
  return met ? "onTrack" : "offTrack";
}
