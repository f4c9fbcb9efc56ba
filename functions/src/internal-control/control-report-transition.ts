import { ControlReportView, controlReportTransitionRoute, PeriodParams, TransitionBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...controlReportTransitionRoute,
  summary:
    "One step of a control report's flow, as for goal reports: submit, approve (department head), review (chair) or return with a note. Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: PeriodParams,
  body: TransitionBody,
  requiresIfMatch: true,
  response: ControlReportView,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const view = await services.controlReports.transition(principal, params.id, params.periodId, body, ifMatch);
    return { body: view, etag: view.report.etag };
  },
});
