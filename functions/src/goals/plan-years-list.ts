import { PlanYearList, planYearsListRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...planYearsListRoute,
  summary: "Plan years (VEP), newest first, with vision, strategic areas and goal levels.",
  tag: "Goals",
  auth: "user",
  response: PlanYearList,
  async handle({ principal }, { services }) {
    return { body: await services.planYears.listPlanYears(principal) };
  },
});
