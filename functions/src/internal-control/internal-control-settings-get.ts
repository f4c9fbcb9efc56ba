import { InternalControlSettings, internalControlSettingsGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...internalControlSettingsGetRoute,
  summary:
    "The municipality's risk scale (probability and consequence steps with labels, the thresholds of each risk level) and risk categories; the defaults until an administrator saves its own.",
  tag: "Internal control",
  auth: "user",
  response: InternalControlSettings,
  async handle({ principal }, { services }) {
    const settings = await services.internalControlSettings.getSettings(principal);
    return { body: settings, etag: settings.etag };
  },
});
