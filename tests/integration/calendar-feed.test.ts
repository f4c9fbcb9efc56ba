import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { alvdala, pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

/** The demo is seeded on this day: BUN's next meeting is 9 December, Maria Berg owns the assignment of its last one. */
const clock = { now: () => new Date("2026-12-02T09:00:00Z") };
const t = useHarness({ clock });
const as = (slug: string) => t.h.tokenFor(pitea, slug);
const feed = "/api/me/calendar-feed";

/** What a calendar gets at an address: no sign-in, no header but its own. */
async function subscribe(path: string) {
  const res = await fetch(`${t.h.base}${path}`);
  const text = await res.text();
  const events = res.status === 200 ? new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) : [];
  return { status: res.status, headers: res.headers, text, events };
}
const pathOf = (url: string) => new URL(url).pathname;

/** Makes (or makes again) the person's subscription from the version GET shows, as the screen does. */
async function make(token: string, body: unknown) {
  const { etag } = (await t.h.request("GET", feed, { token })).json as { etag: string };
  return t.h.request("POST", feed, { token, body, headers: { "if-match": etag } });
}
async function revoke(token: string) {
  const { etag } = (await t.h.request("GET", feed, { token })).json as { etag: string };
  return t.h.request("DELETE", feed, { token, headers: { "if-match": etag } });
}

