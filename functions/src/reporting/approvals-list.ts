import { ApprovalQueue, approvalsListRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...approvalsListRoute,
  summary: "Reports waiting for the caller: to approve as department head, to review as chair.",
  tag: "Reporting",
  auth: "user",
  response: ApprovalQueue,
  async handle({ principal }, { services }) {
    return { body: await services.myReports.approvals(principal) };
  },
});
