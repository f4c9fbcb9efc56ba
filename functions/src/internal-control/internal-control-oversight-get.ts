import { internalControlOversightGetRoute, KeyParams, OversightQuery, OversightView } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...internalControlOversightGetRoute,
  summary:
    "The executive board's oversight of every committee's and company's internal control for a plan year: plans adopted, controls reported per period, deviations, actions, the board's assessments, and the risks on one matrix (filtered by category or owner).",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  query: OversightQuery,
  response: OversightView,
  async handle({ principal }, { params, query, services }) {
    const view = await services.oversight.getOversight(principal, params.id, query);
    return { body: view };
  },
});
