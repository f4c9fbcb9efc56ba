import { KoladaKpiList, KoladaKpiSearchQuery, koladaKpiSearchRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...koladaKpiSearchRoute,
  summary:
    "Searches Kolada's KPI catalogue by title, or looks a KPI up by id (N15428), for linking an indicator: at most 20, with whether the search matched more.",
  tag: "Benchmark",
  external: true,
  auth: "user",
  query: KoladaKpiSearchQuery,
  response: KoladaKpiList,
  async handle({ principal }, { query, services }) {
    return { body: await services.kolada.searchKpis(principal, query.q) };
  },
});
