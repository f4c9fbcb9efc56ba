import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of the notifications module: notification settings and deliveries. */
export const notificationsSamples = (_t: Targets): Record<string, SampleRequest> => ({
  "notification-settings-get": { method: "GET", path: "/api/notifications/settings", write: false },
  "notification-settings-update": {
    method: "PUT",
    path: "/api/notifications/settings",
    body: { mailSender: "kvalitet@example.se" },
    ifMatch: true,
    write: true,
  },
  "notification-deliveries-get": { method: "GET", path: "/api/notifications/deliveries", write: false },
});
