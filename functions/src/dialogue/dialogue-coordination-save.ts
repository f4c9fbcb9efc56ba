import { CoordinationBody, CoordinationResult, dialogueCoordinationSaveRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueCoordinationSaveRoute,
  summary:
    "Marks two overlapping activities as coordinated, with the coordinator's note (the quality group). Answers both activities as they now read. The overlap warns; it never blocks. If-Match: `new` for a pair not yet coordinated, the pair's `coordinated.etag` to change its note.",
  tag: "Dialogue",
  auth: "user",
  body: CoordinationBody,
  requiresIfMatch: true,
  response: CoordinationResult,
  async handle({ principal }, { body, ifMatch, services }) {
    return { body: await services.dialoguePlans.coordinate(principal, body, ifMatch) };
  },
});
