import type { DirectoryRepository } from "../directory/directory-repository.js";
import type { GoalRepository } from "../goals/goal-repository.js";
import type { Notifier } from "../notifications/notifier.js";
import { unreported } from "../reporting/report-records.js";
import { stockholmDate, stockholmHour } from "../shared/dates.js";
import type { Clock } from "../shared/store.js";
import { actionOverdue, unreportedControls } from "./control-rules.js";
import { controlReportId } from "./internal-control-context.js";
import type { InternalControlRepository } from "./internal-control-repository.js";

interface Deps {
  readonly internalControl: Pick<InternalControlRepository, "loadYearOutline">;
  readonly goals: Pick<GoalRepository, "findPlanYear">;
  readonly directory: Pick<DirectoryRepository, "findPerson">;
  readonly notifier: Notifier;
  readonly clock: Clock;
}

export const internalControlAlertJobUser = "system:internal-control-alerts";
const firstHour = 6;

export interface InternalControlAlertRun {
  readonly digests: number;
  readonly alerts: number;
  readonly alreadySent: number;
}

interface Due {
  readonly key: string;
  readonly line: string;
  readonly dueDate: string;
  readonly href: string;
  readonly name: string;
}

/**
 * The daily digest of internal control: each person responsible for a control whose
 * period's deadline has passed without a submitted result, and each owner of an action
 * past its due date, gets one message a day at most listing what is late. Each late thing
 * is a subject key in the notification ledger, sent once and never again (a re-planned
 * action's new due date is a new key); a run that finds nothing new sends nothing.
 */
export function createInternalControlAlertService({ internalControl, goals, directory, notifier, clock }: Deps) {
  return {
    async sendDueAlerts(tenantId: string): Promise<InternalControlAlertRun> {
      const now = clock.now();
      const run = { digests: 0, alerts: 0, alreadySent: 0 };
      if (stockholmHour(now) < firstHour) return run;
      const today = stockholmDate(now);
      // This year's plan, and last year's until its annual report is in.
      const thisYear = Number(today.slice(0, 4));
      const yearIds = [String(thisYear), String(thisYear - 1)];
      const [years, loaded, alerted] = await Promise.all([
        Promise.all(yearIds.map((id) => goals.findPlanYear(tenantId, id))),
        Promise.all(yearIds.map((id) => internalControl.loadYearOutline(tenantId, id))),
        notifier.sentSubjectKeys(tenantId, ["internalControlOverdue"]),
      ]);
      const due = new Map<string, Due[]>();
      const add = (personId: string, item: Due) => {
        if (alerted.has(item.key)) return;
        due.set(personId, [...(due.get(personId) ?? []), item]);
      };
      for (const [i, year] of years.entries()) {
        const data = loaded[i];
        if (!year || !data) continue;
        const reported = new Set(data.reports.filter((r) => !unreported.includes(r.status)).map((r) => `${r.controlId}|${r.periodId}`));
        for (const period of year.periods) {
          if (period.lockedAt !== null) continue;
          const done = new Set(data.controls.filter((c) => reported.has(`${c.id}|${period.id}`)).map((c) => c.id));
          for (const c of unreportedControls(data.controls, period, done, today)) {
            if (!c.responsiblePersonId) continue;
            add(c.responsiblePersonId, {
              key: `ic.controlLate.${controlReportId(c.id, period.id)}`,
              line: `${c.title}: resultatet skulle ha rapporterats senast ${period.deadline}.`,
              dueDate: period.deadline,
              href: `#/controlReport/${encodeURIComponent(c.id)}/${encodeURIComponent(period.id)}`,
              name: c.title,
            });
          }
        }
        for (const a of data.actions) {
          if (!actionOverdue(a, today)) continue;
          add(a.ownerPersonId, {
            key: `ic.actionOverdue.${a.id}.${a.dueOn}`,
            line: `${a.what}: skulle ha varit klar ${a.dueOn}.`,
            dueDate: a.dueOn,
            href: `#/controlReport/${encodeURIComponent(a.controlId)}/${encodeURIComponent(a.periodId)}`,
            name: a.what,
          });
        }
      }
      for (const [personId, items] of due) {
        const person = await directory.findPerson(tenantId, personId);
        if (!person?.active) continue;
        const [first] = [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
        if (!first) continue;
        const outcome = await notifier.send(tenantId, {
          id: `internalControl.${personId}.${today}`,
          recipientPersonId: personId,
          activityType: "internalControlOverdue",
          templateParameters: {
            itemName: items.length === 1 ? first.name : `${items.length} saker i internkontrollen`,
            dueDate: first.dueDate,
          },
          lines: items.map((x) => x.line),
          href: items.length === 1 ? first.href : "#/internalControl",
          subjectKeys: items.map((x) => x.key),
          sentBy: internalControlAlertJobUser,
        });
        if (outcome === "sent") {
          run.digests++;
          run.alerts += items.length;
        } else run.alreadySent++;
      }
      return run;
    },
  };
}

export type InternalControlAlertService = ReturnType<typeof createInternalControlAlertService>;
