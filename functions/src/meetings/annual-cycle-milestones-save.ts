import { AnnualCycle, annualCycleMilestonesSaveRoute, MilestonesBody, MilestoneYearParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...annualCycleMilestonesSaveRoute,
  summary:
    "Sets the budget process's milestones of a year on the annual cycle (environment analysis, budget guidelines, the council's budget, the interim and annual reports…), each dated within the year (`milestone_outside_year`). Municipality administrators. If-Match: the milestones' etag, `new` before the first save.",
  tag: "Meetings",
  auth: "user",
  params: MilestoneYearParams,
  body: MilestonesBody,
  requiresIfMatch: true,
  response: AnnualCycle,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const cycle = await services.annualCycle.setMilestones(principal, Number(params.year), body, ifMatch);
    return { body: cycle, etag: cycle.milestones.etag };
  },
});
