import { Indicator, indicatorUpdateRoute, KeyParams, UpdateIndicatorBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...indicatorUpdateRoute,
  summary: "Changes an indicator's definition, range, baseline, target or owner. Requires If-Match.",
  tag: "Goals",
  auth: "user",
  params: KeyParams,
  body: UpdateIndicatorBody,
  requiresIfMatch: true,
  response: Indicator,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const indicator = await services.indicators.updateIndicator(principal, params.id, body, ifMatch);
    return { body: indicator, etag: indicator.etag };
  },
});
