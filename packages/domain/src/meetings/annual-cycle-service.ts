import { feedbackDueOn } from "../dialogue/activity-rules.js";
import type { DialogueRepository } from "../dialogue/dialogue-repository.js";
import { toDialogueSettings } from "../dialogue/dialogue-settings-service.js";
import type { DocumentRepository } from "../documents/document-repository.js";
import type { GoalRepository } from "../goals/goal-repository.js";
import { periodName } from "../goals/period-names.js";
import type { InternalControlRepository } from "../internal-control/internal-control-repository.js";
import { DomainError, forbidden } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import { holdsRole } from "../shared/roles.js";
import { forDisplay } from "../shared/store.js";
import { type CycleEvent, cycleConflicts } from "./annual-cycle-rules.js";
import type { AnnualCycle, CycleQuery, MilestonesBody } from "./contracts.js";
import { createMeetingContext, type MeetingDeps, meetingBodyKinds, numberIn } from "./meeting-context.js";
import type { MeetingData } from "./meeting-repository.js";

export type CycleDeps = MeetingDeps & {
  readonly goals: Pick<GoalRepository, "listPlanYears">;
  readonly documents: Pick<DocumentRepository, "listSummaries">;
  readonly internalControl: Pick<InternalControlRepository, "loadYearOutline">;
  readonly dialogue: Pick<DialogueRepository, "loadYear">;
};

const inYear = (year: number) => (date: string | null | undefined) => typeof date === "string" && date.startsWith(`${year}-`);

/**
 * The municipality's shared annual cycle, from the dates the product holds: the reporting
 * calendar's deadlines, every body's meetings, the internal-control plans' adoption and
 * reporting, the dialogue activities and their feedback due, and the governing documents'
 * valid-until; with the conflicts between them and what to move.
 */
