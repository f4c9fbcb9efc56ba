import { InternalControlSettings, InternalControlSettingsBody, internalControlSettingsUpdateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...internalControlSettingsUpdateRoute,
  summary:
    "Sets the municipality's risk scale and categories (municipality administrators). Steps are numbered 1, 2, 3…; thresholds rise within the scale. If-Match: the version read, `default` before the first save.",
  tag: "Internal control",
  auth: "user",
  body: InternalControlSettingsBody,
  requiresIfMatch: true,
  response: InternalControlSettings,
  async handle({ principal, tenant }, { body, ifMatch, services }) {
    const settings = await services.internalControlSettings.updateSettings(principal, tenant, body, ifMatch);
    return { body: settings, etag: settings.etag };
  },
});
