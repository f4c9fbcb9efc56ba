import type { InvocationContext, Timer } from "@azure/functions";
import { type Notification, type NotificationChannel, readMailSender } from "@kvalitetskedjan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphNotificationChannel } from "../../functions/src/notifications/graph-notification-channel.js";
import deliveryTimer from "../../functions/src/notifications/notification-delivery-timer.js";
import { createGraphClients } from "../../functions/src/platform/graph-client.js";
import { alvdala, pitea } from "../support/catalogue.js";
import { type GraphStandIn, startGraphStandIn } from "../support/graph-stand-in.js";
import { personId, useHarness } from "../support/harness.js";

const teamsAppId = "0d0e8c6a-2f57-4a8e-9c55-3c3f3e0b7a11";
const clock = { at: new Date("2026-09-10T08:00:00Z"), now: () => clock.at };
let graph: GraphStandIn;
let channel: NotificationChannel;

beforeAll(async () => {
  graph = await startGraphStandIn(teamsAppId);
  for (const tenant of [pitea, alvdala]) graph.users.set(tenant.id, new Set(tenant.people.map((p) => p.id)));
});
afterAll(() => graph.stop());

// The production adapters, pointed at the local Graph: the harness's notifier delivers through them.
const t = useHarness({
  clock,
  channel: {
    deliver: (...args) => {
      channel ??= createGraphNotificationChannel({
        graph: createGraphClients({ baseUrl: graph.baseUrl, credentialFor: (tid) => graph.credentialFor(tid) }),
        teamsAppId,
        mailSender: (tid) => readMailSender(t.h.runtime.services.directoryRepository, tid),
      });
      return channel.deliver(...args);
    },
  },
});

const peter = () => personId(pitea, "peter.strand");
const notifier = () => t.h.runtime.services.notifier;
const ledgerEntry = async (id: string) =>
  (await notifier().listSent(pitea.id, { since: "2026-01-01" })).find((n) => n.id === id) ?? expect.fail(`no ledger entry ${id}`);
const feedCalls = (user: string) => graph.calls.filter((c) => c.path === `/v1.0/users/${user}/teamwork/sendActivityNotification`);
const delivered = (user: string) => feedCalls(user).filter((c) => c.status === 204);
let serial = 0;
const notification = (recipientPersonId: string): Notification => ({
  id: `test.${++serial}`,
  recipientPersonId,
  activityType: "reportDue",
  templateParameters: { reportName: "Delårsrapport per 31 augusti 2026 (Socialnämnden)", dueDate: "2026-09-15" },
  lines: ["Delårsrapport per 31 augusti 2026, Socialnämnden: sista dag 2026-09-15"],
  href: "#/report/2026/interim2/socn",
  subjectKeys: ["2026.interim2.socn"],
  sentBy: "system:test",
});
const later = (seconds: number) => {
  clock.at = new Date(clock.at.getTime() + seconds * 1000);
};
const context = { log: () => undefined } as unknown as InvocationContext;

