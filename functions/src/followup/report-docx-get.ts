import { DocxReportQuery, PeriodParams, reportDocxGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { renderReportDocx } from "./report-docx.js";

export default defineRoute({
  ...reportDocxGetRoute,
  summary:
    "The goal section of the period's report as a Word document, for one committee (`scopeId`) or the whole municipality: approved results, tables and charts with alt text.",
  tag: "Reporting",
  auth: "user",
  params: PeriodParams,
  query: DocxReportQuery,
  response: null,
  files: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  successStatus: 200,
  async handle({ principal, tenant }, { params, query, services }) {
    const doc = await services.reportDocument.reportDocument(principal, tenant, params.id, params.periodId, query.scopeId);
    const locale = query.locale ?? tenant.defaultLocale;
    return {
      file: {
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        body: await renderReportDocx(doc, locale),
        filename: `malavsnitt-${params.id}-${params.periodId}-${query.scopeId ?? "kommunen"}.docx`,
      },
    };
  },
});
