import { DialogueSettings, dialogueSettingsGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueSettingsGetRoute,
  summary:
    "The municipality's settings for dialogue planning: methods, districts, age bands, the target groups' taxonomy (with population where known), the decisions dialogues feed, the overlap window, the days to feedback and whether the public page shows the plan. Defaults before the first save (etag `default`).",
  tag: "Dialogue",
  auth: "user",
  response: DialogueSettings,
  async handle({ principal }, { services }) {
    const settings = await services.dialogueSettings.getSettings(principal);
    return { body: settings, etag: settings.etag };
  },
});
