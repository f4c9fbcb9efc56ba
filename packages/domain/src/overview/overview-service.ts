import type { RegisterService } from "../documents/register-service.js";
import type { AssessmentCounts, ReportStatus } from "../reporting/contracts.js";
import { type ReportingDeps, reportHref, unreported } from "../reporting/report-records.js";
import { createReportingContext } from "../reporting/reporting-context.js";
import { notFound } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import type { Overview, OverviewGoal, OverviewGoalList, OverviewGoalsQuery, OverviewQuery, OverviewRow } from "./contracts.js";
import {
  assessmentPeriods,
  bodyOf,
  byConcern,
  changedSincePrevious,
  countInto,
  currentPeriod,
  currentPlanYear,
  expiringWithinDays,
  glanceLimit,
  noCounts,
  reportedAssessment,
} from "./overview-rules.js";

export type OverviewDeps = ReportingDeps & { readonly register: Pick<RegisterService, "list"> };

/**
 * Where the municipality stands in a period, at a glance: committees and companies ×
 * strategic areas with the status of their goals, what changed since the previous period,
 * the reports still missing and the governing documents running out.
 */
export function createOverviewService(deps: OverviewDeps) {
  const { goals, reportStore, register } = deps;
  const { today, unitsOf, expectedOwners } = createReportingContext(deps);

  /**
   * The plan year and period asked for (the current ones by default), the one before, and
   * every goal of the year as the overview shows it: the goals and the two periods' reports
   * are read whole; no indicator is read (a large municipality has thousands).
   */
  async function periodOf(p: Principal, q: OverviewQuery) {
    const date = today();
    const years = await goals.listPlanYears(p.tenantId);
    const year = q.planYearId === undefined ? currentPlanYear(years, date) : years.find((y) => y.id === q.planYearId);
    if (!year) throw notFound("The plan year");
    const periods = assessmentPeriods(year.periods ?? []);
    const period = q.periodId === undefined ? currentPeriod(periods, date) : periods.find((x) => x.id === q.periodId);
    if (!period) throw notFound("The period");
    const previous = periods[periods.indexOf(period) - 1] ?? null;
    return { date, years, year, periods, period, previous };
  }

  async function goalsOfYear(p: Principal, at: Awaited<ReturnType<typeof periodOf>>) {
    const { year, period, previous } = at;
    const [units, allGoals, reports, before] = await Promise.all([
      unitsOf(p.tenantId),
      goals.listGoals(p.tenantId, year.id),
      reportStore.listReports(p.tenantId, { planYearId: year.id, periodId: period.id }),
      previous ? reportStore.listReports(p.tenantId, { planYearId: year.id, periodId: previous.id }) : Promise.resolve([]),
    ]);
    const reportOf = new Map(reports.map((r) => [r.ownerScopeId, r]));
    const previousOf = new Map(before.map((r) => [r.ownerScopeId, r]));
    const kindOf = (id: string) => units.get(id)?.kind;
    const list: OverviewGoal[] = allGoals.flatMap((g) => {
      const bodyId = bodyOf(g.ownerScopePath, kindOf);
      // A retired goal is no longer reported on: the overview does not count it.
      if (bodyId === null || g.retired) return [];
      const report = reportOf.get(g.ownerScopeId);
      return [
        {
          id: g.id,
          title: g.title,
          bodyId,
          ownerScopeId: g.ownerScopeId,
          ownerName: units.get(g.ownerScopeId)?.name ?? "",
          areaId: g.areaId,
          assessment: reportedAssessment(report, g.id),
          previous: previous ? reportedAssessment(previousOf.get(g.ownerScopeId), g.id) : null,
          reportStatus: report?.status ?? "notStarted",
        },
      ];
    });
    list.sort((a, b) => a.title.localeCompare(b.title, "sv"));
    return { units, reportOf, goals: list };
  }

  /** Whether a goal sits in the scorecard's column of no area: none, or one the year does not have. */
  const withoutArea = (g: OverviewGoal, areaIds: readonly string[]) => g.areaId === null || !areaIds.includes(g.areaId);

  return {
    async overview(p: Principal, q: OverviewQuery): Promise<Overview> {
      requireMember(p);
      const at = await periodOf(p, q);
      const { date, years, year, periods, period, previous } = at;
      const [seen, inputs, documents] = await Promise.all([
        goalsOfYear(p, at),
        reportStore.loadStatusInputs(p.tenantId, year.id),
        register.list(p, { expiringWithinDays }),
      ]);
      const { units, reportOf } = seen;
      const overviewGoals = seen.goals;
      const areaIds = year.areas.map((a) => a.id);
      const hasGoalsWithoutArea = overviewGoals.some((g) => withoutArea(g, areaIds));
      const columns: (string | null)[] = hasGoalsWithoutArea ? [...areaIds, null] : areaIds;
      const byBody = new Map<string, OverviewGoal[]>();
      for (const g of overviewGoals) byBody.set(g.bodyId, [...(byBody.get(g.bodyId) ?? []), g]);
      const count = (list: readonly OverviewGoal[]): AssessmentCounts => list.reduce((c, g) => countInto(c, g.assessment), noCounts());
      const rows: OverviewRow[] = [...byBody].flatMap(([bodyId, list]) => {
        const body = units.get(bodyId);
        if (!body) return [];
        const inColumn = (areaId: string | null) => list.filter((g) => (areaId === null ? withoutArea(g, areaIds) : g.areaId === areaId));
        return [
          {
            bodyId,
            bodyName: body.name,
            bodyKind: body.kind,
            counts: count(list),
            cells: columns.map((areaId) => ({ areaId, counts: count(inColumn(areaId)) })),
          },
        ];
      });
      // The executive board first, then committees, then companies; by name within each.
      const kindOrder = (kind: string) => ["executiveBoard", "committee", "company"].indexOf(kind);
      rows.sort((a, b) => kindOrder(a.bodyKind) - kindOrder(b.bodyKind) || a.bodyName.localeCompare(b.bodyName, "sv"));

      const missingReports = expectedOwners(units, period, inputs).flatMap((e) => {
        const status: ReportStatus = reportOf.get(e.owner.id)?.status ?? "notStarted";
        if (!unreported.includes(status)) return [];
        return [
          {
            ownerScopeId: e.owner.id,
            ownerName: e.owner.name,
            status,
            overdue: date > period.deadline,
            href: reportHref(year.id, period.id, e.owner.id),
          },
        ];
      });

      return {
        planYearId: year.id,
        year: year.year,
        planYears: [...years].sort((a, b) => b.year - a.year).map((y) => ({ id: y.id, year: y.year })),
        periods,
        period,
        previousPeriodId: previous?.id ?? null,
        areas: year.areas.map((a) => ({ id: a.id, name: a.name })),
        hasGoalsWithoutArea,
        rows,
        changes: (() => {
          const changed = overviewGoals.filter(changedSincePrevious).sort(byConcern);
          return { goals: changed.slice(0, glanceLimit), total: changed.length };
        })(),
        missingReports,
        expiringDocuments: documents.documents
          .flatMap((d) =>
            d.validUntil && d.revision ? [{ id: d.id, title: d.title, validUntil: d.validUntil, daysLeft: d.revision.daysLeft }] : [],
          )
          .sort((a, b) => a.daysLeft - b.daysLeft),
        today: date,
      };
    },

    /** The goals behind a scorecard cell or a count, read when it is opened rather than sent with the overview. */
    async goals(p: Principal, q: OverviewGoalsQuery): Promise<OverviewGoalList> {
      requireMember(p);
      const at = await periodOf(p, q);
      const seen = await goalsOfYear(p, at);
      const areaIds = at.year.areas.map((a) => a.id);
      return {
        goals: seen.goals.filter(
          (g) =>
            g.bodyId === q.bodyId &&
            (q.assessment === undefined || g.assessment === q.assessment) &&
            (q.withoutArea ? withoutArea(g, areaIds) : q.areaId === undefined || g.areaId === q.areaId),
        ),
      };
    },
  };
}

export type OverviewService = ReturnType<typeof createOverviewService>;
