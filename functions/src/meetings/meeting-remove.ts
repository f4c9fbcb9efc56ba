import { KeyParams, meetingRemoveRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingRemoveRoute,
  summary: "Cancels a meeting that has taken no decision (kept, marked deleted, audited). Requires If-Match.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  requiresIfMatch: true,
  response: null,
  async handle({ principal }, { params, ifMatch, services }) {
    await services.meetingService.removeMeeting(principal, params.id, ifMatch);
    return {};
  },
});
