// The goals module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
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
  IndicatorList,
  KeyParams,
  ListGoalsQuery,
  ListIndicatorsQuery,
  PlanYear,
  PlanYearList,
  RetireGoalBody,
  ReviewGoalBody,
  UpdateGoalBody,
  UpdateIndicatorBody,
} from "../index.js";
import { apiRoute } from "../shared/api-route.js";

export const goalCreateRoute = apiRoute<undefined, undefined, z.input<typeof CreateGoalBody>, z.output<typeof GoalResult>>(
  "goal-create",
  "POST",
  "goals",
);
export const goalReviewRoute = apiRoute<z.input<typeof KeyParams>, undefined, z.input<typeof ReviewGoalBody>, z.output<typeof Goal>>(
  "goal-review",
  "POST",
  "goals/{id}/review",
);
export const goalRetireRoute = apiRoute<z.input<typeof KeyParams>, undefined, z.input<typeof RetireGoalBody>, z.output<typeof Goal>>(
  "goal-retire",
  "POST",
  "goals/{id}/retire",
);
export const goalSettingsGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof GoalSettings>>(
  "goal-settings-get",
  "GET",
  "goals/settings",
);
export const goalSettingsUpdateRoute = apiRoute<undefined, undefined, z.input<typeof GoalSettingsBody>, z.output<typeof GoalSettings>>(
  "goal-settings-update",
  "PUT",
  "goals/settings",
);
export const goalUpdateRoute = apiRoute<z.input<typeof KeyParams>, undefined, z.input<typeof UpdateGoalBody>, z.output<typeof GoalResult>>(
  "goal-update",
  "PATCH",
  "goals/{id}",
);
export const goalsListRoute = apiRoute<z.input<typeof KeyParams>, z.input<typeof ListGoalsQuery>, undefined, z.output<typeof GoalList>>(
  "goals-list",
  "GET",
  "plan-years/{id}/goals",
);
export const indicatorCreateRoute = apiRoute<undefined, undefined, z.input<typeof CreateIndicatorBody>, z.output<typeof Indicator>>(
  "indicator-create",
  "POST",
  "indicators",
);
export const indicatorUpdateRoute = apiRoute<
  z.input<typeof KeyParams>,
  undefined,
  z.input<typeof UpdateIndicatorBody>,
  z.output<typeof Indicator>
>("indicator-update", "PATCH", "indicators/{id}");
export const indicatorsListRoute = apiRoute<
  z.input<typeof KeyParams>,
  z.input<typeof ListIndicatorsQuery>,
  undefined,
  z.output<typeof IndicatorList>
>("indicators-list", "GET", "plan-years/{id}/indicators");
export const planYearCreateRoute = apiRoute<undefined, undefined, z.input<typeof CreatePlanYearBody>, z.output<typeof PlanYear>>(
  "plan-year-create",
  "POST",
  "plan-years",
);
export const planYearsListRoute = apiRoute<undefined, undefined, undefined, z.output<typeof PlanYearList>>(
  "plan-years-list",
  "GET",
  "plan-years",
);
