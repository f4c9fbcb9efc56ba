import type { InvocationContext, Timer } from "@azure/functions";
import { addDays } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import alertTimer from "../../functions/src/documents/document-alerts-timer.js";
import { pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

/** The services' clock, moved day by day through a simulated year. */
const clock = { at: new Date("2026-11-23T04:30:00Z"), now: () => clock.at };
const t = useHarness({ clock });
const context = { log: () => undefined } as unknown as InvocationContext;
const fire = (pastDue = false) => alertTimer.handler({ isPastDue: pastDue } as Timer, context);

/** A small deterministic generator, so the simulated year is the same on every run. */
function lcg(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe("revision alerts of governing documents (issue 4, QUALITY-BAR 12)", () => {
  it("sends nothing before 06:00 in Stockholm", async () => {
    await fire();
    expect(await t.h.runtime.services.notifier.listSent(pitea.id, { since: "2026-01-01" })).toHaveLength(0);
  });

  it("across a simulated year with runs skipped, repeated and late, alerts every threshold of every document exactly once, one digest an owner a day, one escalation an administrator a week", async () => {
    const random = lcg(20261123);
    let day = "2026-11-23";
    while (day <= "2028-01-31") {
      // 0, 1 or 2 runs a day after 06:00 Stockholm (07:00 and 14:00 UTC), some marked late.
      const runs = Math.floor(random() * 3);
      for (let r = 0; r < runs; r++) {
        clock.at = new Date(`${day}T${r === 0 ? "07" : "14"}:00:00Z`);
        await fire(random() < 0.2);
      }
      day = addDays(day, 1);
    }
    const sent = await t.h.runtime.services.notifier.listSent(pitea.id, { since: "2026-01-01" });
    const digests = sent.filter((n) => n.id.startsWith("documents.") && !n.id.startsWith("documents.escalation."));
    const escalations = sent.filter((n) => n.id.startsWith("documents.escalation."));

    // Every alert key once, over all digests.
    const keys = digests.flatMap((n) => n.subjectKeys);
    expect(new Set(keys).size).toBe(keys.length);
    // Every document reached its expiry in the year, so each has its last alert.
    for (const id of [
      "kvalitetspolicy",
      "riktlinjer-eu",
      "riktlinjer-innovation",
      "riktlinjer-digitalisering",
      "anvisning-undersokningar",
      "kontinuitetsplan-hemtjanst",
    ]) {
      expect(
        keys.some((k) => k.startsWith(`${id}.`) && k.endsWith(".0")),
        id,
      ).toBe(true);
    }
    // Those with 180 days or more left at the start were alerted at each threshold on its own or settled with a later one.
    for (const threshold of [180, 90, 30, 0]) expect(keys).toContain(`anvisning-undersokningar.v1.${threshold}`);
    // One digest an owner a day, one escalation an administrator a week.
    const perOwnerDay = digests.map((n) => `${n.recipientPersonId}.${n.sentOn}`);
    expect(new Set(perOwnerDay).size).toBe(perOwnerDay.length);
    expect(new Set(escalations.map((n) => n.id)).size).toBe(escalations.length);
    expect(escalations.length).toBeGreaterThan(40);
    expect(escalations.every((n) => n.recipientPersonId === personId(pitea, "anna.lind"))).toBe(true);
    // The owners are the documents' owners, and what they got says what to do.
    expect(new Set(digests.map((n) => n.recipientPersonId))).toEqual(
      new Set([personId(pitea, "anna.lind"), personId(pitea, "sara.holm"), personId(pitea, "peter.strand")]),
    );
    const policy = digests.find((n) => n.subjectKeys.includes("kvalitetspolicy.v5.0"));
    expect(policy).toMatchObject({ activityType: "documentExpired", sentBy: "system:document-alerts" });
    expect(policy?.lines.some((l) => l.startsWith("Piteå kommuns policy för kvalitetsarbetet: gick ut 2019-12-31"))).toBe(true);
  }, 240_000);
});
