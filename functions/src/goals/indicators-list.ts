import { IndicatorList, Key } from "@kvalitetskedjan/domain";
import { z } from "zod";
import { KeyParams } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "indicators-list",
  method: "GET",
  route: "plan-years/{id}/indicators",
  summary: "The indicators (nyckeltal) of a plan year, optionally of one goal.",
  tag: "Goals",
  auth: "user",
  params: KeyParams,
  query: z.strictObject({ goalId: Key.optional() }),
  response: IndicatorList,
  async handle({ principal }, { params, query, services }) {
    return { body: await services.goals.listIndicators(principal, params.id, query.goalId) };
  },
});