export function createAnnualCycleService(deps: CycleDeps) {
  const { meetings, goals, documents, internalControl, dialogue } = deps;
  const context = createMeetingContext(deps);

  const service = {
    /** Sets the budget process's milestones of a year (municipality administrators); each within the year. */
    async setMilestones(p: Principal, year: number, body: MilestonesBody, etag: string): Promise<AnnualCycle> {
      requireMember(p);
      const units = await context.unitsOf(p.tenantId);
      const rootId = [...units.values()].find((u) => u.parentId === null)?.id ?? "";
      if (!holdsRole(p.assignments, ["administrator"], [rootId])) throw forbidden("requires_administrator:annualCycle.milestones");
      const outside = body.milestones.flatMap((m, i) =>
        m.date.startsWith(`${year}-`) ? [] : [{ path: `body.milestones.${i}.date`, reason: "milestone_outside_year" }],
      );
      if (outside.length > 0)
        throw new DomainError("validation_failed", `Milestones of ${year} are dated in ${year}.`, { details: outside });
      const current = await meetings.find(p.tenantId, "cycleMilestones", String(year));
      const live = current && !current.deleted ? current : null;
      assertVersion(live, etag);
      const data = { id: String(year), year, items: [...body.milestones].sort((a, b) => a.date.localeCompare(b.date)) };
      const audit = { userId: p.userId, action: "cycleMilestones.save" };
      if (current)
        await meetings.replace(p.tenantId, "cycleMilestones", current, data, etag === newRecordEtag ? current.etag : etag, audit);
      else await meetings.create(p.tenantId, "cycleMilestones", data, audit);
      return service.getCycle(p, { year });
    },

    async getCycle(p: Principal, query: CycleQuery): Promise<AnnualCycle> {
      requireMember(p);
      const within = inYear(query.year);
      const planYear = (await goals.listPlanYears(p.tenantId)).find((y) => y.year === query.year) ?? null;
      const [units, yearMeetings, docs, ic, plan, milestones] = await Promise.all([
        context.unitsOf(p.tenantId, forDisplay),
        meetings.listMeetings(p.tenantId, { year: query.year }),
        documents.listSummaries(p.tenantId),
        planYear ? internalControl.loadYearOutline(p.tenantId, planYear.id) : null,
        planYear ? dialogue.loadYear(p.tenantId, planYear.id) : null,
        meetings.find(p.tenantId, "cycleMilestones", String(query.year)),
      ]);
      const name = (id: string | null) => (id ? (units.get(id)?.name ?? id) : null);
      const bodyOf = (path: readonly string[]) =>
        [...path].reverse().find((id) => (meetingBodyKinds as readonly string[]).includes(units.get(id)?.kind ?? "")) ?? null;
      const events: CycleEvent[] = [];
      const periods = planYear?.periods ?? [];
      const liveMilestones = milestones && !milestones.deleted ? milestones : null;
      (liveMilestones?.items ?? []).forEach((m, i) => {
        events.push({
          id: `milestone:${query.year}:${i}`,
          ring: "budget",
          date: m.date,
          title: m.name,
          bodyId: null,
          deadlineOf: null,
          href: null,
        });
      });
      for (const period of periods) {
        if (within(period.deadline)) {
          events.push({
            id: `deadline:${period.id}`,
            ring: "reporting",
            date: period.deadline,
            title: `${periodName(period, "sv")}: sista dag`,
            bodyId: null,
            deadlineOf: null,
            href: "#/reporting",
          });
        }
      }
      const byBody = new Map<string, typeof yearMeetings>();
      for (const m of yearMeetings) byBody.set(m.bodyId, [...(byBody.get(m.bodyId) ?? []), m]);
      for (const m of yearMeetings) {
        events.push({
          id: `meeting:${m.id}`,
          ring: "meetings",
          date: m.date,
          title: `${name(m.bodyId)}, sammanträde ${numberIn(byBody.get(m.bodyId) ?? [], m)}`,
          bodyId: m.bodyId,
          deadlineOf: null,
          href: `#/meeting/${m.id}`,
        });
      }
      for (const control of ic?.controls ?? []) {
        for (const periodId of control.periodIds) {
          const period = periods.find((x) => x.id === periodId);
          if (!period || !within(period.deadline)) continue;
          events.push({
            id: `control:${control.id}:${periodId}`,
            ring: "internalControl",
            date: period.deadline,
            title: `Kontroll att rapportera: ${control.title}`,
            bodyId: control.ownerScopeId,
            deadlineOf: control.ownerScopeId,
            href: `#/controlReport/${control.id}/${periodId}`,
          });
        }
      }
      for (const icPlan of ic?.plans ?? []) {
        if (icPlan.adopted && within(icPlan.adopted.date)) {
          events.push({
            id: `icplan:${icPlan.id}`,
            ring: "internalControl",
            date: icPlan.adopted.date,
            title: `Internkontrollplan antagen ${icPlan.adopted.paragraph}`,
            bodyId: icPlan.ownerScopeId,
            deadlineOf: null,
            href: "#/internalControl",
          });
        }
      }
      const feedbackDays = toDialogueSettings(plan?.settings ?? null).feedbackDays;
      for (const a of plan?.activities ?? []) {
        const body = bodyOf(a.responsibleUnitPath);
        if (within(a.startOn))
          events.push({
            id: `dialogue:${a.id}`,
            ring: "dialogue",
            date: a.startOn,
            title: a.title,
            bodyId: body,
            deadlineOf: null,
            href: `#/dialogueActivity/${a.id}`,
          });
        const due = feedbackDueOn(a.endOn, feedbackDays);
        if (within(due) && !a.feedback) {
          events.push({
            id: `feedback:${a.id}`,
            ring: "dialogue",
            date: due,
            title: `Återkoppling: ${a.title}`,
            bodyId: body,
            deadlineOf: body,
            href: `#/dialogueActivity/${a.id}`,
          });
        }
      }
      const decisionsNeeded: { eventId: string; bodyId: string; by: string }[] = [];
      for (const d of docs) {
        if (d.status === "repealed" || !within(d.validUntil) || !d.validUntil) continue;
        events.push({
          id: `document:${d.id}`,
          ring: "documents",
          date: d.validUntil,
          title: `${d.title}: giltigt till`,
          bodyId: d.decisionBodyId,
          deadlineOf: null,
          href: `#/document/${d.id}`,
        });
        decisionsNeeded.push({ eventId: `document:${d.id}`, bodyId: d.decisionBodyId, by: d.validUntil });
      }
      const reportingBodies = [...units.values()]
        .filter((u) => u.active && (u.kind === "committee" || u.kind === "executiveBoard"))
        .map((u) => u.id);
      const conflicts = cycleConflicts({
        periods: periods.filter((x) => within(x.deadline)).map((x) => ({ id: x.id, endsOn: x.endsOn, deadline: x.deadline, title: x.id })),
        meetings: yearMeetings.map((m) => ({ eventId: `meeting:${m.id}`, bodyId: m.bodyId, date: m.date })),
        reportingBodies,
        deadlines: events.filter((e) => e.deadlineOf !== null),
        decisionsNeeded,
        today: context.today(),
      });
      if (query.view === "mine" && p.person) {
        const personId = p.person.id;
        for (const a of await meetings.listOpenAssignments(p.tenantId, { ownerPersonId: personId })) {
          if (!within(a.dueOn)) continue;
          events.push({
            id: `assignment:${a.id}`,
            ring: "meetings",
            date: a.dueOn,
            title: `Uppdrag klart senast: ${a.what}`,
            bodyId: a.bodyId,
            deadlineOf: null,
            href: `#/meeting/${a.meetingId}`,
          });
        }
      }
      const concerns = query.view === "mine" ? concernsCaller(p, units, yearMeetings) : null;
      const shown = (bodyId: string | null, eventId?: string) =>
        (!query.bodyId || bodyId === null || bodyId === query.bodyId) && (concerns === null || concerns(bodyId, eventId));
      const byId = new Map(events.map((e) => [e.id, e]));
      const rootId = [...units.values()].find((u) => u.parentId === null)?.id ?? "";
      return {
        year: query.year,
        milestones: {
          items: (liveMilestones?.items ?? []).map((m) => ({ name: m.name, date: m.date })),
          etag: liveMilestones?.etag ?? newRecordEtag,
        },
        canEditMilestones: holdsRole(p.assignments, ["administrator"], [rootId]),
        events: events
          .filter((e) => shown(e.bodyId, e.id))
          .sort((a, b) => a.date.localeCompare(b.date) || a.ring.localeCompare(b.ring))
          .map((e) => ({ id: e.id, ring: e.ring, date: e.date, title: e.title, bodyId: e.bodyId, bodyName: name(e.bodyId), href: e.href })),
        conflicts: conflicts
          .filter((c) => shown(c.bodyId))
          .map((c) => ({
            kind: c.kind,
            eventIds: [...c.eventIds],
            bodyName: name(c.bodyId),
            move: {
              eventId: c.suggestion.eventId,
              title: byId.get(c.suggestion.eventId)?.title ?? c.suggestion.eventId,
              by: c.suggestion.by,
            },
          })),
        bodies: reportingBodies.map((id) => ({ id, name: name(id) ?? id })).sort((a, b) => a.name.localeCompare(b.name, "sv")),
      };
    },
  };
  return service;
}

/**
 * Whether a date concerns the caller, for their own calendar: the whole municipality's dates
 * (no body), those of a body where they hold a role or of one above or below it, the meetings
 * they keep the minutes of or adjust, and their assignments.
 */
function concernsCaller(
  p: Principal,
  units: ReadonlyMap<string, { readonly path: readonly string[] }>,
  yearMeetings: readonly MeetingData[],
) {
  const ownMeetings = new Set(
    yearMeetings
      .filter((m) => p.person && (m.secretaryPersonId === p.person.id || m.adjusters.some((a) => a.id === p.person?.id)))
      .map((m) => `meeting:${m.id}`),
  );
  return (bodyId: string | null, eventId?: string): boolean => {
    if (bodyId === null || eventId?.startsWith("assignment:") || (eventId !== undefined && ownMeetings.has(eventId))) return true;
    const path = units.get(bodyId)?.path ?? [];
    return p.assignments.some((a) => path.includes(a.scopeId) || a.scopePath.includes(bodyId));
  };
}

export type AnnualCycleService = ReturnType<typeof createAnnualCycleService>;
