import { DialoguePlan, DialoguePlanQuery, dialoguePlanGetRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialoguePlanGetRoute,
  summary:
    "The year's plan of surveys and dialogues: every activity with its promise, status, feedback due and the other activities reaching an overlapping target group within the window (coordinated or not); the plan's adoption. Filter by status, target group (and the groups below it) or responsible unit.",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  query: DialoguePlanQuery,
  response: DialoguePlan,
  async handle({ principal }, { params, query, services }) {
    return { body: await services.dialoguePlans.getPlan(principal, params.id, query) };
  },
});
