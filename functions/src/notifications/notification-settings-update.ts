import { NotificationSettings, NotificationSettingsBody, notificationSettingsUpdateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...notificationSettingsUpdateRoute,
  summary:
    "Sets the mailbox reminders are mailed from, or none (municipality administrators). If-Match: the version read, `new` before the first save.",
  tag: "Notifications",
  auth: "user",
  body: NotificationSettingsBody,
  requiresIfMatch: true,
  response: NotificationSettings,
  async handle({ principal, tenant }, { body, ifMatch, services }) {
    const settings = await services.notifications.updateSettings(principal, tenant, body, ifMatch);
    return { body: settings, etag: settings.etag };
  },
});
