import { Activity, dialogueFeedbackRecordRoute, FeedbackBody, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueFeedbackRecordRoute,
  summary:
    "Records the feedback to the participants of an activity held: when, what was done with their input, where it was published. Requires If-Match.",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  body: FeedbackBody,
  requiresIfMatch: true,
  response: Activity,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const activity = await services.dialogueActivities.recordFeedback(principal, params.id, body, ifMatch);
    return { body: activity, etag: activity.etag };
  },
});
