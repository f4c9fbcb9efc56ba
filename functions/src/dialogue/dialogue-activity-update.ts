import { Activity, ActivityUpdateBody, dialogueActivityUpdateRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueActivityUpdateRoute,
  summary: "Changes an activity (its planners and its responsible person; a focus decision only the quality group). Requires If-Match.",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  body: ActivityUpdateBody,
  requiresIfMatch: true,
  response: Activity,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const activity = await services.dialogueActivities.updateActivity(principal, params.id, body, ifMatch);
    return { body: activity, etag: activity.etag };
  },
});
