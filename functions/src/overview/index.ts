import { defineModule } from "../platform/module.js";
import overviewGet from "./overview-get.js";
import overviewGoals from "./overview-goals.js";

/** The overview (Översikt): one read over goals, reports and governing documents; no store of its own. */
export const overviewModule = defineModule({
  name: "overview",
  routes: [overviewGet, overviewGoals],
});
