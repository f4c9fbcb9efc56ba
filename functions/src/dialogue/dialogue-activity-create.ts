import { Activity, ActivityBody, dialogueActivityCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueActivityCreateRoute,
  summary:
    "Proposes a survey or dialogue for the plan: perspective, method, ladder step, the influence promise (needed from consultation up), target groups, period, responsible unit and person, goals, the decision it feeds, cost; a focus dialogue carries the executive board's decision. The answer names any overlapping activity.",
  tag: "Dialogue",
  auth: "user",
  body: ActivityBody,
  successStatus: 201,
  response: Activity,
  async handle({ principal }, { body, services }) {
    const activity = await services.dialogueActivities.createActivity(principal, body);
    return { body: activity, etag: activity.etag };
  },
});
