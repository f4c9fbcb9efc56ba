import type { DirectoryRepository, TenantRecord } from "../directory/directory-repository.js";
import { defaultCalendar, openPeriods } from "../reporting/reporting-rules.js";
import { DomainError, notFound, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember, requireMunicipalityAdministrator, requireRole } from "../shared/principal.js";
import { applyChanges, dataOf, metaOf } from "../shared/records.js";
import { goalEditorRoles } from "../shared/roles.js";
import type { Clock, IdGenerator, Stored } from "../shared/store.js";
import type {
  CreateGoalBody,
  CreateIndicatorBody,
  CreatePlanYearBody,
  Goal,
  GoalList,
  GoalResult,
  GoalSettings,
  GoalSettingsBody,
  Indicator,
  PlanYear,
  ReviewGoalBody,
  UpdateGoalBody,
  UpdateIndicatorBody,
} from "./contracts.js";
import type { GoalData, GoalRepository, GoalSettingsData, IndicatorData, PlanYearData } from "./goal-repository.js";
import { assertGoalPlacement, copyGoalsForward, defaultGoalLevels, defaultMaxGoalsPerOwner, goalCountWarnings } from "./goal-rules.js";

type Deps = {
  readonly goals: GoalRepository;
  readonly directory: Pick<DirectoryRepository, "findOrgUnit" | "findPerson">;
  readonly ids: IdGenerator;
  readonly clock: Clock;
};

/** Who may write a unit's goals: the quality network's administrators and the unit's political and executive leads. */
/** The version a tenant's settings have before anyone saved them. */
export const defaultSettingsEtag = "default";

export const toGoalDto = (g: Stored<GoalData>): Goal => ({
  id: g.id,
  planYearId: g.planYearId,
  levelKey: g.levelKey,
  ownerScopeId: g.ownerScopeId,
  ownerScopePath: [...g.ownerScopePath],
  title: g.title,
  description: g.description,
  areaId: g.areaId,
  parentGoalIds: [...g.parentGoalIds],
  predecessorGoalId: g.predecessorGoalId,
  credibilityReview: g.credibilityReview,
  ...metaOf(g),
});

export const toIndicatorDto = (i: Stored<IndicatorData>): Indicator => ({
  id: i.id,
  planYearId: i.planYearId,
  goalId: i.goalId,
  ownerScopePath: [...i.ownerScopePath],
  title: i.title,
  unit: i.unit,
  direction: i.direction,
  periodicity: i.periodicity,
  source: i.source,
  splitByGender: i.splitByGender,
  range: { ...i.range },
  baseline: i.baseline,
  target: i.target,
  ownerPersonId: i.ownerPersonId,
  predecessorIndicatorId: i.predecessorIndicatorId ?? null,
  ...metaOf(i),
});

/** A target or baseline outside the declared range is refused (the range bounds reported values later). */
function assertWithinRange(i: Pick<IndicatorData, "range" | "target" | "baseline">): void {
  if (i.target !== null && (i.target < i.range.min || i.target > i.range.max)) {
    throw validationFailed("target_outside_range", "The target must lie within the indicator's range.", "body.target");
  }
  if (i.baseline !== null && (i.baseline.value < i.range.min || i.baseline.value > i.range.max)) {
    throw validationFailed("baseline_outside_range", "The baseline must lie within the indicator's range.", "body.baseline");
  }
}

export const toPlanYearDto = (y: Stored<PlanYearData>): PlanYear => ({
  id: y.id,
  year: y.year,
  vision: y.vision,
  areas: [...y.areas],
  levels: [...y.levels],
  previousPlanYearId: y.previousPlanYearId,
  periods: (y.periods ?? []).map((p) => ({ ...p })),
  ...metaOf(y),
});

const defaultSettings: GoalSettings = {
  levels: [...defaultGoalLevels],
  maxGoalsPerOwner: defaultMaxGoalsPerOwner,
  benchmark: null,
  publishResults: false,
  etag: defaultSettingsEtag,
};

