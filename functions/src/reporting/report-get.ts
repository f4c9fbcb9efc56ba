import { ReportParams, ReportView, reportGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...reportGetRoute,
  summary: "One owner's report for a period with its goals and indicators, and what the caller may do with it.",
  tag: "Reporting",
  auth: "user",
  params: ReportParams,
  response: ReportView,
  async handle({ principal }, { params, services }) {
    const view = await services.reports.getReport(principal, params.planYearId, params.periodId, params.ownerScopeId);
    return { body: view, etag: view.report.etag };
  },
});
