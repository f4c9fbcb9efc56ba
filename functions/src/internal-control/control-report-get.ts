import { ControlReportView, controlReportGetRoute, PeriodParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...controlReportGetRoute,
  summary: "A control's report for one of its periods, with its actions and the steps the caller may take.",
  tag: "Internal control",
  auth: "user",
  params: PeriodParams,
  response: ControlReportView,
  async handle({ principal }, { params, services }) {
    const view = await services.controlReports.getReport(principal, params.id, params.periodId);
    return { body: view, etag: view.report.etag };
  },
});
