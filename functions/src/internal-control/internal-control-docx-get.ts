import { InternalControlDocxQuery, internalControlDocxGetRoute, OwnerYearParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { renderInternalControlDocx } from "./internal-control-docx.js";

export default defineRoute({
  ...internalControlDocxGetRoute,
  summary:
    "A committee's internal-control report as a Word document, for the year or one period (`periodId`): the plan, risks, results with a chart and tables, deviations, actions and the assessments of whether it is sufficient.",
  tag: "Internal control",
  auth: "user",
  params: OwnerYearParams,
  query: InternalControlDocxQuery,
  response: null,
  files: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  successStatus: 200,
  async handle({ principal, tenant }, { params, query, services }) {
    const doc = await services.internalControlReport.reportDocument(principal, tenant, params.id, params.ownerScopeId, query.periodId);
    return {
      file: {
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        body: await renderInternalControlDocx(doc, query.locale ?? tenant.defaultLocale),
        filename: `internkontroll-${params.id}-${params.ownerScopeId}${query.periodId ? `-${query.periodId}` : ""}.docx`,
      },
    };
  },
});
