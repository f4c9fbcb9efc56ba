// The notifications module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type { DeliveryOverview, NotificationSettings, NotificationSettingsBody } from "../index.js";
import { apiRoute } from "../shared/api-route.js";

export const notificationDeliveriesGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof DeliveryOverview>>(
  "notification-deliveries-get",
  "GET",
  "notifications/deliveries",
);
export const notificationSettingsGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof NotificationSettings>>(
  "notification-settings-get",
  "GET",
  "notifications/settings",
);
export const notificationSettingsUpdateRoute = apiRoute<
  undefined,
  undefined,
  z.input<typeof NotificationSettingsBody>,
  z.output<typeof NotificationSettings>
>("notification-settings-update", "PUT", "notifications/settings");
