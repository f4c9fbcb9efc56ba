import { type Principal, requireMember } from "../shared/principal.js";
import { forDisplay, type Stored } from "../shared/store.js";
import type { DialogueTrace, TracedActivity } from "./contracts.js";
import type { DialogueDeps } from "./dialogue-context.js";
import type { ActivityData, DialogueResultsData } from "./dialogue-repository.js";
import { toDialogueSettings } from "./dialogue-settings-service.js";
import { minimumCell } from "./suppression.js";

/**
 * From dialogue to decision: the activities that were planned to feed a decision or whose
 * results informed it (or a goal), with what was heard and what was fed back. Participant
 * counts are published as everywhere: fewer than 5 is not shown.
 */
export function createTraceService({ dialogue, directory }: Pick<DialogueDeps, "dialogue" | "directory">) {
  async function trace(tenantId: string, link: { goalId?: string; decisionKey?: string }): Promise<TracedActivity[]> {
    const [{ activities, results }, units] = await Promise.all([
      dialogue.listTrace(tenantId, link),
      directory.listOrgUnits(tenantId, forDisplay),
    ]);
    const names = new Map(units.map((u) => [u.id, u.name]));
    const byActivity = new Map(results.map((r) => [r.activityId, r]));
    const informed = (r: Stored<DialogueResultsData> | undefined) =>
      r !== undefined &&
      (link.goalId !== undefined ? r.links.goalIds.includes(link.goalId) : r.links.decisionKeys.includes(link.decisionKey ?? ""));
    return activities
      .map((a: Stored<ActivityData>): TracedActivity => {
        const r = byActivity.get(a.id);
        return {
          id: a.id,
          title: a.title,
          planYearId: a.planYearId,
          status: a.status,
          ladderStep: a.ladderStep,
          startOn: a.startOn,
          endOn: a.endOn,
          responsibleUnitName: names.get(a.responsibleUnitId) ?? "",
          participants: r && r.participants.total >= minimumCell ? r.participants.total : null,
          summary: r?.summary ?? "",
          themes: [...(r?.themes ?? [])],
          feedback: a.feedback,
          via: informed(r) ? "result" : "planned",
        };
      })
      .sort((a, b) => b.startOn.localeCompare(a.startOn));
  }

  return {
    /** Which dialogues informed a decision ("budget 2027"), and what came of them. */
    async traceDecision(p: Principal, decisionKey: string): Promise<DialogueTrace> {
      requireMember(p);
      const [activities, settings] = await Promise.all([trace(p.tenantId, { decisionKey }), dialogue.findSettings(p.tenantId)]);
      const decision = toDialogueSettings(settings).decisions.find((d) => d.key === decisionKey);
      return { decision: decision ? { key: decision.key, name: decision.name } : { key: decisionKey, name: decisionKey }, activities };
    },

    /** The dialogues behind a goal: planned for it or informing it, for the goal's detail. */
    async traceGoal(p: Principal, goalId: string): Promise<DialogueTrace> {
      requireMember(p);
      return { decision: null, activities: await trace(p.tenantId, { goalId }) };
    },
  };
}

export type TraceService = ReturnType<typeof createTraceService>;
