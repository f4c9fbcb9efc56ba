import type { Container } from "@azure/cosmos";
import {
  afterFailure,
  type Clock,
  claimDelivery,
  type Delivery,
  DeliveryFailure,
  type DeliveryRun,
  deferred,
  deliveredBy,
  legacyDelivery,
  type Notification,
  type NotificationChannel,
  type NotificationRecipient,
  type Notifier,
  newDelivery,
  perRecipientPerMinute,
  type SentNotification,
  stockholmDate,
} from "@kvalitetskedjan/domain";

interface NotificationDoc extends Omit<SentNotification, "delivery"> {
  readonly id: string;
  readonly tenantId: string;
  readonly type: "notification";
  readonly key: string;
  /** Absent on entries recorded before deliveries were tracked. */
  readonly delivery?: Delivery;
  readonly _etag?: string;
}

export interface OutboxNotifierDeps {
  readonly clock: Clock;
  /** Hands a notification to its recipient (the console locally, Graph in production). */
  readonly channel: NotificationChannel;
  /** The active person a notification is for, or null when there is none. */
  readonly recipient: (tenantId: string, personId: string) => Promise<NotificationRecipient | null>;
  /** Reports what a delivery run could not explain (an unexpected error), with the notification's id. */
  readonly log?: (message: string) => void;
}

/** The notification an entry records, as the port speaks of it. */
const sentOf = (d: NotificationDoc): SentNotification => ({
  id: d.key,
  recipientPersonId: d.recipientPersonId,
  activityType: d.activityType,
  templateParameters: d.templateParameters,
  lines: d.lines,
  href: d.href,
  subjectKeys: d.subjectKeys,
  sentBy: d.sentBy ?? "",
  sentAt: d.sentAt,
  sentOn: d.sentOn,
  delivery: d.delivery ?? legacyDelivery(d.sentAt),
});

const statusOf = (error: unknown): unknown => (error as { code?: unknown }).code;
/** Pending notifications one run takes on; the next run takes the rest. */
const runLimit = 500;

/**
 * The notification ledger: one document per notification, its id the idempotency key, so
 * a second send of the same id is refused by Cosmos itself (409) and reported as a
 * duplicate. Each entry carries its delivery: pending until a channel accepts it. A
 * deliverer first claims an entry with `If-Match` (so two instances never hand on the same
 * one at once), then writes the outcome; what failed for a passing reason is tried again
 * by `deliverPending`, which a timer runs every few minutes.
 */
