import {
  internalControlOversightAssessRoute,
  OversightAssessment,
  OversightAssessmentBody,
  OwnerYearParams,
} from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...internalControlOversightAssessRoute,
  summary:
    "Records the executive board's yearly assessment of a committee's internal control (sufficient or not, with reasons) as its decision. If-Match: the assessment's version, `new` before the first.",
  tag: "Internal control",
  auth: "user",
  params: OwnerYearParams,
  body: OversightAssessmentBody,
  requiresIfMatch: true,
  response: OversightAssessment,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const assessment = await services.oversight.assess(principal, params.id, params.ownerScopeId, body, ifMatch);
    return { body: assessment, etag: assessment.etag };
  },
});
