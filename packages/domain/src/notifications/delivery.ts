import type { Delivery, DeliveryChannel, DeliveryFailure } from "./notifier.js";

/** At most this many notifications reach one person in a minute (QUALITY-BAR 15); the rest wait. */
export const perRecipientPerMinute = 10;
/** After this many failed attempts a notification is given up as failed. */
export const maxDeliveryAttempts = 8;
/** How long one deliverer holds a notification before another may try it (a crash mid-delivery). */
export const deliveryLeaseSeconds = 10 * 60;
/** Minutes to wait after the n-th failed attempt (1-based): about a day in all. */
const backoffMinutes = [1, 5, 15, 60, 180, 360, 720] as const;

const plusSeconds = (at: Date, seconds: number): string => new Date(at.getTime() + seconds * 1000).toISOString();

/** A notification just recorded: pending, and held by the one recording it until the lease runs out. */
export function newDelivery(now: Date): Delivery {
  return {
    state: "pending",
    channel: null,
    attempts: 0,
    lastError: null,
    nextAttemptAt: plusSeconds(now, deliveryLeaseSeconds),
    deliveredAt: null,
  };
}

/** Taken by a deliverer: one more attempt, and nobody else tries until the lease runs out. */
export function claimDelivery(d: Delivery, now: Date): Delivery {
  return { ...d, attempts: d.attempts + 1, nextAttemptAt: plusSeconds(now, deliveryLeaseSeconds) };
}

export function deliveredBy(d: Delivery, channel: DeliveryChannel, now: Date): Delivery {
  return { ...d, state: "delivered", channel, lastError: null, nextAttemptAt: null, deliveredAt: now.toISOString() };
}

/**
 * After a failed attempt: a permanent failure, or the last allowed attempt, fails the
 * notification; otherwise it waits the back-off, or longer when the service said so.
 */
export function afterFailure(d: Delivery, failure: Pick<DeliveryFailure, "code" | "retryable" | "retryAfterSeconds">, now: Date): Delivery {
  if (!failure.retryable || d.attempts >= maxDeliveryAttempts) {
    return { ...d, state: "failed", lastError: failure.code, nextAttemptAt: null };
  }
  const backoff = (backoffMinutes[Math.min(d.attempts, backoffMinutes.length) - 1] ?? 1) * 60;
  return { ...d, lastError: failure.code, nextAttemptAt: plusSeconds(now, Math.max(backoff, failure.retryAfterSeconds ?? 0)) };
}

/** Held back by the per-person limit: not an attempt, tried again in a minute. */
export function deferred(d: Delivery, now: Date): Delivery {
  return { ...d, attempts: Math.max(0, d.attempts - 1), lastError: "recipient_rate_limited", nextAttemptAt: plusSeconds(now, 60) };
}

/** A ledger entry written before deliveries were tracked was handed on when it was recorded. */
export function legacyDelivery(sentAt: string): Delivery {
  return { state: "delivered", channel: "outbox", attempts: 1, lastError: null, nextAttemptAt: null, deliveredAt: sentAt };
}
