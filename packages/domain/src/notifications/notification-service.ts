import type { DirectoryRepository, TenantRecord } from "../directory/directory-repository.js";
import { addDays, stockholmDate } from "../shared/dates.js";
import { type Principal, requireMunicipalityAdministrator } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import type { Clock } from "../shared/store.js";
import type { DeliveryOverview, NotificationSettings, NotificationSettingsBody } from "./contracts.js";
import { type Notifier, renderActivityText } from "./notifier.js";

interface Deps {
  readonly directory: DirectoryRepository;
  readonly notifier: Notifier;
  readonly clock: Clock;
}

/** How far back the delivery overview looks. */
const overviewDays = 30;
const undeliveredShown = 100;

/** The mailbox reminders are mailed from, or null: what the Graph channel asks for each mail. */
export async function readMailSender(directory: Pick<DirectoryRepository, "findNotificationSettings">, tenantId: string) {
  return (await directory.findNotificationSettings(tenantId))?.mailSender ?? null;
}

/** The municipality's notification settings and the administrators' view of how notifications were delivered. */
export function createNotificationService({ directory, notifier, clock }: Deps) {
  return {
    async getSettings(p: Principal, tenant: TenantRecord): Promise<NotificationSettings> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "notifications.settings");
      const stored = await directory.findNotificationSettings(p.tenantId);
      return { mailSender: stored?.mailSender ?? null, etag: stored?.etag ?? newRecordEtag };
    },

    /** Saves the mailbox; `etag` is the version read (`new` before the first save). Audited. */
    async updateSettings(p: Principal, tenant: TenantRecord, body: NotificationSettingsBody, etag: string): Promise<NotificationSettings> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "notifications.settings");
      const stored = await directory.findNotificationSettings(p.tenantId);
      assertVersion(stored, etag);
      const data = { id: "current", mailSender: body.mailSender };
      const audit = { userId: p.userId, action: "notificationSettings.update" };
      const saved = stored
        ? await directory.replace(p.tenantId, "notificationSettings", stored, data, etag, audit)
        : await directory.create(p.tenantId, "notificationSettings", data, audit);
      return { mailSender: saved.mailSender, etag: saved.etag };
    },

    /** The last 30 days: how many reached people by which channel, and every one that has not (yet). */
    async deliveries(p: Principal, tenant: TenantRecord): Promise<DeliveryOverview> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "notifications.deliveries");
      const since = addDays(stockholmDate(clock.now()), -overviewDays);
      const sent = await notifier.listSent(p.tenantId, { since });
      const counts = { activityFeed: 0, mail: 0, outbox: 0, pending: 0, failed: 0 };
      for (const n of sent) {
        if (n.delivery.state === "delivered" && n.delivery.channel) counts[n.delivery.channel]++;
        else if (n.delivery.state !== "delivered") counts[n.delivery.state]++;
      }
      const undelivered = sent.filter((n) => n.delivery.state !== "delivered").slice(0, undeliveredShown);
      const ids = [...new Set(undelivered.map((n) => n.recipientPersonId))];
      const found = await Promise.all(ids.map((id) => directory.findPerson(p.tenantId, id)));
      const people = new Map(found.flatMap((person) => (person ? [[person.id, person.name] as const] : [])));
      return {
        since,
        counts,
        undelivered: undelivered.map((n) => ({
          id: n.id,
          recipientName: people.get(n.recipientPersonId) ?? n.recipientPersonId,
          sentAt: n.sentAt,
          state: n.delivery.state,
          attempts: n.delivery.attempts,
          lastError: n.delivery.lastError,
          nextAttemptAt: n.delivery.nextAttemptAt,
          summary: renderActivityText(n),
        })),
      };
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
