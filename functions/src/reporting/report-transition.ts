import { Report, ReportParams, reportTransitionRoute, TransitionBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...reportTransitionRoute,
  summary:
    "One step of the report's status flow: submit, approve (department head), review (chair) or return with a note. Requires If-Match.",
  tag: "Reporting",
  auth: "user",
  params: ReportParams,
  body: TransitionBody,
  requiresIfMatch: true,
  response: Report,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const report = await services.reports.transition(principal, params.planYearId, params.periodId, params.ownerScopeId, body, ifMatch);
    return { body: report, etag: report.etag };
  },
});