const settingsDto = (s: Stored<GoalSettingsData>): GoalSettings => ({
  levels: [...s.levels],
  maxGoalsPerOwner: s.maxGoalsPerOwner,
  benchmark: s.benchmark ?? null,
  publishResults: s.publishResults ?? false,
  etag: s.etag,
});

/** A tenant's settings, or the defaults before anyone saved them. */
export async function readGoalSettings(goals: Pick<GoalRepository, "findSettings">, tenantId: string): Promise<GoalSettings> {
  const stored = await goals.findSettings(tenantId);
  return stored ? settingsDto(stored) : defaultSettings;
}

/**
 * The goal structure of the governance chain: the tenant's goal levels, plan years with
 * vision and strategic areas, and goals that break down the goals one level up.
 */
export function createGoalService({ goals, directory, ids, clock }: Deps) {
  const settingsOf = (tenantId: string) => readGoalSettings(goals, tenantId);

  async function planYearOrThrow(tenantId: string, id: string): Promise<Stored<PlanYearData>> {
    const year = await goals.findPlanYear(tenantId, id);
    if (!year) throw notFound("The plan year");
    return year;
  }

  async function goalOrThrow(tenantId: string, id: string): Promise<Stored<GoalData>> {
    const goal = await goals.findGoal(tenantId, id);
    if (!goal) throw notFound("The goal");
    return goal;
  }

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

  async function assertOwner(p: Principal, personId: string | null): Promise<void> {
    if (personId === null) return;
    const person = await directory.findPerson(p.tenantId, personId);
    if (!person?.active)
      throw validationFailed("unknown_person", "The owner must be an active person of this municipality.", "body.ownerPersonId");
  }

  async function warningsFor(tenantId: string, planYearId: string, ownerScopeId: string) {
    const settings = await settingsOf(tenantId);
    return goalCountWarnings(await goals.listGoals(tenantId, planYearId, ownerScopeId), settings.maxGoalsPerOwner);
  }

  return {
    async getSettings(p: Principal): Promise<GoalSettings> {
      requireMember(p);
      return settingsOf(p.tenantId);
    },

    /** Saves the levels and limit; `etag` is the version read (`default` before the first save). */
    async updateSettings(p: Principal, tenant: TenantRecord, body: GoalSettingsBody, etag: string): Promise<GoalSettings> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "goals.settings");
      const stored = await goals.findSettings(p.tenantId);
      const data = {
        id: "current",
        levels: body.levels,
        maxGoalsPerOwner: body.maxGoalsPerOwner,
        benchmark: body.benchmark,
        publishResults: body.publishResults,
      };
      const audit = { userId: p.userId, action: "goalSettings.update" };
      if (!stored && etag !== defaultSettingsEtag)
        throw new DomainError("precondition_failed", "Someone else changed this first. Reload and try again.");
      const saved = stored
        ? await goals.replace(p.tenantId, "goalSettings", stored, data, etag, audit)
        : await goals.create(p.tenantId, "goalSettings", data, audit);
      return settingsDto(saved);
    },

    async listPlanYears(p: Principal): Promise<{ planYears: PlanYear[] }> {
      requireMember(p);
      const years = await goals.listPlanYears(p.tenantId);
      return { planYears: years.map(toPlanYearDto).sort((a, b) => b.year - a.year) };
    },

    /** A new plan year with the current goal levels; optionally every goal of an earlier year copied forward. */
    async createPlanYear(p: Principal, tenant: TenantRecord, body: CreatePlanYearBody): Promise<PlanYear> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "goals.planYear.create");
      const id = String(body.year);
      if (await goals.findPlanYear(p.tenantId, id)) {
        throw new DomainError("conflict", `There is already a plan year ${id}.`, {
          details: [{ path: "body.year", reason: "duplicate_plan_year" }],
        });
      }
      if (new Set(body.areas.map((a) => a.id)).size !== body.areas.length) {
        throw validationFailed("duplicate_area", "Each strategic area and perspective needs its own id.", "body.areas");
      }
      const source = body.copyGoalsFrom ? await goals.findPlanYear(p.tenantId, body.copyGoalsFrom) : null;
      if (body.copyGoalsFrom && !source)
        throw validationFailed("unknown_plan_year", `There is no plan year ${body.copyGoalsFrom}.`, "body.copyGoalsFrom");
      const settings = await settingsOf(p.tenantId);
      const year = await goals.create(
        p.tenantId,
        "planYear",
        {
          id,
          year: body.year,
          vision: body.vision,
          areas: body.areas,
          levels: source?.levels ?? settings.levels,
          previousPlanYearId: source?.id ?? null,
          periods: openPeriods(defaultCalendar(body.year)),
        },
        { userId: p.userId, action: "planYear.create" },
      );
      if (source) {
        const areaIds = new Set(body.areas.map((a) => a.id));
        const copies = copyGoalsForward(await goals.listGoals(p.tenantId, source.id), id, () => ids.newId());
        // Parents before children, so no copy ever points at a goal not yet written.
        const order = (levelKey: string) => year.levels.findIndex((l) => l.key === levelKey);
        copies.sort((a, b) => order(a.old.levelKey) - order(b.old.levelKey));
        for (const c of copies) {
          const old = dataOf(c.old);
          await goals.create(
            p.tenantId,
            "goal",
            {
              ...old,
              id: c.id,
              planYearId: id,
              parentGoalIds: c.parentGoalIds,
              predecessorGoalId: c.predecessorGoalId,
              areaId: old.areaId && areaIds.has(old.areaId) ? old.areaId : null,
              credibilityReview: null,
            },
            { userId: p.userId, action: "goal.copyForward" },
          );
        }
        // Indicators follow their goals, each linked to the one it continues.
        const newGoalId = new Map(copies.map((c) => [c.old.id, c.id]));
        for (const i of await goals.listIndicators(p.tenantId, source.id)) {
          const goalId = newGoalId.get(i.goalId);
          if (!goalId) continue;
          await goals.create(
            p.tenantId,
            "indicator",
            { ...dataOf(i), id: ids.newId(), planYearId: id, goalId, predecessorIndicatorId: i.id },
            { userId: p.userId, action: "indicator.copyForward" },
          );
        }
      }
      return toPlanYearDto(year);
    },

    async listGoals(p: Principal, planYearId: string, ownerScopeId?: string): Promise<GoalList> {
      requireMember(p);
      await planYearOrThrow(p.tenantId, planYearId);
      const [list, settings] = await Promise.all([goals.listGoals(p.tenantId, planYearId, ownerScopeId), settingsOf(p.tenantId)]);
      return { goals: list.map(toGoalDto), warnings: goalCountWarnings(list, settings.maxGoalsPerOwner) };
    },

    async createGoal(p: Principal, body: CreateGoalBody): Promise<GoalResult> {
      const year = await planYearOrThrow(p.tenantId, body.planYearId);
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
      const goal = await goalOrThrow(p.tenantId, id);
      requireRole(p, goalEditorRoles, goal.ownerScopePath, "goals.update");
      const year = await planYearOrThrow(p.tenantId, goal.planYearId);
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

    async listIndicators(p: Principal, planYearId: string, goalId?: string): Promise<{ indicators: Indicator[] }> {
      requireMember(p);
      await planYearOrThrow(p.tenantId, planYearId);
      if (goalId !== undefined) await goalOrThrow(p.tenantId, goalId);
      return { indicators: (await goals.listIndicators(p.tenantId, planYearId, goalId)).map(toIndicatorDto) };
    },

    /** Adds an indicator (nyckeltal) to a goal; editors of the goal's owner. */
    async createIndicator(p: Principal, body: CreateIndicatorBody): Promise<Indicator> {
      const goal = await goals.findGoal(p.tenantId, body.goalId);
      if (!goal) throw notFound("The goal");
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

    /** Records the committee's or department management's credibility review of a goal (seed 003). */
    async reviewGoal(p: Principal, id: string, body: ReviewGoalBody, etag: string): Promise<Goal> {
      const goal = await goalOrThrow(p.tenantId, id);
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
