import { ActivityDetail, dialogueResultsSaveRoute, KeyParams, ResultsBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueResultsSaveRoute,
  summary:
    "Saves an activity's results as entered: participants with breakdowns by gender, age band and district (none larger than the total), questions on the 2-4-6-8 scale (overall and per group), the summary, themes and what they informed (goals, indicators, decisions). Answers them as published. If-Match: the results' etag, `new` before the first save.",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  body: ResultsBody,
  requiresIfMatch: true,
  response: ActivityDetail,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const detail = await services.dialogueResults.saveResults(principal, params.id, body, ifMatch);
    return { body: detail, etag: detail.resultsEtag };
  },
});
