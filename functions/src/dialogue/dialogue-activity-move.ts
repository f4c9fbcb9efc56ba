import { Activity, ActivityStatusBody, dialogueActivityMoveRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueActivityMoveRoute,
  summary:
    "Moves an activity one step: proposed ↔ in the plan (the quality group), in the plan ↔ running ↔ completed (its planners and responsible person). Feedback given is reached by recording the feedback. Requires If-Match.",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  body: ActivityStatusBody,
  requiresIfMatch: true,
  response: Activity,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const activity = await services.dialogueActivities.moveActivity(principal, params.id, body, ifMatch);
    return { body: activity, etag: activity.etag };
  },
});
