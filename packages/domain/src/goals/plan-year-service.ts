import type { TenantRecord } from "../directory/directory-repository.js";
import { defaultCalendar, openPeriods } from "../reporting/reporting-rules.js";
import { DomainError, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember, requireMunicipalityAdministrator } from "../shared/principal.js";
import { dataOf } from "../shared/records.js";
import type { IdGenerator } from "../shared/store.js";
import type { CreatePlanYearBody, PlanYear } from "./contracts.js";
import { readGoalSettings, toPlanYearDto } from "./goal-mappers.js";
import type { GoalRepository } from "./goal-repository.js";
import { copyGoalsForward } from "./goal-rules.js";

type Deps = { readonly goals: GoalRepository; readonly ids: IdGenerator };

/** Plan years: the vision, strategic areas and goal levels of one year, optionally continued from an earlier one. */
export function createPlanYearService({ goals, ids }: Deps) {
  return {
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
      const settings = await readGoalSettings(goals, p.tenantId);
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
        const copies = copyGoalsForward(
          (await goals.listGoals(p.tenantId, source.id)).filter((g) => !g.retired),
          id,
          () => ids.newId(),
        );
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
  };
}

export type PlanYearService = ReturnType<typeof createPlanYearService>;
