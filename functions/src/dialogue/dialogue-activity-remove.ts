import { dialogueActivityRemoveRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueActivityRemoveRoute,
  summary: "Removes an activity not yet held (kept, marked deleted, audited). Requires If-Match.",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  requiresIfMatch: true,
  response: null,
  async handle({ principal }, { params, ifMatch, services }) {
    await services.dialogueActivities.removeActivity(principal, params.id, ifMatch);
    return {};
  },
});
