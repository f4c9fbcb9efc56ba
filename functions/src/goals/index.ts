import { defineModule } from "../platform/module.js";
import goalCreate from "./goal-create.js";
import goalRetire from "./goal-retire.js";
import goalReview from "./goal-review.js";
import goalSettingsGet from "./goal-settings-get.js";
import goalSettingsUpdate from "./goal-settings-update.js";
import goalUpdate from "./goal-update.js";
import goalsList from "./goals-list.js";
import indicatorCreate from "./indicator-create.js";
import indicatorUpdate from "./indicator-update.js";
import indicatorsList from "./indicators-list.js";
import planYearCreate from "./plan-year-create.js";
import planYearsList from "./plan-years-list.js";

/** Goal levels, plan years, goals and indicators, and the credibility review. */
export const goalsModule = defineModule({
  name: "goals",
  routes: [
    goalCreate,
    goalRetire,
    goalReview,
    goalSettingsGet,
    goalSettingsUpdate,
    goalUpdate,
    goalsList,
    indicatorCreate,
    indicatorUpdate,
    indicatorsList,
    planYearCreate,
    planYearsList,
  ],
  containers: ["goals"],
});
