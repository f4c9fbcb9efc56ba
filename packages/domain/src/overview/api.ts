// The overview module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type { Overview, OverviewGoalList, OverviewGoalsQuery, OverviewQuery } from "../index.js";
import { apiRoute } from "../shared/api-route.js";

export const overviewGetRoute = apiRoute<undefined, z.input<typeof OverviewQuery>, undefined, z.output<typeof Overview>>(
  "overview-get",
  "GET",
  "overview",
);
export const overviewGoalsRoute = apiRoute<undefined, z.input<typeof OverviewGoalsQuery>, undefined, z.output<typeof OverviewGoalList>>(
  "overview-goals",
  "GET",
  "overview/goals",
);
