import { DecisionBody, KeyParams, Meeting, meetingDecisionRecordRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingDecisionRecordRoute,
  summary:
    "Records the decision on an item of the published agenda, on or after the meeting's day: it gets the body's next § of the year (never given twice, never skipped) and is applied to its object — a report reviewed or referred back, a governing document, internal-control plan or dialogue plan adopted — or gives an assignment that is on its owner's My items and the next agendas until done. The meeting's secretary, the body's secretaries or chair. Decisions on different items may be recorded at once; an item takes one.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  body: DecisionBody,
  response: Meeting,
  async handle({ principal, tenant }, { params, body, services }) {
    const meeting = await services.meetingDecisions.recordDecision(principal, tenant, params.id, body);
    return { body: meeting, etag: meeting.etag };
  },
});
