import { ReportParams, ReportView, reportSubmitRoute, SaveReportBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...reportSubmitRoute,
  summary:
    "Saves the report's assessments and outcomes and submits it, in one step; answers the form as it now stands. If-Match: the version read, `new` before the first save.",
  tag: "Reporting",
  auth: "user",
  params: ReportParams,
  body: SaveReportBody,
  requiresIfMatch: true,
  response: ReportView,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const view = await services.reports.submit(principal, params.planYearId, params.periodId, params.ownerScopeId, body, ifMatch);
    return { body: view, etag: view.report.etag };
  },
});
