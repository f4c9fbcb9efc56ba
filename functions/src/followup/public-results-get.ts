import { PublicResults, PublicResultsParams, PublicResultsQuery, publicResultsGetRoute } from "@kvalitetskedjan/domain";
import { publicResultsCsv } from "../platform/http/open-data.js";
import { publicHeaders } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...publicResultsGetRoute,
  summary:
    "Open data, no sign-in: a municipality's approved results for a plan year as JSON or CSV (`format`, `dataset`). Only when the municipality publishes them; no personal data.",
  tag: "Open data",
  auth: "anonymous",
  params: PublicResultsParams,
  query: PublicResultsQuery,
  response: PublicResults,
  files: ["text/csv"],
  async handle(_caller, { params, query, services }) {
    const results = await services.publicResults.publicResults(params.tenantId, query.planYear);
    if (query.format === "csv") {
      return {
        file: {
          contentType: "text/csv; charset=utf-8",
          body: publicResultsCsv(results, query.dataset),
          filename: `resultat-${results.planYear}-${query.dataset}.csv`,
        },
        headers: publicHeaders,
      };
    }
    return { body: results, headers: publicHeaders };
  },
});
