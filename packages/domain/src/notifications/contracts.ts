import { z } from "zod";

export const NotificationSettingsBody = z.strictObject({
  /**
   * The municipality's mailbox reminders are mailed from to people without the Teams app
   * (a shared mailbox the app may send as); null sends no mail.
   */
  mailSender: z.email().max(254).nullable(),
});
export type NotificationSettingsBody = z.infer<typeof NotificationSettingsBody>;

export const NotificationSettings = NotificationSettingsBody.extend({
  /** `default` until the first save: send it as `If-Match` then. */
  etag: z.string(),
});
export type NotificationSettings = z.infer<typeof NotificationSettings>;

export const DeliveryStateName = z.enum(["pending", "delivered", "failed"]);

/** How the last 30 days' notifications reached people, and which did not. */
export const DeliveryOverview = z.object({
  since: z.string(),
  counts: z.object({
    activityFeed: z.number().int(),
    mail: z.number().int(),
    outbox: z.number().int(),
    pending: z.number().int(),
    failed: z.number().int(),
  }),
  /** The notifications not delivered (pending or failed), newest first, at most 100. */
  undelivered: z.array(
    z.object({
      id: z.string(),
      recipientName: z.string(),
      sentAt: z.string(),
      state: DeliveryStateName,
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      nextAttemptAt: z.string().nullable(),
      summary: z.string(),
    }),
  ),
});
export type DeliveryOverview = z.infer<typeof DeliveryOverview>;
