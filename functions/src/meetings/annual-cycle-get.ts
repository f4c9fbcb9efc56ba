import { AnnualCycle, annualCycleGetRoute, CycleQuery } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...annualCycleGetRoute,
  summary:
    "The municipality's shared annual cycle (årshjul) of a year: the reporting deadlines, every body's meetings, internal-control reporting and plans adopted, dialogue activities and their feedback due, and governing documents' valid-until; with the conflicts between them (a report deadline after the meeting that is to review it, two deadlines of one unit in one week, a decision needed before its body next meets) and what to move by when. `bodyId` keeps to one body's.",
  tag: "Meetings",
  auth: "user",
  query: CycleQuery,
  response: AnnualCycle,
  async handle({ principal }, { query, services }) {
    return { body: await services.annualCycle.getCycle(principal, query) };
  },
});
