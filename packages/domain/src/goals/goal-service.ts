import type { DirectoryRepository } from "../directory/directory-repository.js";
import { DomainError, notFound, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember, requireRole } from "../shared/principal.js";
import { applyChanges, dataOf } from "../shared/records.js";
import { goalEditorRoles } from "../shared/roles.js";
import type { Clock, IdGenerator } from "../shared/store.js";
import type { CreateGoalBody, Goal, GoalList, GoalResult, RetireGoalBody, ReviewGoalBody, UpdateGoalBody } from "./contracts.js";
import { readGoalSettings, toGoalDto } from "./goal-mappers.js";
import { goalOrThrow, planYearOrThrow } from "./goal-records.js";
import type { GoalData, GoalRepository, PlanYearData } from "./goal-repository.js";
import { assertGoalPlacement, goalCountWarnings } from "./goal-rules.js";

type Deps = {
  readonly goals: GoalRepository;
  readonly directory: Pick<DirectoryRepository, "findOrgUnit">;
  readonly ids: IdGenerator;
  readonly clock: Clock;
};

/**
 * Goals of the governance chain: each breaks down the goals one level up, owned by a unit,
 * with the committee's credibility review.
 */
export function createGoalService({ goals, directory, ids, clock }: Deps) {
  const settingsOf = (tenantId: string) => readGoalSettings(goals, tenantId);

  async function assertPlacement(
    p: Principal,
    year: PlanYearData,
    g: { levelKey: string; ownerKind: Parameters<typeof assertGoalPlacement>[1]["ownerKind"]; ownerScopePath: readonly string[] },
    parentIds: readonly string[],
  ) {
    const found = parentIds.length ? await goals.findGoals(p.tenantId, parentIds) : [];
    const byId = new Map(found.map((x) => [x.id, x]));
    assertGoalPlacement(
      year.levels,
      { planYearId: year.id, ...g },
      parentIds.map((id) => byId.get(id)),
      parentIds,
    );
  }

  async function warningsFor(tenantId: string, planYearId: string, ownerScopeId: string) {
    const settings = await settingsOf(tenantId);
    return goalCountWarnings(await goals.listGoals(tenantId, planYearId, ownerScopeId), settings.maxGoalsPerOwner);
  }

  return {
    async listGoals(p: Principal, planYearId: string, ownerScopeId?: string): Promise<GoalList> {
      requireMember(p);
      await planYearOrThrow(goals, p.tenantId, planYearId);
      const [list, settings] = await Promise.all([goals.listGoals(p.tenantId, planYearId, ownerScopeId), settingsOf(p.tenantId)]);
      return { goals: list.map(toGoalDto), warnings: goalCountWarnings(list, settings.maxGoalsPerOwner) };
    },

    async createGoal(p: Principal, body: CreateGoalBody): Promise<GoalResult> {
      const year = await planYearOrThrow(goals, p.tenantId, body.planYearId);
      const owner = await directory.findOrgUnit(p.tenantId, body.ownerScopeId);
      if (!owner) throw validationFailed("unknown_owner", "There is no such organisational unit.", "body.ownerScopeId");
      requireRole(p, goalEditorRoles, owner.path, "goals.create");
      if (body.areaId !== null && !year.areas.some((a) => a.id === body.areaId)) {
        throw validationFailed("unknown_area", "The plan year has no such strategic area or perspective.", "body.areaId");
      }
      await assertPlacement(p, year, { levelKey: body.levelKey, ownerKind: owner.kind, ownerScopePath: owner.path }, body.parentGoalIds);
      const goal = await goals.create(
        p.tenantId,
        "goal",
        {
          id: ids.newId(),
          planYearId: year.id,
          levelKey: body.levelKey,
          ownerScopeId: owner.id,
          ownerScopePath: [...owner.path],
          title: body.title,
          description: body.description,
          areaId: body.areaId,
          parentGoalIds: [...new Set(body.parentGoalIds)],
          predecessorGoalId: null,
          credibilityReview: null,
        },
        { userId: p.userId, action: "goal.create" },
      );
      return { goal: toGoalDto(goal), warnings: await warningsFor(p.tenantId, year.id, owner.id) };
    },

    async updateGoal(p: Principal, id: string, body: UpdateGoalBody, etag: string): Promise<GoalResult> {
      const goal = await goalOrThrow(goals, p.tenantId, id);
      requireRole(p, goalEditorRoles, goal.ownerScopePath, "goals.update");
      const year = await planYearOrThrow(goals, p.tenantId, goal.planYearId);
      if (body.areaId !== undefined && body.areaId !== null && !year.areas.some((a) => a.id === body.areaId)) {
        throw validationFailed("unknown_area", "The plan year has no such strategic area or perspective.", "body.areaId");
      }
      if (body.parentGoalIds !== undefined) {
        const owner = await directory.findOrgUnit(p.tenantId, goal.ownerScopeId);
        if (!owner) throw notFound("The goal's owner");
        await assertPlacement(
          p,
          year,
          { levelKey: goal.levelKey, ownerKind: owner.kind, ownerScopePath: goal.ownerScopePath },
          body.parentGoalIds,
        );
      }
      const current = dataOf(goal);
      const next: GoalData = applyChanges(current, {
        ...body,
        ...(body.parentGoalIds === undefined ? {} : { parentGoalIds: [...new Set(body.parentGoalIds)] }),
      });
      const saved = await goals.replace(p.tenantId, "goal", goal, next, etag, { userId: p.userId, action: "goal.update" });
      return { goal: toGoalDto(saved), warnings: await warningsFor(p.tenantId, goal.planYearId, goal.ownerScopeId) };
    },

    /**
     * Retires a goal during the year (the committee's decision): it keeps its history and
     * stays in the chain, is not asked for in reports from then on, and is not copied into
     * the next plan year. Editors of the goal's owner; once only.
     */
    async retireGoal(p: Principal, id: string, body: RetireGoalBody, etag: string): Promise<Goal> {
      const goal = await goalOrThrow(goals, p.tenantId, id);
      requireRole(p, goalEditorRoles, goal.ownerScopePath, "goals.retire");
      if (goal.retired) {
        throw new DomainError("conflict", "The goal is already retired.", { details: [{ reason: "goal_retired" }] });
      }
      const retired = { at: clock.now().toISOString(), by: p.userId, note: body.note };
      const saved = await goals.replace(p.tenantId, "goal", goal, { ...dataOf(goal), retired }, etag, {
        userId: p.userId,
        action: "goal.retire",
      });
      return toGoalDto(saved);
    },

    /** Records the committee's or department management's credibility review of a goal (seed 003). */
    async reviewGoal(p: Principal, id: string, body: ReviewGoalBody, etag: string): Promise<Goal> {
      const goal = await goalOrThrow(goals, p.tenantId, id);
      requireRole(p, goalEditorRoles, goal.ownerScopePath, "goals.review");
      if (body.conclusion === "needsWork" && body.note.length === 0) {
        throw validationFailed("note_required", "Say what needs work.", "body.note");
      }
      const current = dataOf(goal);
      const review = { conclusion: body.conclusion, note: body.note, reviewedAt: clock.now().toISOString(), reviewedBy: p.userId };
      const saved = await goals.replace(p.tenantId, "goal", goal, { ...current, credibilityReview: review }, etag, {
        userId: p.userId,
        action: "goal.review",
      });
      return toGoalDto(saved);
    },
  };
}

export type GoalService = ReturnType<typeof createGoalService>;
