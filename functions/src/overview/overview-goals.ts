import { OverviewGoalList, OverviewGoalsQuery, overviewGoalsRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...overviewGoalsRoute,
  summary:
    "The goals behind a cell or a count of the overview: one committee's or company's, in one strategic area (or without one) or with one assessment, each with its owner, assessment and the previous period's.",
  tag: "Overview",
  auth: "user",
  query: OverviewGoalsQuery,
  response: OverviewGoalList,
  async handle({ principal }, { query, services }) {
    return { body: await services.overview.goals(principal, query) };
  },
});
