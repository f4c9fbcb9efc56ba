import { AdjustBody, KeyParams, Meeting, meetingAdjustRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingAdjustRoute,
  summary:
    "Records the adjustment of the minutes (justering): its date and who adjusted; from then on the meeting's decisions are final. The secretary, the chair or an adjuster. Requires If-Match.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  body: AdjustBody,
  requiresIfMatch: true,
  response: Meeting,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const meeting = await services.meetingDecisions.adjust(principal, params.id, body, ifMatch);
    return { body: meeting, etag: meeting.etag };
  },
});
