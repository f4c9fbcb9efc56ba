import { DialogueTrace, DialogueTraceQuery, dialogueTraceGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueTraceGetRoute,
  summary:
    "From dialogue to decision: the activities planned to feed a decision (budget 2027) or whose results informed it, with what was heard (participants as published) and the feedback given.",
  tag: "Dialogue",
  auth: "user",
  query: DialogueTraceQuery,
  response: DialogueTrace,
  async handle({ principal }, { query, services }) {
    return { body: await services.dialogueTrace.traceDecision(principal, query.decisionKey) };
  },
});
