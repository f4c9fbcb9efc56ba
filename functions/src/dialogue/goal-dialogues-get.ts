import { DialogueTrace, goalDialoguesGetRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalDialoguesGetRoute,
  summary:
    "The dialogues behind a goal: activities planned for it or whose results informed it, with what was heard and fed back (the goal's detail shows them).",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  response: DialogueTrace,
  async handle({ principal }, { params, services }) {
    return { body: await services.dialogueTrace.traceGoal(principal, params.id) };
  },
});
