import { GoalSettings, goalSettingsGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...goalSettingsGetRoute,
  summary: "The municipality's goal levels and the most goals one unit should have in a year.",
  tag: "Goals",
  auth: "user",
  response: GoalSettings,
  async handle({ principal }, { services }) {
    const settings = await services.goalSettings.getSettings(principal);
    return { body: settings, etag: settings.etag };
  },
});
