import type { NotificationChannel } from "@kvalitetskedjan/domain";

/** The local outbox: a notification is "delivered" as one line on the console, and shown in the app. */
export function createLogChannel(log: (line: string) => void): NotificationChannel {
  return {
    async deliver(tenantId, recipient, n) {
      log(`[outbox] ${n.activityType} tenant=${tenantId} to=${recipient.name} <${recipient.mail}>: ${n.lines.join(" | ")}`);
      return "outbox";
    },
  };
}
