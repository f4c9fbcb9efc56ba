import { CoordinationBody, CoordinationResult, dialogueCoordinationSaveRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueCoordinationSaveRoute,
  summary:
    "Marks two overlapping activities as coordinated, with the coordinator's note (the quality group). Answers both activities as they now read. The overlap warns; it never blocks.",
  tag: "Dialogue",
  auth: "user",
  body: CoordinationBody,
  response: CoordinationResult,
  async handle({ principal }, { body, services }) {
    return { body: await services.dialoguePlans.coordinate(principal, body) };
  },
});
