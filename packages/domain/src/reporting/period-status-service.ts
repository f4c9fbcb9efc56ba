import type { TenantRecord } from "../directory/directory-repository.js";
import type { PlanYearData } from "../goals/goal-repository.js";
import { periodName } from "../goals/period-names.js";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { addDays } from "../shared/dates.js";
import { validationFailed } from "../shared/errors.js";
import { type Principal, requireMember, requireMunicipalityAdministrator } from "../shared/principal.js";
import type { MyNotifications, PeriodOverview, PeriodStatusRow, RemindResult } from "./contracts.js";
import {
  personReadBatch,
  type ReportingDeps,
  reminderJobUser,
  remindFromDays,
  remindUntilDays,
  reportHref,
  unreported,
} from "./report-records.js";
import { reportId } from "./report-repository.js";
import { createReportingContext } from "./reporting-context.js";
import { assertNotLocked } from "./reporting-rules.js";

/** "Who has not reported" in a period, reminders (one digest per person and day) and what was sent to the caller. */
export function createPeriodStatusService(deps: ReportingDeps) {
  const { goals, directory, notifier } = deps;
  const { today, planYearOrThrow, periodOrThrow, loadYearStatus, statusRows } = createReportingContext(deps);

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

  return {
    /** "Who has not reported": every owner asked to report in the period, its status and whom to remind. */
    async overview(p: Principal, planYearId: string, periodId: string): Promise<PeriodOverview> {
      requireMember(p);
      const year = await planYearOrThrow(p.tenantId, planYearId);
      const period = periodOrThrow(year, periodId);
      return { planYearId, period: { ...period }, today: today(), rows: await statusRows(p.tenantId, year, period) };
    },

    /** One-click reminders to the owners chosen: each recipient gets today's single digest. */
    async remind(p: Principal, tenant: TenantRecord, planYearId: string, periodId: string, ownerScopeIds: readonly string[]) {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "reporting.remind");
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
  };
}

export type PeriodStatusService = ReturnType<typeof createPeriodStatusService>;
