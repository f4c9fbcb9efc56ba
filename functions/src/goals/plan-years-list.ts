import { PlanYear } from "@kvalitetskedjan/domain";
import { z } from "zod";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "plan-years-list",
  method: "GET",
  route: "plan-years",
  summary: "Plan years (VEP), newest first, with vision, strategic areas and goal levels.",
  tag: "Goals",
  auth: "user",
  response: z.object({ planYears: z.array(PlanYear) }),
  async handle({ principal }, { services }) {
    return { body: await services.goals.listPlanYears(principal) };
  },
});
