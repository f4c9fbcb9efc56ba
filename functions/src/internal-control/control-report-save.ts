import { ControlReportBody, ControlReportView, controlReportSaveRoute, PeriodParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...controlReportSaveRoute,
  summary:
    "Saves a control's result for a period as a draft: what was examined, sample size, errors found, the result and an analysis (required for a deviation). If-Match: the report's version, `new` before the first save.",
  tag: "Internal control",
  auth: "user",
  params: PeriodParams,
  body: ControlReportBody,
  requiresIfMatch: true,
  response: ControlReportView,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const view = await services.controlReports.saveReport(principal, params.id, params.periodId, body, ifMatch);
    return { body: view, etag: view.report.etag };
  },
});
