import { Overview, OverviewQuery, overviewGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...overviewGetRoute,
  summary:
    "Where the municipality stands in a period: committees and companies × strategic areas with their goals' assessments, changes since the previous period, missing reports and documents expiring within 90 days.",
  tag: "Overview",
  auth: "user",
  query: OverviewQuery,
  response: Overview,
  async handle({ principal }, { query, services }) {
    return { body: await services.overview.overview(principal, query) };
  },
});
