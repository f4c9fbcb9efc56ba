import { DeliveryOverview, notificationDeliveriesGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...notificationDeliveriesGetRoute,
  summary:
    "The last 30 days' notifications: how many reached people by Teams, mail or the outbox, and each one not delivered (municipality administrators).",
  tag: "Notifications",
  auth: "user",
  response: DeliveryOverview,
  async handle({ principal, tenant }, { services }) {
    return { body: await services.notifications.deliveries(principal, tenant) };
  },
});