describe("a personal, revocable calendar subscription to the annual cycle (issue 16)", () => {
  it("gives an address shown once, which a calendar reads without sign-in: the person's own dates of this year and the next", async () => {
    const maria = await as("maria.berg");
    expect((await t.h.request("GET", feed, { token: maria })).json).toEqual({
      active: false,
      view: null,
      bodyId: null,
      createdAt: null,
      url: null,
      etag: "new",
    });
    const made = await t.h.request("POST", feed, { token: maria, body: { view: "mine" }, headers: { "if-match": "new" } });
    expect(made.status).toBe(201);
    expect(made.headers.get("cache-control")).toBe("no-store");
    expect(made.json.url).toMatch(new RegExp(`^http://[^/]+/api/public/${pitea.id}/calendar/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$`));
    // Afterwards the address is not shown again: only a hash of its secret is kept.
    const status = (await t.h.request("GET", feed, { token: maria })).json;
    expect(status).toMatchObject({ active: true, view: "mine", bodyId: null, url: null, createdAt: "2026-12-02T09:00:00.000Z" });

    const calendar = await subscribe(pathOf(made.json.url));
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get("content-type")).toContain("text/calendar");
    expect(calendar.headers.get("cache-control")).toBe("private, max-age=900");
    const uids = calendar.events.map((e) => e.uid);
    // BUN's meeting (her department serves BUN) and the assignment she owns, due in the year …
    expect(uids).toContain(`meeting:pitea-bun-next@2026.${pitea.id}.kvalitetskedjan`);
    const assignment = calendar.events.find((e) => e.summary.startsWith("Uppdrag klart senast: Ta fram en handlingsplan"));
    expect(assignment?.startDate.toString()).toBe("2027-01-31");
    // … the whole municipality's dates, and nothing of a body she has nothing to do with.
    expect(calendar.events.some((e) => e.summary.startsWith("Kommunfullmäktige beslutar budget"))).toBe(true);
    expect(uids.some((u) => u.startsWith("meeting:pitea-socn"))).toBe(false);
    expect(new Set(calendar.events.map((e) => e.startDate.year))).toEqual(new Set([2026, 2027]));
    // No UID twice, though two years' reporting deadlines share their periods' ids.
    expect(new Set(uids).size).toBe(uids.length);

    // The address only reads.
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect([404, 405]).toContain((await fetch(`${t.h.base}${pathOf(made.json.url)}`, { method })).status);
    }
  });

  it("stops working once revoked or made again; a wrong secret, another municipality or another person's id reads nothing", async () => {
    const lars = await as("lars.oberg");
    const first = (await make(lars, { view: "all", bodyId: "socn" })).json.url;
    const all = await subscribe(pathOf(first));
    expect(all.status).toBe(200);
    expect(all.events.every((e) => !e.summary.includes("(Barn- och utbildningsnämnden)"))).toBe(true);
    const second = (await make(lars, { view: "all" })).json.url;
    expect((await subscribe(pathOf(first))).status).toBe(404);
    expect((await subscribe(pathOf(second))).status).toBe(200);

    const token = pathOf(second).split("/").at(-1) ?? "";
    const [feedId, secret] = token.split(".") as [string, string];
    const wrongSecret = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    const attempts = [
      `/api/public/${pitea.id}/calendar/${feedId}.${wrongSecret}`,
      `/api/public/${alvdala.id}/calendar/${token}`,
      // Maria's feed id with Lars's secret.
      `/api/public/${pitea.id}/calendar/${
        pathOf((await make(await as("maria.berg"), { view: "mine" })).json.url)
          .split("/")
          .at(-1)
          ?.split(".")[0]
      }.${secret}`,
    ];
    for (const path of attempts) {
      const res = await subscribe(path);
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.text).code).toBe("not_found");
      expect(res.text).not.toContain("Lars");
    }
    const malformed = await subscribe(`/api/public/${pitea.id}/calendar/not-a-token`);
    expect(malformed.status).toBe(400);

    // A revoke from a version no longer current (another tab made it again) is refused.
    const seen = (await t.h.request("GET", feed, { token: lars })).json.etag as string;
    const third = (await make(lars, { view: "all" })).json.url;
    const stale = await t.h.request("DELETE", feed, { token: lars, headers: { "if-match": seen } });
    expect(stale.status).toBe(412);
    expect((await subscribe(pathOf(third))).status).toBe(200);
    expect((await t.h.request("DELETE", feed, { token: lars })).status).toBe(428);

    const revoked = await revoke(lars);
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ active: false, url: null });
    expect((await subscribe(pathOf(third))).status).toBe(404);
    expect((await t.h.request("GET", feed, { token: lars })).json.active).toBe(false);
    // Revoking none is no error.
    expect((await revoke(lars)).status).toBe(200);
  });

  it("reads as its owner today: once the person has left, the address reads nothing", async () => {
    const johan = await as("johan.ek");
    const url = (await make(johan, { view: "mine" })).json.url;
    expect((await subscribe(pathOf(url))).status).toBe(200);
    const id = personId(pitea, "johan.ek");
    const people = (await t.h.request("GET", "/api/people?q=Johan", { token: t.admin })).json.people as { id: string; etag: string }[];
    const left = await t.h.request("PATCH", `/api/people/${id}`, {
      token: t.admin,
      body: { active: false },
      headers: { "if-match": people.find((p) => p.id === id)?.etag ?? "" },
    });
    expect(left.status).toBe(200);
    expect((await subscribe(pathOf(url))).status).toBe(404);
  });

  it("limits how often one address is read, from wherever the requests come", async () => {
    const url = (await make(await as("erik.nilsson"), { view: "mine" })).json.url;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await subscribe(pathOf(url))).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await subscribe(pathOf(url));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("asks for a view it knows and a body of the municipality, and needs a sign-in to be made", async () => {
    const maria = await as("maria.berg");
    const bad = await make(maria, { view: "everything" });
    expect(bad.status).toBe(400);
    expect(bad.json.details.map((d: { path: string }) => d.path)).toEqual(["body.view"]);
    const elsewhere = await make(maria, { view: "all", bodyId: "son" });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.json.details).toEqual([expect.objectContaining({ path: "body.bodyId", reason: "unknown_body" })]);
    // Nothing was made by the refusals.
    expect((await t.h.request("GET", feed, { token: maria })).json).toMatchObject({ view: "mine", bodyId: null });
    expect((await t.h.request("POST", feed, { body: { view: "mine" }, headers: { "if-match": "new" } })).status).toBe(401);
    expect(
      (await t.h.request("POST", feed, { token: await as("oskar.vik"), body: { view: "mine" }, headers: { "if-match": "new" } })).status,
    ).toBe(403);
  });
});
