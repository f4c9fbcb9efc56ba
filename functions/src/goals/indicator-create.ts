import { CreateIndicatorBody, Indicator, indicatorCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...indicatorCreateRoute,
  summary:
    "Adds an indicator to a goal: unit, direction, periodicity, source (manual, Kolada KPI, import), gender split, range, baseline, target.",
  tag: "Goals",
  auth: "user",
  body: CreateIndicatorBody,
  response: Indicator,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const indicator = await services.indicators.createIndicator(principal, body);
    return { body: indicator, etag: indicator.etag };
  },
});
