import { assertDecisionTaken } from "../internal-control/control-rules.js";
import { DomainError, forbidden, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import { forDisplay } from "../shared/store.js";
import type {
  Activity,
  CoordinationBody,
  CoordinationResult,
  DialoguePlan,
  DialoguePlanAdoptBody,
  DialoguePlanQuery,
} from "./contracts.js";
import { coordinatesDialogues, plansDialogues } from "./dialogue-access.js";
import { createDialogueContext, type DialogueDeps, toActivityDto } from "./dialogue-context.js";
import { overlapsOf, pairId } from "./target-group-rules.js";

/**
 * The yearly plan of surveys and dialogues: read with every overlap and its coordination,
 * adopted by the executive board (recorded by the quality group), overlaps coordinated.
 */
export function createDialoguePlanService(deps: DialogueDeps) {
  const { dialogue } = deps;
  const context = createDialogueContext(deps);

  return {
    async getPlan(p: Principal, planYearId: string, query: DialoguePlanQuery): Promise<DialoguePlan> {
      requireMember(p);
      const year = await context.loadYear(p.tenantId, planYearId, forDisplay);
      const today = context.today();
      const { groups } = year;
      const wanted = (a: (typeof year.activities)[number]) =>
        (query.status === undefined || a.status === query.status) &&
        (query.responsibleUnitId === undefined || a.responsibleUnitPath.includes(query.responsibleUnitId)) &&
        (query.targetGroupKey === undefined || a.targetGroupKeys.some((k) => groups.get(k)?.lineage.includes(query.targetGroupKey ?? "")));
      const activities: Activity[] = year.activities
        .filter(wanted)
        .map((a) => toActivityDto(a, { p, year, today }))
        .sort((a, b) => a.startOn.localeCompare(b.startOn) || a.title.localeCompare(b.title, "sv"));
      const coordinate = coordinatesDialogues(p, year.units, year.rootId);
      return {
        planYearId,
        today,
        adopted: year.plan?.adopted ?? null,
        etag: year.plan?.etag ?? newRecordEtag,
        activities,
        feedbackOverdue: activities.filter((a) => a.feedbackOverdue).length,
        overlapsUncoordinated: new Set(
          activities.flatMap((a) => a.overlaps.filter((o) => o.coordinated === null).map((o) => pairId(a.id, o.activityId))),
        ).size,
        canPlan: plansDialogues(p, year.units, year.rootId),
        canCoordinate: coordinate,
      };
    },

    /** Records the executive board's adoption of the year's plan; later additions are marked as such. */
    async adoptPlan(p: Principal, planYearId: string, body: DialoguePlanAdoptBody, etag: string): Promise<DialoguePlan> {
      requireMember(p);
      const year = await context.loadYear(p.tenantId, planYearId);
      if (!coordinatesDialogues(p, year.units, year.rootId)) throw forbidden("requires_dialogueCoordinator:dialoguePlan.adopt");
      assertVersion(year.plan, etag);
      if (!year.units.get(body.decision.bodyId)?.active) {
        throw validationFailed("unknown_decision_body", "There is no such decision-making body.", "body.decision.bodyId");
      }
      assertDecisionTaken(body.decision, context.today(), "body.decision");
      if (year.plan?.adopted) {
        throw new DomainError("conflict", "The plan is already adopted.", { details: [{ path: "plan", reason: "plan_adopted" }] });
      }
      const audit = { userId: p.userId, action: "dialoguePlan.adopt" };
      const data = { id: planYearId, planYearId, adopted: body.decision };
      if (year.plan) await dialogue.replace(p.tenantId, "dialoguePlan", year.plan, data, etag, audit);
      else await dialogue.create(p.tenantId, "dialoguePlan", data, audit);
      return this.getPlan(p, planYearId, {});
    },

    /** Marks two overlapping activities coordinated, with the coordinator's note. */
    async coordinate(p: Principal, body: CoordinationBody, etag: string): Promise<CoordinationResult> {
      requireMember(p);
      const [aId, bId] = body.activityIds;
      if (aId === bId) throw validationFailed("same_activity", "Coordinate two different activities.", "body.activityIds");
      const [a, b] = await Promise.all([
        context.recordOrThrow(p.tenantId, "dialogueActivity", aId, "The first activity"),
        context.recordOrThrow(p.tenantId, "dialogueActivity", bId, "The second activity"),
      ]);
      if (a.planYearId !== b.planYearId)
        throw validationFailed("different_years", "The activities belong to different plan years.", "body.activityIds");
      const year = await context.loadYear(p.tenantId, a.planYearId);
      if (!coordinatesDialogues(p, year.units, year.rootId)) throw forbidden("requires_dialogueCoordinator:dialogue.coordinate");
      if (overlapsOf(a, [b], year.groups, year.dialogueSettings.overlapWeeks).length === 0) {
        throw validationFailed("no_overlap", "These activities do not overlap: there is nothing to coordinate.", "body.activityIds");
      }
      const id = pairId(aId, bId);
      const existing = year.coordinations.find((c) => c.id === id) ?? null;
      // `new` for a pair not yet coordinated; the pair's etag to change its note (two coordinators never overwrite each other).
      assertVersion(existing, etag);
      const data = {
        id,
        planYearId: a.planYearId,
        activityIds: [aId, bId].sort() as [string, string],
        note: body.note,
        by: p.person?.name ?? p.userId,
        at: context.today(),
      };
      const audit = { userId: p.userId, action: "dialogueCoordination.save" };
      const saved = existing
        ? await dialogue.replace(p.tenantId, "dialogueCoordination", existing, data, etag, audit)
        : await dialogue.create(p.tenantId, "dialogueCoordination", data, audit);
      const after = { ...year, coordinations: [...year.coordinations.filter((c) => c.id !== id), saved] };
      const today = context.today();
      return { activities: [a, b].map((x) => toActivityDto(x, { p, year: after, today })) };
    },
  };
}

export type DialoguePlanService = ReturnType<typeof createDialoguePlanService>;
