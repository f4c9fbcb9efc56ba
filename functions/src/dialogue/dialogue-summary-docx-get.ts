import { DialogueSummaryQuery, dialogueSummaryDocxGetRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";
import { renderDialogueSummaryDocx } from "./dialogue-summary-docx.js";

export default defineRoute({
  ...dialogueSummaryDocxGetRoute,
  summary:
    "The yearly summary of citizen dialogues to the council as a Word document: activities per ladder step and perspective (chart and table), participation and representativeness, key results, feedback given and the trace to decisions; small groups suppressed.",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  query: DialogueSummaryQuery,
  response: null,
  files: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  successStatus: 200,
  async handle({ principal, tenant }, { params, query, services }) {
    const doc = await services.dialogueSummary.summary(principal, tenant, params.id);
    return {
      file: {
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        body: await renderDialogueSummaryDocx(doc, query.locale ?? tenant.defaultLocale),
        filename: `medborgardialoger-${params.id}.docx`,
      },
    };
  },
});
