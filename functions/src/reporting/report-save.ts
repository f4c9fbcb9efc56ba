import { Report, ReportParams, reportSaveRoute, SaveReportBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...reportSaveRoute,
  summary: "Saves the report as a draft: goal assessments and indicator outcomes. If-Match: the version read, `new` before the first save.",
  tag: "Reporting",
  auth: "user",
  params: ReportParams,
  body: SaveReportBody,
  requiresIfMatch: true,
  response: Report,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const report = await services.reports.saveReport(principal, params.planYearId, params.periodId, params.ownerScopeId, body, ifMatch);
    return { body: report, etag: report.etag };
  },
});
