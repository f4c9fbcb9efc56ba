import type { DocumentDecision } from "../documents/contracts.js";
import { DomainError, forbidden, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { applyChanges, assertVersion, dataOf } from "../shared/records.js";
import type { Stored } from "../shared/store.js";
import { assertActivityShape, assertFeedbackAllowed, assertStatusMove } from "./activity-rules.js";
import type { Activity, ActivityBody, ActivityStatusBody, ActivityUpdateBody, DialogueSettings, FeedbackBody } from "./contracts.js";
import { activityRoles } from "./dialogue-access.js";
import { createDialogueContext, type DialogueDeps, type LoadedYear, toActivityDto } from "./dialogue-context.js";
import type { ActivityData } from "./dialogue-repository.js";

type Fields = Omit<ActivityBody, "planYearId">;

/**
 * The surveys and dialogues of the yearly plan: a unit proposes one, the quality group puts
 * it in the plan, its responsible person runs it and records the feedback. Overlaps warn
 * (in the answer) and never refuse.
 */
export function createActivityService(deps: DialogueDeps) {
  const { dialogue, goals, ids } = deps;
  const context = createDialogueContext(deps);

  function assertKnown(settings: DialogueSettings, body: { readonly [K in keyof Fields]?: Fields[K] | undefined }): void {
    if (body.methodKey !== undefined && !settings.methods.some((m) => m.key === body.methodKey)) {
      throw validationFailed("unknown_method", "Not one of the municipality's methods.", "body.methodKey");
    }
    const groups = new Set(settings.targetGroups.map((g) => g.key));
    const unknownGroup = body.targetGroupKeys?.find((k) => !groups.has(k));
    if (unknownGroup !== undefined)
      throw validationFailed("unknown_target_group", `No such target group: ${unknownGroup}.`, "body.targetGroupKeys");
    if (body.feedsDecisionKey && !settings.decisions.some((d) => d.key === body.feedsDecisionKey)) {
      throw validationFailed("unknown_decision", "Not one of the decisions the municipality lists.", "body.feedsDecisionKey");
    }
  }

  async function assertGoals(tenantId: string, planYearId: string, goalIds: readonly string[] | undefined): Promise<void> {
    if (!goalIds?.length) return;
    const found = new Set((await goals.findGoals(tenantId, goalIds)).filter((g) => g.planYearId === planYearId).map((g) => g.id));
    const missing = goalIds.filter((id) => !found.has(id));
    if (missing.length > 0)
      throw validationFailed("unknown_goal", `The plan year has no such goal: ${missing.join(", ")}.`, "body.goalIds");
  }

  /** A focus dialogue is the executive board's: its decision, taken, by the board. */
  function assertFocus(year: LoadedYear, decision: DocumentDecision | null | undefined, today: string): void {
    if (!decision) return;
    if (year.units.get(decision.bodyId)?.kind !== "executiveBoard") {
      throw validationFailed(
        "focus_not_executive_board",
        "A focus dialogue is decided by the executive board.",
        "body.focusDecision.bodyId",
      );
    }
    if (decision.date > today)
      throw validationFailed("decision_in_future", "A decision is recorded once it is taken.", "body.focusDecision.date");
  }

  async function loadForChange(p: Principal, id: string) {
    requireMember(p);
    const activity = await context.recordOrThrow(p.tenantId, "dialogueActivity", id, "The activity");
    const year = await context.loadYear(p.tenantId, activity.planYearId);
    return { activity, year, roles: activityRoles(p, activity, year.units, year.rootId), today: context.today() };
  }

  const answer = (p: Principal, saved: Stored<ActivityData>, year: LoadedYear, today: string): Activity => {
    const activities = [...year.activities.filter((a) => a.id !== saved.id), saved];
    return toActivityDto(saved, { p, year: { ...year, activities }, today });
  };

  return {
    async createActivity(p: Principal, body: ActivityBody): Promise<Activity> {
      requireMember(p);
      const year = await context.loadYear(p.tenantId, body.planYearId);
      const unit = context.unitOrThrow(year.units, body.responsibleUnitId, "body.responsibleUnitId");
      const roles = activityRoles(p, { responsibleUnitPath: unit.path }, year.units, year.rootId);
      if (!roles.plan) throw forbidden("requires_dialogueCoordinator:activities.create");
      if (body.focusDecision && !roles.coordinate) throw forbidden("requires_dialogueCoordinator:activities.focus");
      const today = context.today();
      assertActivityShape(body);
      assertKnown(year.dialogueSettings, body);
      assertFocus(year, body.focusDecision, today);
      const [person] = await Promise.all([
        context.personOrThrow(p.tenantId, body.responsiblePersonId, "body.responsiblePersonId"),
        assertGoals(p.tenantId, body.planYearId, body.goalIds),
      ]);
      const { responsibleUnitId, responsiblePersonId, ...rest } = body;
      const saved = await dialogue.create(
        p.tenantId,
        "dialogueActivity",
        {
          ...rest,
          id: ids.newId(),
          responsibleUnitId,
          responsibleUnitPath: unit.path,
          responsiblePersonId,
          responsiblePersonName: person.name,
          status: "proposed",
          addedAfterAdoption: year.plan?.adopted != null,
          feedback: null,
        },
        { userId: p.userId, action: "dialogueActivity.create" },
      );
      return answer(p, saved, year, today);
    },

    async updateActivity(p: Principal, id: string, body: ActivityUpdateBody, etag: string): Promise<Activity> {
      const { activity, year, roles, today } = await loadForChange(p, id);
      if (!roles.run) throw forbidden("requires_dialogueCoordinator:activities.update");
      if (body.focusDecision !== undefined && !roles.coordinate) throw forbidden("requires_dialogueCoordinator:activities.focus");
      const unit =
        body.responsibleUnitId === undefined
          ? undefined
          : context.unitOrThrow(year.units, body.responsibleUnitId, "body.responsibleUnitId");
      if (unit && !activityRoles(p, { responsibleUnitPath: unit.path }, year.units, year.rootId).plan) {
        throw forbidden("requires_dialogueCoordinator:activities.move");
      }
      const next = applyChanges(dataOf(activity), { ...body, ...(unit ? { responsibleUnitPath: unit.path } : {}) });
      assertActivityShape(next);
      assertKnown(year.dialogueSettings, body);
      assertFocus(year, body.focusDecision, today);
      await assertGoals(p.tenantId, activity.planYearId, body.goalIds);
      const person =
        body.responsiblePersonId === undefined
          ? null
          : await context.personOrThrow(p.tenantId, body.responsiblePersonId, "body.responsiblePersonId");
      const saved = await dialogue.replace(
        p.tenantId,
        "dialogueActivity",
        activity,
        { ...next, ...(person ? { responsiblePersonName: person.name } : {}) },
        etag,
        { userId: p.userId, action: "dialogueActivity.update" },
      );
      return answer(p, saved, year, today);
    },

    /** Moves an activity one step; putting it in the plan (or taking it out) is the quality group's. */
    async moveActivity(p: Principal, id: string, body: ActivityStatusBody, etag: string): Promise<Activity> {
      const { activity, year, roles, today } = await loadForChange(p, id);
      const planning = [activity.status, body.status].every((s) => s === "proposed" || s === "planned");
      if (planning ? !roles.coordinate : !roles.run) throw forbidden(`requires_dialogueCoordinator:activities.${body.status}`);
      assertVersion(activity, etag);
      assertStatusMove(activity.status, body.status);
      const saved = await dialogue.replace(p.tenantId, "dialogueActivity", activity, { ...dataOf(activity), status: body.status }, etag, {
        userId: p.userId,
        action: `dialogueActivity.${body.status}`,
      });
      return answer(p, saved, year, today);
    },

    /** Records the feedback to the participants: what was done with their input and where it was published. */
    async recordFeedback(p: Principal, id: string, body: FeedbackBody, etag: string): Promise<Activity> {
      const { activity, year, roles, today } = await loadForChange(p, id);
      if (!roles.run) throw forbidden("requires_responsible:activities.feedback");
      assertVersion(activity, etag);
      assertFeedbackAllowed(activity, today);
      if (body.givenOn > today) throw validationFailed("feedback_in_future", "Feedback is recorded once given.", "body.givenOn");
      if (body.givenOn < activity.startOn)
        throw validationFailed("feedback_before_activity", "Feedback comes after the activity began.", "body.givenOn");
      const saved = await dialogue.replace(
        p.tenantId,
        "dialogueActivity",
        activity,
        { ...dataOf(activity), status: "feedbackGiven", feedback: { ...body, recordedBy: p.person?.name ?? p.userId } },
        etag,
        { userId: p.userId, action: "dialogueActivity.feedback" },
      );
      return answer(p, saved, year, today);
    },

    /** Removes an activity not yet held (softly: its audit trail stays). */
    async removeActivity(p: Principal, id: string, etag: string): Promise<void> {
      const { activity, roles } = await loadForChange(p, id);
      if (!roles.plan) throw forbidden("requires_dialogueCoordinator:activities.remove");
      assertVersion(activity, etag);
      if (activity.status !== "proposed" && activity.status !== "planned") {
        throw new DomainError("conflict", "An activity that has been held stays in the plan with its results.", {
          details: [{ path: "activity", reason: "activity_held" }],
        });
      }
      await dialogue.replace(p.tenantId, "dialogueActivity", activity, { ...dataOf(activity), deleted: true }, etag, {
        userId: p.userId,
        action: "dialogueActivity.remove",
      });
    },
  };
}

export type ActivityService = ReturnType<typeof createActivityService>;
