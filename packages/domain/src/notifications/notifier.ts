/**
 * A message to one person: the Teams activity feed in production (mail where the app is
 * not installed), a local outbox by default. `id` is the idempotency key: sending the same
 * id twice records and delivers once (QUALITY-BAR 12).
 */
export interface Notification {
  readonly id: string;
  readonly recipientPersonId: string;
  /** One of the manifest's activity types (`activityTemplates`). */
  readonly activityType: ActivityType;
  /** The manifest template's parameters, e.g. `reportName` and `dueDate`. */
  readonly templateParameters: Readonly<Record<string, string>>;
  /** The message in the municipality's language, one line an item. */
  readonly lines: readonly string[];
  /** Where the message leads, inside the app (a tab route such as `#/report/…`). */
  readonly href: string;
  /** What it is about: `{planYearId}.{periodId}.{ownerScopeId}` for a report. */
  readonly subjectKeys: readonly string[];
  /** Who caused it: the coordinator's user id, or the job (`system:…`). Kept in the ledger (QUALITY-BAR 10). */
  readonly sentBy: string;
}

/**
 * The activity types the Teams manifest declares, with the Swedish template text it
 * declares for each: a mail fallback says the same as the feed. The manifest test checks
 * the two agree (QUALITY-BAR 15).
 */
export const activityTemplates = {
  reportDue: "{reportName} ska rapporteras senast {dueDate}",
  documentRevisionDue: "{documentName} gäller till {validUntil}",
  documentExpired: "{documentName} gick ut {validUntil}",
  internalControlOverdue: "{itemName} är försenad sedan {dueDate}",
  dialogueFeedbackDue: "Återkoppla {activityName} senast {dueDate}",
} as const;
export type ActivityType = keyof typeof activityTemplates;

/** The template text of `n`'s activity type with its parameters filled in. */
export function renderActivityText(n: Pick<Notification, "activityType" | "templateParameters">): string {
  return activityTemplates[n.activityType].replace(/\{(\w+)\}/g, (whole, name: string) => n.templateParameters[name] ?? whole);
}

/** Where a notification reached its recipient. */
export type DeliveryChannel = "activityFeed" | "mail" | "outbox";
/** `pending` until a channel accepts it; `failed` when it cannot be delivered at all. */
export type DeliveryState = "pending" | "delivered" | "failed";

export interface Delivery {
  readonly state: DeliveryState;
  readonly channel: DeliveryChannel | null;
  readonly attempts: number;
  /** The stable code of the last failure (`graph_throttled`, `no_mail_sender`, …). */
  readonly lastError: string | null;
  readonly nextAttemptAt: string | null;
  readonly deliveredAt: string | null;
}

export interface SentNotification extends Notification {
  readonly sentAt: string;
  /** The Stockholm date it was sent on. */
  readonly sentOn: string;
  readonly delivery: Delivery;
}

export interface DeliveryRun {
  readonly delivered: number;
  readonly pending: number;
  readonly failed: number;
}

export interface Notifier {
  /**
   * Records `n` in the ledger unless one with its id was recorded before, then tries once
   * to deliver it; what is not delivered stays pending for `deliverPending`.
   */
  send(tenantId: string, n: Notification): Promise<"sent" | "duplicate">;
  /** Delivers the tenant's pending notifications whose next attempt is due. */
  deliverPending(tenantId: string): Promise<DeliveryRun>;
  /**
   * Every subject key ever sent with one of `activityTypes`: the ledger of alerts, so an
   * alert already sent, however long ago, is never sent again.
   */
  sentSubjectKeys(tenantId: string, activityTypes: readonly ActivityType[]): Promise<ReadonlySet<string>>;
  /** What was sent on or after `since` (a Stockholm date), optionally to one person, newest first. */
  listSent(tenantId: string, filter: { since: string; recipientPersonId?: string }): Promise<SentNotification[]>;
}

/** Who a notification goes to, as the directory knows them. */
export interface NotificationRecipient {
  readonly personId: string;
  readonly name: string;
  readonly mail: string;
}

/**
 * Why a channel could not deliver. `retryable` failures (throttling, outages) are tried
 * again later, no sooner than `retryAfterSeconds`; the others (no such user, no mailbox to
 * send from) fail the notification at once.
 */
export class DeliveryFailure extends Error {
  constructor(
    readonly code: string,
    readonly retryable: boolean,
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = "DeliveryFailure";
  }
}

/**
 * Hands one notification to the outside world: the Teams activity feed, mail, or the
 * console. `patient` says whether the caller may wait out throttling (a timer) or not (a
 * click, which leaves a throttled notification pending for the timer).
 */
export interface NotificationChannel {
  deliver(
    tenantId: string,
    recipient: NotificationRecipient,
    n: Notification,
    options: { readonly patient: boolean },
  ): Promise<DeliveryChannel>;
}
