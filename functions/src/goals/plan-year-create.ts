import { CreatePlanYearBody, PlanYear, planYearCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...planYearCreateRoute,
  summary: "Starts a plan year; with copyGoalsFrom, every goal of that year is copied forward and linked to its predecessor.",
  tag: "Goals",
  auth: "user",
  body: CreatePlanYearBody,
  response: PlanYear,
  successStatus: 201,
  async handle({ principal, tenant }, { body, services }) {
    const year = await services.planYears.createPlanYear(principal, tenant, body);
    return { body: year, etag: year.etag };
  },
});
