import type { Container } from "@azure/cosmos";
import { type Clock, type Notification, type Notifier, type SentNotification, stockholmDate } from "@kvalitetskedjan/domain";

interface NotificationDoc extends SentNotification {
  readonly tenantId: string;
  readonly type: "notification";
  readonly key: string;
}

const isConflict = (error: unknown): boolean => (error as { code?: unknown }).code === 409;

/**
 * The notification ledger and local outbox: one document per notification, its id the
 * idempotency key, so a second send of the same id is refused by Cosmos itself (409) and
 * reported as a duplicate. `deliver` hands a new notification on (the console locally);
 * the ledger is what the app shows and what "reminded on" is read from.
 */
export function createOutboxNotifier(container: Container, clock: Clock, deliver: (tenantId: string, n: Notification) => void): Notifier {
  return {
    async send(tenantId, n) {
      const at = clock.now();
      const doc: NotificationDoc & { id: string } = {
        ...n,
        id: `notification:${n.id}`,
        key: n.id,
        tenantId,
        type: "notification",
        sentAt: at.toISOString(),
        sentOn: stockholmDate(at),
      };
      try {
        await container.items.create(doc);
      } catch (error) {
        if (isConflict(error)) return "duplicate";
        throw error;
      }
      deliver(tenantId, n);
      return "sent";
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
      return resources
        .filter((d) => d.tenantId === tenantId)
        .map((d) => ({
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
        }));
    },
  };
}
