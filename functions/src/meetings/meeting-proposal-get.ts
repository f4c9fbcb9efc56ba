import { AgendaProposal, KeyParams, meetingProposalGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meetingProposalGetRoute,
  summary:
    "The proposed agenda: what is due for the meeting's body and not yet on its agenda — reports awaiting its review, its internal-control plan and results, the dialogue plan, governing documents to adopt and those expiring within 90 days, dialogue feedback overdue, and open assignments from earlier meetings.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  response: AgendaProposal,
  async handle({ principal }, { params, services }) {
    return { body: await services.meetingService.proposeAgenda(principal, params.id) };
  },
});