export function createOutboxNotifier(container: Container, deps: OutboxNotifierDeps): Notifier {
  const { clock, channel, recipient } = deps;
  const log = deps.log ?? ((m: string) => console.warn(m));

  async function deliveredLastMinute(tenantId: string, personId: string, now: Date): Promise<number> {
    const since = new Date(now.getTime() - 60_000).toISOString();
    const { resources } = await container.items
      .query<{ id: string }>(
        {
          query: `SELECT TOP ${perRecipientPerMinute} c.id FROM c WHERE c.tenantId = @tenantId AND c.type = 'notification' AND c.recipientPersonId = @person AND c.delivery.deliveredAt >= @since`,
          parameters: [
            { name: "@tenantId", value: tenantId },
            { name: "@person", value: personId },
            { name: "@since", value: since },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.length;
  }

  /** One attempt at a claimed entry; returns the delivery to record. */
  async function attempt(tenantId: string, doc: NotificationDoc & { delivery: Delivery }, patient: boolean): Promise<Delivery> {
    const now = clock.now();
    try {
      const person = await recipient(tenantId, doc.recipientPersonId);
      if (!person) throw new DeliveryFailure("recipient_unknown", false);
      if ((await deliveredLastMinute(tenantId, person.personId, now)) >= perRecipientPerMinute) return deferred(doc.delivery, now);
      return deliveredBy(doc.delivery, await channel.deliver(tenantId, person, sentOf(doc), { patient }), clock.now());
    } catch (error) {
      if (error instanceof DeliveryFailure) return afterFailure(doc.delivery, error, clock.now());
      log(`[notification] delivery of ${doc.key} failed unexpectedly: ${(error as Error).message}`);
      return afterFailure(doc.delivery, new DeliveryFailure("delivery_error", true), clock.now());
    }
  }

  /** Writes the outcome over the claimed entry; a lost race means another deliverer took over. */
  async function record(tenantId: string, doc: NotificationDoc, etag: string, delivery: Delivery): Promise<void> {
    const { _etag: _e, ...rest } = doc;
    try {
      await container.item(doc.id, tenantId).replace({ ...rest, delivery }, { accessCondition: { type: "IfMatch", condition: etag } });
    } catch (error) {
      if (statusOf(error) !== 412) throw error;
    }
  }

  async function claim(tenantId: string, doc: NotificationDoc & { delivery: Delivery }) {
    const claimed = { ...doc, delivery: claimDelivery(doc.delivery, clock.now()) };
    const { _etag: _e, ...body } = claimed;
    try {
      const { resource } = await container
        .item(doc.id, tenantId)
        .replace(body, { accessCondition: { type: "IfMatch", condition: doc._etag ?? "" } });
      return resource ? { doc: claimed, etag: resource._etag } : null;
    } catch (error) {
      if (statusOf(error) === 412) return null;
      throw error;
    }
  }

  return {
    async send(tenantId, n: Notification) {
      const at = clock.now();
      const doc = {
        ...n,
        id: `notification:${n.id}`,
        key: n.id,
        tenantId,
        type: "notification" as const,
        sentAt: at.toISOString(),
        sentOn: stockholmDate(at),
        delivery: claimDelivery(newDelivery(at), at),
      };
      let etag: string;
      try {
        const { resource } = await container.items.create(doc);
        etag = resource?._etag ?? "";
      } catch (error) {
        if (statusOf(error) === 409) return "duplicate";
        throw error;
      }
      await record(tenantId, doc, etag, await attempt(tenantId, doc, false));
      return "sent";
    },

    async deliverPending(tenantId): Promise<DeliveryRun> {
      const { resources } = await container.items
        .query<NotificationDoc & { delivery: Delivery }>(
          {
            query: `SELECT TOP ${runLimit} * FROM c WHERE c.tenantId = @tenantId AND c.type = 'notification' AND c.delivery.state = 'pending' AND c.delivery.nextAttemptAt <= @now ORDER BY c.delivery.nextAttemptAt`,
            parameters: [
              { name: "@tenantId", value: tenantId },
              { name: "@now", value: clock.now().toISOString() },
            ],
          },
          { partitionKey: tenantId },
        )
        .fetchAll();
      const run = { delivered: 0, pending: 0, failed: 0 };
      for (const due of resources.filter((d) => d.tenantId === tenantId)) {
        const claimed = await claim(tenantId, due);
        if (!claimed) continue;
        const outcome = await attempt(tenantId, claimed.doc, true);
        await record(tenantId, claimed.doc, claimed.etag, outcome);
        run[outcome.state]++;
      }
      return run;
    },

    async sentSubjectKeys(tenantId, activityTypes) {
      const { resources } = await container.items
        .query<{ tenantId: string; subjectKeys: string[] }>(
          {
            query:
              "SELECT c.tenantId, c.subjectKeys FROM c WHERE c.tenantId = @tenantId AND c.type = 'notification' AND ARRAY_CONTAINS(@types, c.activityType)",
            parameters: [
              { name: "@tenantId", value: tenantId },
              { name: "@types", value: [...activityTypes] },
            ],
          },
          { partitionKey: tenantId, maxItemCount: 5000 },
        )
        .fetchAll();
      return new Set(resources.filter((d) => d.tenantId === tenantId).flatMap((d) => d.subjectKeys));
    },

    async listSent(tenantId, { since, recipientPersonId }) {
      const byPerson = recipientPersonId === undefined ? "" : " AND c.recipientPersonId = @person";
      const { resources } = await container.items
        .query<NotificationDoc>(
          {
            query: `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'notification' AND c.sentOn >= @since${byPerson} ORDER BY c.sentAt DESC`,
            parameters: [
              { name: "@tenantId", value: tenantId },
              { name: "@since", value: since },
              ...(recipientPersonId === undefined ? [] : [{ name: "@person", value: recipientPersonId }]),
            ],
          },
          { partitionKey: tenantId, maxItemCount: 1000 },
        )
        .fetchAll();
      return resources.filter((d) => d.tenantId === tenantId).map(sentOf);
    },
  };
}
