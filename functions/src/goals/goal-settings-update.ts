import { GoalSettings, GoalSettingsBody, goalSettingsUpdateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalSettingsUpdateRoute,
  summary: "Replaces the goal levels and limit (municipality administrators). If-Match: the version read, `default` before the first save.",
  tag: "Goals",
  auth: "user",
  body: GoalSettingsBody,
  requiresIfMatch: true,
  response: GoalSettings,
  async handle({ principal, tenant }, { body, ifMatch, services }) {
    const settings = await services.goalSettings.updateSettings(principal, tenant, body, ifMatch);
    return { body: settings, etag: settings.etag };
  },
});
