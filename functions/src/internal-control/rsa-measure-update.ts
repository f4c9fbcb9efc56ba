import { KeyParams, RsaMeasure, rsaMeasureUpdateRoute, UpdateRsaMeasureBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...rsaMeasureUpdateRoute,
  summary: "Changes a measure: its owner reports its status; the RSA's editors may re-plan it. Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  body: UpdateRsaMeasureBody,
  requiresIfMatch: true,
  response: RsaMeasure,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const measure = await services.rsa.updateMeasure(principal, params.id, body, ifMatch);
    return { body: measure, etag: measure.etag };
  },
});
