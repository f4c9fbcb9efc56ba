import { defineModule } from "../platform/module.js";
import notificationDeliveriesGet from "./notification-deliveries-get.js";
import notificationDeliveryTimer from "./notification-delivery-timer.js";
import notificationSettingsGet from "./notification-settings-get.js";
import notificationSettingsUpdate from "./notification-settings-update.js";

/** How reminders are delivered, and the delivery ledger. */
export const notificationsModule = defineModule({
  name: "notifications",
  routes: [notificationDeliveriesGet, notificationSettingsGet, notificationSettingsUpdate],
  timers: [notificationDeliveryTimer],
  containers: ["notifications"],
});