describe("notification settings (issue 3: mail fallback)", () => {
  it("lets an administrator choose the mailbox, versioned and audited", async () => {
    const first = await t.h.request("GET", "/api/notifications/settings", { token: t.admin });
    expect(first.json).toEqual({ mailSender: null, etag: "new" });
    const bad = await t.h.request("PUT", "/api/notifications/settings", {
      token: t.admin,
      body: { mailSender: "inte en adress" },
      headers: { "if-match": "new" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.details[0].path).toBe("body.mailSender");
    const saved = await t.h.request("PUT", "/api/notifications/settings", {
      token: t.admin,
      body: { mailSender: "kvalitet@pitea.example" },
      headers: { "if-match": "new" },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.mailSender).toBe("kvalitet@pitea.example");
    const stale = await t.h.request("PUT", "/api/notifications/settings", {
      token: t.admin,
      body: { mailSender: null },
      headers: { "if-match": "new" },
    });
    expect(stale.status).toBe(412);
    expect((await t.h.request("GET", "/api/notifications/settings", { token: t.admin })).json.mailSender).toBe("kvalitet@pitea.example");
    const audit = await t.h.request("GET", "/api/audit?objectType=notificationSettings&objectId=current", { token: t.admin });
    expect(audit.json.entries[0]).toMatchObject({ action: "notificationSettings.update", after: { mailSender: "kvalitet@pitea.example" } });
    // Another municipality's administrator sees its own settings, not Piteå's.
    const other = await t.h.request("GET", "/api/notifications/settings", { token: await t.h.tokenFor(alvdala, "ida.norberg") });
    expect(other.json).toEqual({ mailSender: null, etag: "new" });
  });

  it("keeps the settings and the delivery overview from anyone but an administrator", async () => {
    const chair = await t.h.tokenFor(pitea, "erik.nilsson");
    expect((await t.h.request("GET", "/api/notifications/settings", { token: chair })).status).toBe(403);
    expect((await t.h.request("GET", "/api/notifications/deliveries", { token: chair })).status).toBe(403);
  });
});

describe("delivery through Microsoft Graph (QUALITY-BAR 13, 15)", () => {
  it("sends a coordinator's reminder to the Teams activity feed of a person with the app, deep-linked to the report", async () => {
    graph.installed.add(peter());
    const res = await t.h.request("POST", "/api/plan-years/2026/periods/interim2/reminders", {
      token: t.admin,
      body: { ownerScopeIds: ["socn"] },
    });
    expect(res.json).toMatchObject({ sent: 1 });
    const [call] = feedCalls(peter());
    expect(call?.status).toBe(204);
    expect(call?.authorization).toBe(`Bearer stand-in:${pitea.id}`);
    expect(call?.body).toMatchObject({
      activityType: "reportDue",
      topic: { source: "text" },
      templateParameters: [
        { name: "reportName", value: "Delårsrapport per 31 augusti 2026 (Socialnämnden)" },
        { name: "dueDate", value: "2026-09-15" },
      ],
    });
    const link = new URL(call?.body.topic.webUrl);
    // The app's id in the organisation's catalogue, as the installation names it (it differs from the manifest's id for an app the organisation published).
    expect(link.pathname).toBe("/l/entity/catalog-id/home");
    expect(JSON.parse(link.searchParams.get("context") ?? "{}")).toEqual({ subEntityId: "#/report/2026/interim2/socn" });
    const digest = (await notifier().listSent(pitea.id, { since: "2026-09-10", recipientPersonId: peter() }))[0];
    expect(digest?.delivery).toMatchObject({ state: "delivered", channel: "activityFeed", attempts: 1 });
  });

  it("mails a person without the app from the municipality's mailbox", async () => {
    const lina = personId(pitea, "lina.forsberg");
    graph.mailboxes.set(pitea.id, new Set(["kvalitet@pitea.example"]));
    const n = notification(lina);
    await notifier().send(pitea.id, n);
    const mail = graph.calls.find((c) => c.path === "/v1.0/users/kvalitet%40pitea.example/sendMail");
    expect(mail?.status).toBe(202);
    expect(mail?.body.message.subject).toBe("Delårsrapport per 31 augusti 2026 (Socialnämnden) ska rapporteras senast 2026-09-15");
    expect(mail?.body.message.toRecipients[0].emailAddress.address).toBe(pitea.people.find((p) => p.id === lina)?.mail);
    expect(mail?.body.message.body.content).toContain('lang="sv"');
    expect(mail?.body.message.body.content).toContain("https://teams.microsoft.com/l/entity/");
    expect(feedCalls(lina)).toHaveLength(0);
    expect((await ledgerEntry(n.id)).delivery).toMatchObject({ state: "delivered", channel: "mail" });
  });

  it("fails a notification it cannot deliver at all, names why, and shows it to administrators", async () => {
    const olof = personId(alvdala, "olof.berg");
    const n = notification(olof);
    await notifier().send(alvdala.id, n);
    const entry = (await notifier().listSent(alvdala.id, { since: "2026-01-01" })).find((x) => x.id === n.id);
    expect(entry?.delivery).toMatchObject({ state: "failed", lastError: "no_mail_sender" });
    const overview = await t.h.request("GET", "/api/notifications/deliveries", { token: await t.h.tokenFor(alvdala, "ida.norberg") });
    expect(overview.status).toBe(200);
    expect(overview.json.counts.failed).toBeGreaterThanOrEqual(1);
    expect(overview.json.undelivered[0]).toMatchObject({
      id: n.id,
      state: "failed",
      lastError: "no_mail_sender",
      recipientName: "Olof Berg",
    });
    // Piteå's overview holds none of Älvdala's.
    const pitea_ = await t.h.request("GET", "/api/notifications/deliveries", { token: t.admin });
    expect(pitea_.json.undelivered.map((u: { id: string }) => u.id)).not.toContain(n.id);
  });

  it("retries a short throttle at once, honouring Retry-After", async () => {
    const before = feedCalls(peter()).length;
    graph.faults.push({ status: 429, retryAfter: 1, pathIncludes: "sendActivityNotification" });
    const n = notification(peter());
    const started = Date.now();
    await notifier().send(pitea.id, n);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(
      feedCalls(peter())
        .slice(before)
        .map((c) => c.status),
    ).toEqual([429, 204]);
    expect((await ledgerEntry(n.id)).delivery).toMatchObject({ state: "delivered", channel: "activityFeed" });
  });

  it("leaves a long outage to the timer, which delivers every pending notification exactly once", async () => {
    later(600);
    const before = delivered(peter()).length;
    // A click does not wait out a 2-minute Retry-After: the notification stays pending.
    graph.faults.push({ status: 503, retryAfter: 120, pathIncludes: "installedApps" });
    const n = notification(peter());
    await notifier().send(pitea.id, n);
    const pending = (await ledgerEntry(n.id)).delivery;
    expect(pending).toMatchObject({ state: "pending", lastError: "graph_unavailable", attempts: 1 });
    expect(Date.parse(pending.nextAttemptAt ?? "") - clock.at.getTime()).toBe(120_000);

    // Not yet due: the timer leaves it alone.
    await deliveryTimer.handler({ isPastDue: false } as Timer, context);
    expect(delivered(peter())).toHaveLength(before);

    // Due: two runs at once (two instances, or a late run beside a punctual one) deliver it once.
    later(121);
    await Promise.all([notifier().deliverPending(pitea.id), notifier().deliverPending(pitea.id)]);
    await deliveryTimer.handler({ isPastDue: true } as Timer, context);
    expect(delivered(peter())).toHaveLength(before + 1);
    expect((await ledgerEntry(n.id)).delivery).toMatchObject({ state: "delivered", channel: "activityFeed", attempts: 2 });
  });

  it("retries at most 3 times in one attempt, then waits for the next run", async () => {
    later(600);
    const before = feedCalls(peter()).length;
    for (let i = 0; i < 4; i++) graph.faults.push({ status: 503, retryAfter: 0, pathIncludes: "sendActivityNotification" });
    const n = notification(peter());
    await notifier().send(pitea.id, n);
    expect(
      feedCalls(peter())
        .slice(before)
        .map((c) => c.status),
    ).toEqual([503, 503, 503, 503]);
    expect((await ledgerEntry(n.id)).delivery).toMatchObject({ state: "pending", lastError: "graph_unavailable" });
    later(61);
    expect(await notifier().deliverPending(pitea.id)).toMatchObject({ delivered: 1 });
  });

  it("holds a person to 10 notifications a minute and delivers the rest the minute after", async () => {
    later(3600);
    const sara = personId(pitea, "sara.holm");
    graph.installed.add(sara);
    const sent = Array.from({ length: 12 }, () => notification(sara));
    for (const n of sent) await notifier().send(pitea.id, n);
    const states = await Promise.all(sent.map(async (n) => (await ledgerEntry(n.id)).delivery));
    expect(states.filter((d) => d.state === "delivered")).toHaveLength(10);
    expect(states.filter((d) => d.state === "pending").map((d) => d.lastError)).toEqual([
      "recipient_rate_limited",
      "recipient_rate_limited",
    ]);
    expect(delivered(sara)).toHaveLength(10);
    later(61);
    expect(await notifier().deliverPending(pitea.id)).toMatchObject({ delivered: 2, pending: 0 });
    expect(delivered(sara)).toHaveLength(12);
  });

  it("sends nothing twice when the same notification is sent again", async () => {
    const n = notification(peter());
    const before = delivered(peter()).length;
    expect(await notifier().send(pitea.id, n)).toBe("sent");
    expect(await notifier().send(pitea.id, n)).toBe("duplicate");
    expect(delivered(peter())).toHaveLength(before + 1);
  });
});
