import { addDays } from "../shared/dates.js";

/**
 * The shared annual cycle (årshjul): one ring per kind of date the product holds, and the
 * conflicts between them. Pure: the service reads the dates, these rules place and compare.
 */
export const cycleRings = ["budget", "reporting", "meetings", "internalControl", "dialogue", "documents"] as const;
export type CycleRing = (typeof cycleRings)[number];

export interface CycleEvent {
  readonly id: string;
  readonly ring: CycleRing;
  readonly date: string;
  readonly title: string;
  /** The body (committee, board, council) the event belongs to, for the filter; null for the whole municipality. */
  readonly bodyId: string | null;
  /** Whose deadline it is, when it is one (a unit's report, a control's reporting): two in one week is a conflict. */
  readonly deadlineOf: string | null;
  readonly href: string | null;
}

export const conflictKinds = ["deadlineAfterMeeting", "deadlinesSameWeek", "decisionAfterNeed"] as const;
export type ConflictKind = (typeof conflictKinds)[number];

export interface CycleConflict {
  readonly kind: ConflictKind;
  /** The events in conflict, by id: the first is the one to move. */
  readonly eventIds: readonly string[];
  readonly bodyId: string | null;
  /** What to move, and to when: a date by which the first event would no longer conflict. */
  readonly suggestion: { readonly eventId: string; readonly by: string };
}

/** Monday of the ISO week a date is in, as the week's key. */
export function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** The days a report must be in before the meeting that reviews it (the notice goes out a week before). */
export const reviewLeadDays = 7;

/**
 * The conflicts of a year's cycle:
 * - a report deadline after the meeting that is to review it: the body's first meeting after
 *   a period ends comes before (or less than a week after) the period's deadline — move the
 *   deadline earlier, or the meeting;
 * - two deadlines for the same unit in the same week, on different days — move one;
 * - a decision needed before the meeting that can take it: a governing document expires
 *   before its decision body next meets — plan a meeting, or revise sooner.
 */
export function cycleConflicts(input: {
  readonly periods: readonly { readonly id: string; readonly endsOn: string; readonly deadline: string; readonly title: string }[];
  /** Meetings by body, each with its event id. */
  readonly meetings: readonly { readonly eventId: string; readonly bodyId: string; readonly date: string }[];
  /** The bodies whose reports a period asks for (committees and companies). */
  readonly reportingBodies: readonly string[];
  /** Deadlines of one unit each (reports, control reporting, feedback): same unit, same week is a conflict. */
  readonly deadlines: readonly CycleEvent[];
  /** Decisions a body must take by a date (a document's revision before it expires). */
  readonly decisionsNeeded: readonly { readonly eventId: string; readonly bodyId: string; readonly by: string }[];
  readonly today: string;
}): CycleConflict[] {
  const conflicts: CycleConflict[] = [];
  const meetingsOf = (bodyId: string) => input.meetings.filter((m) => m.bodyId === bodyId).sort((a, b) => a.date.localeCompare(b.date));
  for (const bodyId of input.reportingBodies) {
    const own = meetingsOf(bodyId);
    for (const p of input.periods) {
      const reviewing = own.find((m) => m.date > p.endsOn);
      if (reviewing && addDays(p.deadline, reviewLeadDays) > reviewing.date) {
        conflicts.push({
          kind: "deadlineAfterMeeting",
          eventIds: [`deadline:${p.id}`, reviewing.eventId],
          bodyId,
          suggestion: { eventId: `deadline:${p.id}`, by: addDays(reviewing.date, -reviewLeadDays) },
        });
      }
    }
  }
  const byUnitWeek = new Map<string, CycleEvent[]>();
  for (const d of input.deadlines) {
    if (!d.deadlineOf) continue;
    const key = `${d.deadlineOf}|${weekOf(d.date)}`;
    byUnitWeek.set(key, [...(byUnitWeek.get(key) ?? []), d]);
  }
  for (const same of byUnitWeek.values()) {
    // Deadlines of one calendar on one day (a period's report and its control reporting) are one day's work, not a clash.
    if (new Set(same.map((e) => e.date)).size < 2) continue;
    const ordered = [...same].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const later = ordered[ordered.length - 1] as CycleEvent;
    conflicts.push({
      kind: "deadlinesSameWeek",
      eventIds: [later.id, ...ordered.slice(0, -1).map((e) => e.id)],
      bodyId: later.bodyId,
      suggestion: { eventId: later.id, by: addDays(weekOf(later.date), 7) },
    });
  }
  for (const need of input.decisionsNeeded) {
    if (need.by < input.today) continue;
    const next = meetingsOf(need.bodyId).find((m) => m.date >= input.today);
    if (!next || next.date > need.by) {
      conflicts.push({
        kind: "decisionAfterNeed",
        eventIds: [need.eventId, ...(next ? [next.eventId] : [])],
        bodyId: need.bodyId,
        suggestion: { eventId: need.eventId, by: addDays(need.by, -reviewLeadDays) },
      });
    }
  }
  return conflicts;
}
