/**
 * A message to one person: the Teams activity feed in production (mail where the app is
 * not installed), a local outbox by default. `id` is the idempotency key: sending the same
 * id twice delivers once (QUALITY-BAR 12).
 */
export interface Notification {
  readonly id: string;
  readonly recipientPersonId: string;
  /** One of the manifest's activity types. */
  readonly activityType: "reportDue";
  /** The manifest template's parameters, e.g. `reportName` and `dueDate`. */
  readonly templateParameters: Readonly<Record<string, string>>;
  /** The message in the municipality's language, one line an item. */
  readonly lines: readonly string[];
  /** Where the message leads, inside the app. */
  readonly href: string;
  /** What it is about: `{planYearId}.{periodId}.{ownerScopeId}` for a report. */
  readonly subjectKeys: readonly string[];
  /** Who caused it: the coordinator's user id, or the job (`system:…`). Kept in the ledger (QUALITY-BAR 10). */
  readonly sentBy: string;
}

export interface SentNotification extends Notification {
  readonly sentAt: string;
  /** The Stockholm date it was sent on. */
  readonly sentOn: string;
}

export interface Notifier {
  /** Delivers `n` unless one with its id was delivered before. */
  send(tenantId: string, n: Notification): Promise<"sent" | "duplicate">;
  /** What was sent on or after `since` (a Stockholm date), optionally to one person, newest first. */
  listSent(tenantId: string, filter: { since: string; recipientPersonId?: string }): Promise<SentNotification[]>;
}
