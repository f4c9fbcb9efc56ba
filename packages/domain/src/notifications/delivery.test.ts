import { describe, expect, it } from "vitest";
import { afterFailure, claimDelivery, deferred, deliveredBy, deliveryLeaseSeconds, maxDeliveryAttempts, newDelivery } from "./delivery.js";
import { DeliveryFailure } from "./notifier.js";

const now = new Date("2026-11-23T06:00:00.000Z");
const inSeconds = (iso: string | null) => (iso === null ? null : (Date.parse(iso) - now.getTime()) / 1000);

describe("delivery of a notification", () => {
  it("starts pending and held by whoever recorded it", () => {
    const d = newDelivery(now);
    expect(d).toMatchObject({ state: "pending", attempts: 0, channel: null });
    expect(inSeconds(d.nextAttemptAt)).toBe(deliveryLeaseSeconds);
  });

  it("counts an attempt when claimed and clears the schedule when delivered", () => {
    const claimed = claimDelivery(newDelivery(now), now);
    expect(claimed.attempts).toBe(1);
    const done = deliveredBy(claimed, "mail", now);
    expect(done).toMatchObject({ state: "delivered", channel: "mail", nextAttemptAt: null, deliveredAt: now.toISOString(), attempts: 1 });
  });

  it("backs off after a retryable failure, longer each time", () => {
    const throttled = new DeliveryFailure("graph_throttled", true);
    let d = claimDelivery(newDelivery(now), now);
    const waits: (number | null)[] = [];
    for (let i = 0; i < 4; i++) {
      d = afterFailure(d, throttled, now);
      waits.push(inSeconds(d.nextAttemptAt));
      d = claimDelivery(d, now);
    }
    expect(waits).toEqual([60, 300, 900, 3600]);
    expect(d.state).toBe("pending");
    expect(d.lastError).toBe("graph_throttled");
  });

  it("waits at least as long as the service asked", () => {
    const d = afterFailure(claimDelivery(newDelivery(now), now), new DeliveryFailure("graph_throttled", true, 600), now);
    expect(inSeconds(d.nextAttemptAt)).toBe(600);
  });

  it("fails at once on a permanent failure", () => {
    const d = afterFailure(claimDelivery(newDelivery(now), now), new DeliveryFailure("no_mail_sender", false), now);
    expect(d).toMatchObject({ state: "failed", lastError: "no_mail_sender", nextAttemptAt: null });
  });

  it("gives up after the last allowed attempt", () => {
    let d = newDelivery(now);
    for (let i = 0; i < maxDeliveryAttempts; i++)
      d = afterFailure(claimDelivery(d, now), new DeliveryFailure("graph_unavailable", true), now);
    expect(d).toMatchObject({ state: "failed", attempts: maxDeliveryAttempts, lastError: "graph_unavailable" });
  });

  it("does not count a hold-back by the per-person limit as an attempt", () => {
    const d = deferred(claimDelivery(newDelivery(now), now), now);
    expect(d).toMatchObject({ state: "pending", attempts: 0, lastError: "recipient_rate_limited" });
    expect(inSeconds(d.nextAttemptAt)).toBe(60);
  });
});

describe("activity templates", () => {
  it("fill the manifest's template with the notification's parameters", async () => {
    const { renderActivityText } = await import("./notifier.js");
    expect(renderActivityText({ activityType: "reportDue", templateParameters: { reportName: "Delår 1", dueDate: "2026-05-14" } })).toBe(
      "Delår 1 ska rapporteras senast 2026-05-14",
    );
    expect(renderActivityText({ activityType: "documentExpired", templateParameters: { documentName: "Kvalitetspolicy" } })).toBe(
      "Kvalitetspolicy gick ut {validUntil}",
    );
  });
});
