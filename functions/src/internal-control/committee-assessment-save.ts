import { committeeAssessmentSaveRoute, OversightAssessment, OversightAssessmentBody, OwnerYearParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...committeeAssessmentSaveRoute,
  summary:
    "Records the committee's own assessment of the year's internal control — sufficient, partly or not, with reasons — as its decision (chairs and internal-control coordinators). If-Match: the assessment's version, `new` before the first.",
  tag: "Internal control",
  auth: "user",
  params: OwnerYearParams,
  body: OversightAssessmentBody,
  requiresIfMatch: true,
  response: OversightAssessment,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const assessment = await services.controlPlans.assessCommittee(principal, params.id, params.ownerScopeId, body, ifMatch);
    return { body: assessment, etag: assessment.etag };
  },
});
