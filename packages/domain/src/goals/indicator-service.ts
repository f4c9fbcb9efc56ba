import type { DirectoryRepository } from "../directory/directory-repository.js";
import { notFound, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember, requireRole } from "../shared/principal.js";
import { applyChanges, dataOf } from "../shared/records.js";
import { goalEditorRoles } from "../shared/roles.js";
import type { IdGenerator } from "../shared/store.js";
import type { CreateIndicatorBody, Indicator, UpdateIndicatorBody } from "./contracts.js";
import { toIndicatorDto } from "./goal-mappers.js";
import { goalOrThrow, planYearOrThrow } from "./goal-records.js";
import type { GoalRepository, IndicatorData } from "./goal-repository.js";

type Deps = {
  readonly goals: GoalRepository;
  readonly directory: Pick<DirectoryRepository, "findPerson">;
  readonly ids: IdGenerator;
};

/** A target or baseline outside the declared range is refused (the range bounds reported values later). */
function assertWithinRange(i: Pick<IndicatorData, "range" | "target" | "baseline">): void {
  if (i.target !== null && (i.target < i.range.min || i.target > i.range.max)) {
    throw validationFailed("target_outside_range", "The target must lie within the indicator's range.", "body.target");
  }
  if (i.baseline !== null && (i.baseline.value < i.range.min || i.baseline.value > i.range.max)) {
    throw validationFailed("baseline_outside_range", "The baseline must lie within the indicator's range.", "body.baseline");
  }
}

/** Indicators (nyckeltal): how a goal is measured, by whom, how often, against which target. */
export function createIndicatorService({ goals, directory, ids }: Deps) {
  async function assertOwner(p: Principal, personId: string | null): Promise<void> {
    if (personId === null) return;
    const person = await directory.findPerson(p.tenantId, personId);
    if (!person?.active)
      throw validationFailed("unknown_person", "The owner must be an active person of this municipality.", "body.ownerPersonId");
  }

  return {
    async listIndicators(p: Principal, planYearId: string, goalId?: string): Promise<{ indicators: Indicator[] }> {
      requireMember(p);
      await planYearOrThrow(goals, p.tenantId, planYearId);
      if (goalId !== undefined) await goalOrThrow(goals, p.tenantId, goalId);
      return { indicators: (await goals.listIndicators(p.tenantId, planYearId, goalId)).map(toIndicatorDto) };
    },

    /** Adds an indicator (nyckeltal) to a goal; editors of the goal's owner. */
    async createIndicator(p: Principal, body: CreateIndicatorBody): Promise<Indicator> {
      const goal = await goalOrThrow(goals, p.tenantId, body.goalId);
      requireRole(p, goalEditorRoles, goal.ownerScopePath, "indicators.create");
      await assertOwner(p, body.ownerPersonId);
      const { goalId: _g, ...fields } = body;
      const data: IndicatorData = {
        ...fields,
        id: ids.newId(),
        planYearId: goal.planYearId,
        goalId: goal.id,
        ownerScopePath: [...goal.ownerScopePath],
        predecessorIndicatorId: null,
      };
      assertWithinRange(data);
      return toIndicatorDto(await goals.create(p.tenantId, "indicator", data, { userId: p.userId, action: "indicator.create" }));
    },

    async updateIndicator(p: Principal, id: string, body: UpdateIndicatorBody, etag: string): Promise<Indicator> {
      const indicator = await goals.findIndicator(p.tenantId, id);
      if (!indicator) throw notFound("The indicator");
      requireRole(p, goalEditorRoles, indicator.ownerScopePath, "indicators.update");
      if (body.ownerPersonId !== undefined) await assertOwner(p, body.ownerPersonId);
      const next = applyChanges(dataOf(indicator), body);
      assertWithinRange(next);
      return toIndicatorDto(
        await goals.replace(p.tenantId, "indicator", indicator, next, etag, { userId: p.userId, action: "indicator.update" }),
      );
    },
  };
}

export type IndicatorService = ReturnType<typeof createIndicatorService>;
