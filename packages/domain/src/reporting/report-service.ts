import { toGoalDto, toIndicatorDto } from "../goals/goal-mappers.js";
import { DomainError, forbidden } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion } from "../shared/records.js";
import type { Stored } from "../shared/store.js";
import type { Report, ReportView, SaveReportBody, TransitionBody } from "./contracts.js";
import { type ReportingDeps, reportRecord, toReportDto, writeReportingRecord } from "./report-records.js";
import type { ReportData, RollupDecisionData } from "./report-repository.js";
import { createReportingContext } from "./reporting-context.js";
import {
  assertNotLocked,
  assertReportContent,
  assertReturnNote,
  assertSubmittable,
  assessesGoals,
  isDue,
  nextStatus,
  permissionsFor,
  roleFor,
  transitionEvent,
} from "./reporting-rules.js";

/** An owner's report for a period: the form, its draft and the steps of its status flow. */
export function createReportService(deps: ReportingDeps) {
  const { reportStore, clock } = deps;
  const { loadForReport, assertExpected } = createReportingContext(deps);
  type Loaded = Awaited<ReturnType<typeof loadForReport>>;
  const write = <T extends ReportData | RollupDecisionData>(
    tenantId: string,
    current: Stored<T> | null,
    data: T,
    etag: string,
    audit: { userId: string; action: string },
  ) => writeReportingRecord(reportStore, tenantId, current, data, etag, audit);

  /** The form as the caller sees it, with `report` as it now stands. */
  function viewOf(r: Loaded, report: Report): ReportView {
    return {
      period: { ...r.period },
      owner: { id: r.owner.id, name: r.owner.name, kind: r.owner.kind },
      report,
      goals: r.goals.map(toGoalDto).sort((a, b) => a.title.localeCompare(b.title, "sv")),
      indicators: r.indicators.map((i) => ({ ...toIndicatorDto(i), due: isDue(i.periodicity, r.period.kind) })),
      assessesGoals: assessesGoals(r.period.kind),
      allowed: permissionsFor(r.roles, report.status, r.period.lockedAt !== null || !r.expected),
      bodyNames: Object.fromEntries(
        report.events.flatMap((e) => (e.decision ? [[e.decision.bodyId, r.units.get(e.decision.bodyId)?.name ?? e.decision.bodyId]] : [])),
      ),
    };
  }

  /** Throws unless the caller may write the report's content now (a draft, or not started). */
  function assertWritable(r: Loaded, etag: string, action: string): void {
    if (!r.roles.report) throw forbidden(`requires_reporter:reports.${action}`);
    assertVersion(r.report, etag);
    assertNotLocked(r.period);
    assertExpected(r.expected);
    const status = r.report?.status ?? "notStarted";
    if (status !== "draft" && status !== "notStarted") {
      throw new DomainError("conflict", `The report is ${status}; it can be changed again if it is returned.`, {
        details: [{ reason: "report_not_editable" }],
      });
    }
  }

  return {
    /** The reporting form: the owner's goals and indicators, its report for the period, and what the caller may do. */
    async getReport(p: Principal, planYearId: string, periodId: string, ownerScopeId: string): Promise<ReportView> {
      requireMember(p);
      const r = await loadForReport(p, planYearId, periodId, ownerScopeId);
      return viewOf(r, toReportDto(r.report, { planYearId, periodId, ownerScopeId }));
    },

    /** Saves the draft: the whole form, checked against the owner's goals, indicators and the period. */
    async saveReport(p: Principal, planYearId: string, periodId: string, ownerScopeId: string, body: SaveReportBody, etag: string) {
      const r = await loadForReport(p, planYearId, periodId, ownerScopeId);
      assertWritable(r, etag, "save");
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

    /**
     * Saves the form and submits it, as one write (one audit entry, `report.submit`), and
     * answers the form as it now stands: what the screen shows next, in one request.
     */
    async submit(p: Principal, planYearId: string, periodId: string, ownerScopeId: string, body: SaveReportBody, etag: string) {
      const r = await loadForReport(p, planYearId, periodId, ownerScopeId);
      assertWritable(r, etag, "submit");
      assertReportContent(body, r.period.kind, r.goals, r.indicators);
      assertSubmittable(body, r.period.kind, r.goals, r.indicators);
      const event = { action: "submit" as const, at: clock.now().toISOString(), byUserId: p.userId, byName: p.name, note: "" };
      const data = reportRecord(r.owner, planYearId, periodId, {
        status: "submitted",
        assessments: body.assessments,
        outcomes: body.outcomes,
        events: [...(r.report?.events ?? []), event],
      });
      const saved = await write(p.tenantId, r.report, data, etag, { userId: p.userId, action: "report.submit" });
      return viewOf({ ...r, report: saved }, toReportDto(saved, { planYearId, periodId, ownerScopeId }));
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
      const event = transitionEvent(p, body, clock.now().toISOString(), r.owner.path);
      const data = reportRecord(r.owner, planYearId, periodId, {
        ...content,
        status: next as ReportData["status"],
        events: [...(r.report?.events ?? []), event],
      });
      const audit = { userId: p.userId, action: `report.${body.action}` };
      return toReportDto(await write(p.tenantId, r.report, data, etag, audit), { planYearId, periodId, ownerScopeId });
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
