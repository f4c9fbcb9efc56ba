import { notFound } from "../shared/errors.js";
import type { ReadFreshness, Stored } from "../shared/store.js";
import type { GoalData, GoalRepository, PlanYearData } from "./goal-repository.js";

// Reads the goals services and the modules built on goals share: a record by id, or 404.

export async function planYearOrThrow(
  goals: Pick<GoalRepository, "findPlanYear">,
  tenantId: string,
  id: string,
  freshness?: ReadFreshness,
): Promise<Stored<PlanYearData>> {
  const year = await goals.findPlanYear(tenantId, id, freshness);
  if (!year) throw notFound("The plan year");
  return year;
}

export async function goalOrThrow(goals: Pick<GoalRepository, "findGoal">, tenantId: string, id: string): Promise<Stored<GoalData>> {
  const goal = await goals.findGoal(tenantId, id);
  if (!goal) throw notFound("The goal");
  return goal;
}
