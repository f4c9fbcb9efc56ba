import { PublicDialogues, PublicDialoguesParams, PublicDialoguesQuery, publicDialoguesGetRoute } from "@kvalitetskedjan/domain";
import { publicDialoguesCsv } from "../platform/http/open-data.js";
import { publicHeaders } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...publicDialoguesGetRoute,
  summary:
    "Open data, no sign-in: a municipality's dialogue plan for a year as JSON or CSV (`format`, `dataset`): each activity's promise, its results with every group of fewer than 5 suppressed, and the feedback given. Only when the municipality publishes it; no person named.",
  tag: "Open data",
  auth: "anonymous",
  params: PublicDialoguesParams,
  query: PublicDialoguesQuery,
  response: PublicDialogues,
  files: ["text/csv"],
  async handle(_caller, { params, query, services }) {
    const data = await services.publicDialogues.publicDialogues(params.tenantId, query.planYear);
    if (query.format === "csv") {
      return {
        file: {
          contentType: "text/csv; charset=utf-8",
          body: publicDialoguesCsv(data, query.dataset),
          filename: `dialoger-${data.planYear}-${query.dataset}.csv`,
        },
        headers: publicHeaders,
      };
    }
    return { body: data, headers: publicHeaders };
  },
});
