import { NotificationSettings, notificationSettingsGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...notificationSettingsGetRoute,
  summary: "The mailbox reminders are mailed from to people without the Teams app (municipality administrators).",
  tag: "Notifications",
  auth: "user",
  response: NotificationSettings,
  async handle({ principal, tenant }, { services }) {
    const settings = await services.notifications.getSettings(principal, tenant);
    return { body: settings, etag: settings.etag };
  },
});
