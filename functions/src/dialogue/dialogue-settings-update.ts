import { DialogueSettings, DialogueSettingsBody, dialogueSettingsUpdateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueSettingsUpdateRoute,
  summary:
    "Sets the dialogue settings (the quality group: dialogue coordinators on the municipality or the executive board, and administrators). Parents, districts and age bands a group names must exist; no group below itself. If-Match: the version read, `default` before the first save.",
  tag: "Dialogue",
  auth: "user",
  body: DialogueSettingsBody,
  requiresIfMatch: true,
  response: DialogueSettings,
  async handle({ principal, tenant }, { body, ifMatch, services }) {
    const settings = await services.dialogueSettings.updateSettings(principal, tenant, body, ifMatch);
    return { body: settings, etag: settings.etag };
  },
});
