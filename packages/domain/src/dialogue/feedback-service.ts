import type { DirectoryRepository } from "../directory/directory-repository.js";
import type { MyItem } from "../directory/me-contracts.js";
import type { Notifier } from "../notifications/notifier.js";
import { addDays, stockholmDate, stockholmHour } from "../shared/dates.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { type Clock, forDisplay } from "../shared/store.js";
import { feedbackDueOn } from "./activity-rules.js";
import type { ActivityData, DialogueRepository } from "./dialogue-repository.js";
import { toDialogueSettings } from "./dialogue-settings-service.js";

interface Deps {
  readonly dialogue: Pick<DialogueRepository, "listAwaitingFeedback">;
  readonly directory: Pick<DirectoryRepository, "findPerson" | "listOrgUnits">;
  readonly notifier: Notifier;
  readonly clock: Clock;
}

export const dialogueAlertJobUser = "system:dialogue-alerts";
const firstHour = 6;
/** The reminder comes this many days before the feedback is due (or at once when the activity ends later than that). */
export const feedbackReminderDays = 14;

/** An activity held whose participants still wait for feedback, with its due date; from the day it ends. */
export function awaitingFeedback(activities: readonly ActivityData[], feedbackDays: number, today: string) {
  return activities
    .filter((a) => (a.status === "running" || a.status === "completed") && a.endOn <= today)
    .map((a) => ({ activity: a, dueOn: feedbackDueOn(a.endOn, feedbackDays) }));
}

const hash = (id: string) => `#/dialogueActivity/${encodeURIComponent(id)}`;

/**
 * Feedback to the participants, as the responsible person is reminded of it: in My items
 * from the day the activity ends (overdue once its due date has passed), and once in the
 * daily digest when the due date is two weeks away (or nearer). Each activity and due date
 * is one key in the notification ledger, sent once; moving the end date makes a new one.
 */
export function createFeedbackService({ dialogue, directory, notifier, clock }: Deps) {
  return {
    async myItems(p: Principal): Promise<MyItem[]> {
      requireMember(p);
      const today = stockholmDate(clock.now());
      const [{ activities, settings }, units] = await Promise.all([
        dialogue.listAwaitingFeedback(p.tenantId, p.person?.id ?? p.userId),
        directory.listOrgUnits(p.tenantId, forDisplay),
      ]);
      const names = new Map(units.map((u) => [u.id, u.name]));
      return awaitingFeedback(activities, toDialogueSettings(settings).feedbackDays, today)
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
        .map(({ activity, dueOn }) => ({
          kind: dueOn < today ? "dialogueFeedbackOverdue" : "dialogueFeedbackDue",
          id: activity.id,
          title: activity.title,
          dueDate: dueOn,
          scopeName: names.get(activity.responsibleUnitId) ?? "",
          href: hash(activity.id),
        }));
    },

    /** The day's reminders of one municipality (the first run at or after 06:00 in Stockholm sends them). */
    async sendFeedbackReminders(tenantId: string): Promise<{ reminders: number; alreadySent: number }> {
      const now = clock.now();
      const run = { reminders: 0, alreadySent: 0 };
      if (stockholmHour(now) < firstHour) return run;
      const today = stockholmDate(now);
      const [{ activities, settings }, sent] = await Promise.all([
        dialogue.listAwaitingFeedback(tenantId),
        notifier.sentSubjectKeys(tenantId, ["dialogueFeedbackDue"]),
      ]);
      const due = awaitingFeedback(activities, toDialogueSettings(settings).feedbackDays, today)
        .map((x) => ({ ...x, key: `dlg.feedback.${x.activity.id}.${x.dueOn}` }))
        .filter(({ key, dueOn }) => !sent.has(key) && addDays(dueOn, -feedbackReminderDays) <= today);
      // The responsible people read together (one round trip's wait, not one a reminder).
      const personIds = [...new Set(due.map((d) => d.activity.responsiblePersonId))];
      const people = new Map(
        (await Promise.all(personIds.map((id) => directory.findPerson(tenantId, id)))).flatMap((x) => (x ? [[x.id, x] as const] : [])),
      );
      for (const { activity, dueOn, key } of due) {
        const person = people.get(activity.responsiblePersonId);
        if (!person?.active) continue;
        const outcome = await notifier.send(tenantId, {
          id: `dialogue.${activity.id}.${dueOn}`,
          recipientPersonId: person.id,
          activityType: "dialogueFeedbackDue",
          templateParameters: { activityName: activity.title, dueDate: dueOn },
          lines: [
            dueOn < today
              ? `${activity.title}: återkopplingen till deltagarna skulle ha getts senast ${dueOn}.`
              : `${activity.title}: deltagarna väntar på återkoppling senast ${dueOn}.`,
          ],
          href: hash(activity.id),
          subjectKeys: [key],
          sentBy: dialogueAlertJobUser,
        });
        if (outcome === "sent") run.reminders++;
        else run.alreadySent++;
      }
      return run;
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
