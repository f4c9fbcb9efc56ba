import ICAL from "ical.js";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { alvdala, pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

/** The demo is seeded on this day: BUN's next meeting is a week later, 9 December. */
const clock = { at: new Date("2026-12-02T09:00:00Z"), now: () => clock.at };
const t = useHarness({ clock });
const as = (slug: string) => t.h.tokenFor(pitea, slug);
const reasons = (res: { json: { details?: { reason: string; path?: string }[] } }) =>
  (res.json.details ?? []).map((d) => `${d.path ?? ""}:${d.reason}`);
type Item = { id: string; kind: string; refId: string | null; title: string; decision: { paragraph: number; type: string } | null };

const meeting = async (id = "pitea-bun-next", slug = "sofia.nystrom") =>
  (await t.h.request("GET", `/api/meetings/${id}`, { token: await as(slug) })).json;
const decide = async (itemId: string, body: object, slug = "sofia.nystrom", id = "pitea-bun-next") =>
  t.h.request("POST", `/api/meetings/${id}/decisions`, { token: await as(slug), body: { itemId, ...body } });
const itemOf = (m: { agenda: { items: Item[] } }, kind: string) => m.agenda.items.find((i) => i.kind === kind) as Item;

describe("a committee's meeting from proposed agenda to adjusted minutes (issue 16)", () => {
  it("proposes what is due for BUN, takes the secretary's order, and publishes it", async () => {
    // BUN's interim report is approved by the department; a guideline waits for BUN's adoption.
    const lina = await as("lina.forsberg");
    const form = await t.h.request("GET", "/api/reports/2026/interim2/bun", { token: lina });
    const submitted = await t.h.request("POST", "/api/reports/2026/interim2/bun/submit", {
      token: lina,
      body: {
        assessments: {
          "2026-bun-1": { assessment: "partlyFulfilled", analysis: "Matematiken släpar." },
          "2026-bun-2": { assessment: "fulfilled", analysis: "Fler i arbete eller studier." },
        },
      },
      headers: { "if-match": form.json.report.etag },
    });
    expect(submitted.status).toBe(200);
    const approved = await t.h.request("POST", "/api/reports/2026/interim2/bun/transitions", {
      token: await as("maria.berg"),
      body: { action: "approve" },
      headers: { "if-match": submitted.json.report.etag },
    });
    expect(approved.status).toBe(200);
    const guideline = await t.h.request("POST", "/api/documents", {
      token: t.admin,
      body: {
        title: "Riktlinje för studiero",
        typeKey: "riktlinje",
        decisionBodyId: "bun",
        ownerPersonId: personId(pitea, "maria.berg"),
        owningBodyId: "bun",
        summary: "Hur skolorna skapar studiero.",
        appliesTo: "Grundskolorna",
      },
    });
    expect(guideline.status).toBe(201);

    const sofia = await as("sofia.nystrom");
    const list = (await t.h.request("GET", "/api/meetings?bodyId=bun", { token: sofia })).json;
    expect(list.meetings.map((m: { id: string; number: number }) => [m.id, m.number])).toEqual([
      ["pitea-bun-last", 1],
      ["pitea-bun-next", 1],
    ]);
    expect(list.bodies).toEqual([{ id: "bun", name: "Barn- och utbildningsnämnden" }]);

    const proposal = (await t.h.request("GET", "/api/meetings/pitea-bun-next/proposal", { token: sofia })).json.items;
    const keys = proposal.map((p: { key: string }) => p.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "reportReview:2026.interim2.bun",
        `documentAdopt:${guideline.json.id}`,
        "openAssignment:pitea-bun-last-uppdrag",
      ]),
    );
    expect(proposal.find((p: { key: string }) => p.key === "reportReview:2026.interim2.bun")).toMatchObject({
      title: "Delårsrapport per 31 augusti 2026: Barn- och utbildningsnämnden",
      information: false,
    });
    // Nothing of another body is proposed.
    expect(keys.filter((k: string) => k.includes("socn"))).toEqual([]);

    const current = await meeting();
    expect(current).toMatchObject({ state: "planned", canPlan: true, canRecord: false, secretaryName: "Sofia Nyström" });
    const notDue = await t.h.request("PUT", "/api/meetings/pitea-bun-next/agenda", {
      token: sofia,
      body: { items: [{ key: "reportReview:2026.interim2.socn" }] },
      headers: { "if-match": current.etag },
    });
    expect(notDue.status).toBe(400);
    expect(reasons(notDue)).toEqual(["body.items.0.key:not_due_for_body"]);
    const saved = await t.h.request("PUT", "/api/meetings/pitea-bun-next/agenda", {
      token: sofia,
      body: {
        items: [
          { title: "Val av justerare", summary: "" },
          { key: "reportReview:2026.interim2.bun" },
          { key: `documentAdopt:${guideline.json.id}` },
          { key: "openAssignment:pitea-bun-last-uppdrag" },
          { title: "Elevernas trygghet", summary: "Uppföljning av handlingsplanen." },
        ],
      },
      headers: { "if-match": current.etag },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.agenda.items.map((i: Item) => i.kind)).toEqual(["free", "reportReview", "documentAdopt", "openAssignment", "free"]);
    // Readers see the meeting but may not change it.
    const lars = await as("lars.oberg");
    expect(
      (await t.h.request("POST", "/api/meetings/pitea-bun-next/publish", { token: lars, headers: { "if-match": saved.json.etag } })).status,
    ).toBe(403);
    const published = await t.h.request("POST", "/api/meetings/pitea-bun-next/publish", {
      token: sofia,
      headers: { "if-match": saved.json.etag },
    });
    expect(published.status).toBe(200);
    expect(published.json).toMatchObject({ state: "agendaPublished", canRecord: true });
  });

  it("records no decision before the meeting's day, nor on an item not on its agenda", async () => {
    const m = await meeting();
    const early = await decide(itemOf(m, "reportReview").id, { type: "approved", text: "Godkänns." });
    expect(early.status).toBe(409);
    expect(reasons(early)).toEqual(["meeting.date:meeting_not_yet_held"]);
    clock.at = new Date("2026-12-09T13:30:00Z");
    const stranger = await decide("finns-inte", { type: "noted", text: "Noteras." });
    expect(stranger.status).toBe(400);
    expect(reasons(stranger)).toEqual(["body.itemId:item_not_on_published_agenda"]);
    const wrongType = await decide(itemOf(m, "reportReview").id, { type: "adopted", text: "Antas." });
    expect(reasons(wrongType)).toEqual(["body.type:decision_type_not_for_item"]);
    const noOwner = await decide(m.agenda.items[4].id, { type: "assigned", text: "Uppdrag." });
    expect(reasons(noOwner)).toEqual(["body.assignment:required"]);
    expect((await decide(itemOf(m, "reportReview").id, { type: "approved", text: "Godkänns." }, "lars.oberg")).status).toBe(403);
    expect((await meeting()).paragraphs).toBeNull();
  });

  it("is bound to the Teams meeting it is held in, of its own organisation only, and moves from item to item for everyone's panel", async () => {
    const sofia = await as("sofia.nystrom");
    const bind = async (teamsTenantId: string) =>
      t.h.request("PUT", "/api/meetings/pitea-bun-next/teams", {
        token: sofia,
        body: { teamsTenantId, teamsMeetingId: "MCMxOTptZWV0aW5nX2J1bg", chatId: "19:meeting_bun@thread.v2" },
        headers: { "if-match": (await meeting()).etag },
      });
    const foreign = await bind(alvdala.id);
    expect(foreign.status).toBe(400);
    expect(reasons(foreign)).toEqual(["body.teamsTenantId:teams_meeting_other_tenant"]);
    expect((await meeting()).teams).toBeNull();
    const bound = await bind(pitea.id);
    expect(bound.status).toBe(200);
    expect(bound.json.teams).toMatchObject({ meetingId: "MCMxOTptZWV0aW5nX2J1bg", boundBy: "Sofia Nyström" });
    const found = await t.h.request("GET", "/api/teams-meetings/meeting?teamsMeetingId=MCMxOTptZWV0aW5nX2J1bg", {
      token: await as("lars.oberg"),
    });
    expect(found.json.id).toBe("pitea-bun-next");
    const other = await t.h.request("GET", "/api/teams-meetings/meeting?teamsMeetingId=MCMxOTptZWV0aW5nX2J1bg", {
      token: await t.h.tokenFor(alvdala, "ida.norberg"),
    });
    expect(other.status).toBe(404);

    const m = await meeting();
    const move = (itemId: string, etag: string, token = sofia) =>
      t.h.request("PUT", "/api/meetings/pitea-bun-next/current", { token, body: { itemId }, headers: { "if-match": etag } });
    const moved = await move(m.agenda.items[1].id, m.etag);
    expect(moved.json.currentItemId).toBe(m.agenda.items[1].id);
    // The chair, moving on from the same view a moment later, is told the meeting has moved (412), not silently overruled.
    const stale = await move(m.agenda.items[2].id, m.etag, await as("erik.nilsson"));
    expect(stale.status).toBe(412);
    expect((await meeting()).currentItemId).toBe(m.agenda.items[1].id);
    const stranger = await move("finns-inte", moved.json.etag);
    expect(reasons(stranger)).toEqual(["body.itemId:item_not_on_published_agenda"]);
    expect((await move(m.agenda.items[0].id, moved.json.etag, await as("lars.oberg"))).status).toBe(403);
  });

  it("numbers decisions recorded at once § 1, 2, 3 … with none given twice, and each reaches its object", async () => {
    const m = await meeting();
    const [adjusters, report, guideline, assignment, safety] = m.agenda.items as Item[];
    const maria = personId(pitea, "maria.berg");
    const results = await Promise.all([
      decide(adjusters?.id ?? "", { type: "approved", text: "Emma Sjöberg utses att justera protokollet." }),
      decide(report?.id ?? "", { type: "approved", text: "Nämnden godkänner delårsrapporten." }, "erik.nilsson"),
      decide(guideline?.id ?? "", { type: "adopted", text: "Nämnden antar riktlinjen.", validUntil: "2029-12-31" }),
      decide(assignment?.id ?? "", { type: "approved", text: "Handlingsplanen godkänns; uppdraget är slutfört." }, "erik.nilsson"),
      decide(safety?.id ?? "", {
        type: "assigned",
        text: "Förvaltningen får i uppdrag att följa upp studieron.",
        assignment: { what: "Följ upp studieron i årskurs 7–9", ownerPersonId: maria, dueOn: "2027-03-31" },
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const after = await meeting();
    const paragraphs = after.agenda.items.map((i: Item) => i.decision?.paragraph).sort();
    expect(paragraphs).toEqual([1, 2, 3, 4, 5]);
    expect(after).toMatchObject({ state: "held", paragraphs: { first: 1, last: 5 } });

    // The report reads reviewed by BUN, with the meeting's date and its §.
    const reviewed = (await t.h.request("GET", "/api/reports/2026/interim2/bun", { token: await as("lars.oberg") })).json;
    const reportParagraph = after.agenda.items.find((i: Item) => i.kind === "reportReview").decision.paragraph;
    expect(reviewed.report.status).toBe("reviewed");
    expect(reviewed.report.events.at(-1)).toMatchObject({
      action: "review",
      decision: { bodyId: "bun", date: "2026-12-09", paragraph: `§ ${reportParagraph}` },
    });
    expect(reviewed.bodyNames).toEqual({ bun: "Barn- och utbildningsnämnden" });
    // The guideline is adopted by BUN with its § and valid-until.
    const doc = (await t.h.request("GET", `/api/documents/${guideline?.refId}`, { token: await as("lars.oberg") })).json;
    const docParagraph = after.agenda.items.find((i: Item) => i.kind === "documentAdopt").decision.paragraph;
    expect(doc).toMatchObject({
      status: "adopted",
      validUntil: "2029-12-31",
      lastRevised: { bodyId: "bun", date: "2026-12-09", paragraph: `§ ${docParagraph}` },
    });

    // The new assignment is Maria's to do; the one before is done.
    const items = (await t.h.request("GET", "/api/me/items", { token: await as("maria.berg") })).json.items;
    expect(items.filter((i: { kind: string }) => i.kind === "assignment").map((i: { title: string }) => i.title)).toEqual([
      "Följ upp studieron i årskurs 7–9",
    ]);
    // An item takes one decision.
    const again = await decide(report?.id ?? "", { type: "noted", text: "Igen." });
    expect(again.status).toBe(409);
    expect(reasons(again)).toEqual(["body.itemId:item_decided"]);
  });

  it("puts the open assignment on the body's next agenda, and freezes the meeting once adjusted", async () => {
    const sofia = await as("sofia.nystrom");
    const next = await t.h.request("POST", "/api/meetings", {
      token: sofia,
      body: { bodyId: "bun", date: "2027-02-10", secretaryPersonId: personId(pitea, "sofia.nystrom") },
    });
    expect(next.status).toBe(201);
    expect(next.json).toMatchObject({ number: 1, startsAt: "13:00", state: "planned" });
    const proposal = (await t.h.request("GET", `/api/meetings/${next.json.id}/proposal`, { token: sofia })).json.items;
    expect(proposal.filter((p: { kind: string }) => p.kind === "openAssignment").map((p: { title: string }) => p.title)).toEqual([
      "Följ upp studieron i årskurs 7–9",
    ]);
    // Decided elsewhere: not proposed again.
    expect(proposal.map((p: { kind: string }) => p.kind)).not.toContain("reportReview");

    const m = await meeting();
    const early = await t.h.request("POST", "/api/meetings/pitea-bun-next/adjust", {
      token: await as("emma.sjoberg"),
      body: { adjustedOn: "2026-12-08" },
      headers: { "if-match": m.etag },
    });
    expect(reasons(early)).toEqual(["body.adjustedOn:adjusted_before_meeting"]);
    const adjusted = await t.h.request("POST", "/api/meetings/pitea-bun-next/adjust", {
      token: await as("emma.sjoberg"),
      body: { adjustedOn: "2026-12-09" },
      headers: { "if-match": m.etag },
    });
    expect(adjusted.status).toBe(200);
    expect(adjusted.json).toMatchObject({
      state: "adjusted",
      adjusted: { on: "2026-12-09", by: "Emma Sjöberg" },
      canRecord: false,
      canPlan: false,
    });
    const late = await t.h.request("PUT", "/api/meetings/pitea-bun-next/agenda", {
      token: sofia,
      body: { items: [] },
      headers: { "if-match": adjusted.json.etag },
    });
    expect(late.status).toBe(409);
    expect(reasons(late)).toEqual(["meeting:meeting_adjusted"]);
  });

  it("writes the notice, the minutes and an extract per § as Word, and files them in the document library", async () => {
    const word = async (path: string) => {
      const res = await fetch(`${t.h.base}${path}`, { headers: { authorization: `Bearer ${await as("lars.oberg")}` } });
      expect(res.status).toBe(200);
      return (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
    };
    const minutes = await word("/api/meetings/pitea-bun-next/documents/minutes");
    expect(minutes).toContain("Protokoll: Barn- och utbildningsnämnden, sammanträde 1 2026");
    expect(minutes).toMatch(/§ 1 /);
    expect(minutes).toContain("Protokollet justerades 2026-12-09 av Emma Sjöberg.");
    const extract = await word("/api/meetings/pitea-bun-next/documents/minutes?paragraph=2");
    expect(extract).toContain("§ 2");
    expect(extract).not.toMatch(/§ 3 /);
    expect(await word("/api/meetings/pitea-bun-next/documents/notice")).toContain("Kallelse: Barn- och utbildningsnämnden");
    const missing = await t.h.request("GET", "/api/meetings/pitea-bun-next/documents/minutes?paragraph=99", {
      token: await as("lars.oberg"),
    });
    expect(missing.status).toBe(404);

    const etag = (await meeting()).etag;
    const file = async (slug: string, ifMatch = etag) =>
      t.h.request("POST", "/api/meetings/pitea-bun-next/library", {
        token: await as(slug),
        body: { document: "minutes" },
        headers: { "if-match": ifMatch },
      });
    expect((await file("lars.oberg")).status).toBe(403);
    expect((await file("sofia.nystrom", '"stale"')).status).toBe(412);
    const filed = await file("sofia.nystrom");
    expect(filed.status).toBe(200);
    expect(filed.json.filed.minutes.files.map((f: { name: string }) => f.name)).toEqual([
      "Protokoll Barn- och utbildningsnämnden 2026-12-09.docx",
      ...[1, 2, 3, 4, 5].map((n) => `Protokollsutdrag Barn- och utbildningsnämnden 2026-12-09 § ${n}.docx`),
    ]);
    // The planned meeting's notice waits for its agenda.
    const early = await t.h.request("POST", "/api/meetings/pitea-socn-next/library", {
      token: t.admin,
      body: { document: "notice" },
      headers: { "if-match": (await meeting("pitea-socn-next")).etag },
    });
    expect(early.status).toBe(409);
    expect(reasons(early)).toEqual(["meeting:agenda_not_published"]);
  });

  it("draws the year's annual cycle from the dates the product holds, with its conflicts, and as a calendar file", async () => {
    const cycle = (await t.h.request("GET", "/api/annual-cycle?year=2026", { token: await as("lars.oberg") })).json;
    const rings = new Set(cycle.events.map((e: { ring: string }) => e.ring));
    expect([...rings].sort()).toEqual(["budget", "dialogue", "documents", "internalControl", "meetings", "reporting"]);
    expect(cycle.events.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(["meeting:pitea-bun-next", "document:riktlinjer-eu"]),
    );
    // The EU guideline runs out on 15 December and KS, which adopts it, has no meeting before: a decision needed before its body meets.
    expect(cycle.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "decisionAfterNeed", eventIds: ["document:riktlinjer-eu"], bodyName: "Kommunstyrelsen" }),
      ]),
    );
    const bun = (await t.h.request("GET", "/api/annual-cycle?year=2026&bodyId=bun", { token: await as("lars.oberg") })).json;
    expect(bun.events.every((e: { bodyId: string | null }) => e.bodyId === null || e.bodyId === "bun")).toBe(true);
    const bad = await t.h.request("GET", "/api/annual-cycle?year=12", { token: await as("lars.oberg") });
    expect(bad.status).toBe(400);

    const ics = await fetch(`${t.h.base}/api/annual-cycle/calendar.ics?year=2026`, {
      headers: { authorization: `Bearer ${await as("lars.oberg")}` },
    });
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    const parsed = new ICAL.Component(ICAL.parse(await ics.text()));
    const events = parsed.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(cycle.events.length);
    const meetingEvent = events.find((e) => e.uid.startsWith("meeting:pitea-bun-next@2026."));
    expect(meetingEvent?.startDate.toString()).toBe("2026-12-09");
    expect(meetingEvent?.summary).toContain("Barn- och utbildningsnämnden");
  });

  it("takes the budget process's milestones from an administrator, each within its year", async () => {
    const seeded = (await t.h.request("GET", "/api/annual-cycle?year=2026", { token: t.admin })).json;
    expect(seeded.canEditMilestones).toBe(true);
    expect(seeded.events.filter((e: { ring: string }) => e.ring === "budget").map((e: { title: string }) => e.title)).toContain(
      "Kommunfullmäktige beslutar budget och verksamhetsplan",
    );
    const save = async (token: string, etag: string, milestones: object[]) =>
      t.h.request("PUT", "/api/annual-cycle/2026/milestones", { token, body: { milestones }, headers: { "if-match": etag } });
    const outside = await save(t.admin, seeded.milestones.etag, [
      { name: "Budgetriktlinjer", date: "2026-04-30" },
      { name: "Årsredovisning", date: "2027-04-15" },
    ]);
    expect(outside.status).toBe(400);
    expect(reasons(outside)).toEqual(["body.milestones.1.date:milestone_outside_year"]);
    expect((await save(await as("lars.oberg"), seeded.milestones.etag, [])).status).toBe(403);
    expect((await save(t.admin, "stale", [])).status).toBe(412);
    const saved = await save(t.admin, seeded.milestones.etag, [{ name: "Budgetriktlinjer", date: "2026-04-30" }]);
    expect(saved.status).toBe(200);
    expect(
      saved.json.events.filter((e: { ring: string }) => e.ring === "budget").map((e: { title: string; date: string }) => [e.title, e.date]),
    ).toEqual([["Budgetriktlinjer", "2026-04-30"]]);
    expect((await t.h.request("GET", "/api/annual-cycle?year=2026", { token: await as("lars.oberg") })).json.canEditMilestones).toBe(false);
  });

  it("reviews the period's internal-control results approved by the department, with the meeting's date and § on each", async () => {
    // Älvdala's Socialnämnd: its control of delegations is approved by the department, with a deviation; its administrator keeps the meeting.
    const ida = await t.h.tokenFor(alvdala, "ida.norberg");
    const m = (await t.h.request("GET", "/api/meetings/alvdala-son-next", { token: ida })).json;
    const key = "controlResults:2026.interim1.son";
    const proposal = (await t.h.request("GET", "/api/meetings/alvdala-son-next/proposal", { token: ida })).json.items;
    expect(proposal.find((p: { key: string }) => p.key === key)?.summary).toBe("1 kontroller rapporterade, 1 med avvikelse.");
    const saved = await t.h.request("PUT", "/api/meetings/alvdala-son-next/agenda", {
      token: ida,
      body: { items: [{ key }] },
      headers: { "if-match": m.etag },
    });
    const published = await t.h.request("POST", "/api/meetings/alvdala-son-next/publish", {
      token: ida,
      headers: { "if-match": saved.json.etag },
    });
    expect(published.status).toBe(200);
    const was = clock.at;
    clock.at = new Date(`${m.date}T13:30:00Z`);
    try {
      const itemId = published.json.agenda.items[0].id;
      const decided = await t.h.request("POST", "/api/meetings/alvdala-son-next/decisions", {
        token: ida,
        body: { itemId, type: "approved", text: "Nämnden godkänner periodens uppföljning av internkontrollen." },
      });
      expect(decided.status).toBe(200);
      const paragraph = decided.json.agenda.items[0].decision.paragraph;
      const report = (await t.h.request("GET", "/api/internal-control/controls/son-c1/reports/interim1", { token: ida })).json;
      expect(report.report.status).toBe("reviewed");
      expect(report.report.events.at(-1)).toMatchObject({
        action: "review",
        decision: { bodyId: "son", date: m.date, paragraph: `§ ${paragraph}` },
      });
    } finally {
      clock.at = was;
    }
  });

  it("proposes the council the roll-up of its goals, and records the suggested assessments as the council's decision", async () => {
    const anna = await as("anna.lind");
    const planned = await t.h.request("POST", "/api/meetings", {
      token: anna,
      body: {
        bodyId: "kf",
        date: "2026-12-14",
        startsAt: "18:00",
        location: "Stadshuset",
        secretaryPersonId: personId(pitea, "anna.lind"),
        adjusterPersonIds: [],
      },
    });
    expect(planned.status).toBe(201);
    const id = planned.json.id;
    const proposal = (await t.h.request("GET", `/api/meetings/${id}/proposal`, { token: anna })).json.items as {
      key: string;
      summary: string;
    }[];
    const item = proposal.find((p) => p.key === "rollupDecision:2026.interim1");
    expect(item?.summary).toMatch(/^\d+ av 4 mål att bedöma/);
    // A committee is not proposed the council's roll-up.
    const socn = (await t.h.request("GET", "/api/meetings/pitea-socn-next/proposal", { token: anna })).json.items as { key: string }[];
    expect(socn.some((p) => p.key.startsWith("rollupDecision:"))).toBe(false);
    const saved = await t.h.request("PUT", `/api/meetings/${id}/agenda`, {
      token: anna,
      body: { items: [{ key: "rollupDecision:2026.interim1" }] },
      headers: { "if-match": planned.json.etag },
    });
    const published = await t.h.request("POST", `/api/meetings/${id}/publish`, { token: anna, headers: { "if-match": saved.json.etag } });
    const was = clock.at;
    clock.at = new Date("2026-12-14T18:30:00Z");
    try {
      const decided = await t.h.request("POST", `/api/meetings/${id}/decisions`, {
        token: anna,
        body: { itemId: published.json.agenda.items[0].id, type: "approved", text: "Fullmäktige godkänner bedömningen av målen." },
      });
      expect(decided.status).toBe(200);
      const paragraph = decided.json.agenda.items[0].decision.paragraph;
      const rollup = (await t.h.request("GET", "/api/plan-years/2026/periods/interim1/rollup", { token: anna })).json.rows as {
        suggested: string;
        inputs: unknown[];
        decision: { assessment: string; justification: string } | null;
      }[];
      const assessed = rollup.filter((r) => r.inputs.length > 0);
      expect(assessed.length).toBeGreaterThan(0);
      for (const row of assessed) {
        expect(row.decision?.assessment).toBe(row.suggested);
        expect(row.decision?.justification).toBe(`Beslut 2026-12-14 § ${paragraph}: Fullmäktige godkänner bedömningen av målen.`);
      }
      // Assessed, the period's roll-up is not proposed to the council's next meeting.
      const next = await t.h.request("POST", "/api/meetings", {
        token: anna,
        body: { bodyId: "kf", date: "2026-12-21", secretaryPersonId: personId(pitea, "anna.lind"), adjusterPersonIds: [] },
      });
      const again = (await t.h.request("GET", `/api/meetings/${next.json.id}/proposal`, { token: anna })).json.items as { key: string }[];
      expect(again.some((p) => p.key === "rollupDecision:2026.interim1")).toBe(false);
    } finally {
      clock.at = was;
    }
  });

  it("keeps each municipality's meetings to itself", async () => {
    const other = await t.h.tokenFor(alvdala, "ida.norberg");
    expect((await t.h.request("GET", "/api/meetings/pitea-bun-next", { token: other })).status).toBe(404);
    const theirs = (await t.h.request("GET", "/api/meetings", { token: other })).json.meetings.map((m: { id: string }) => m.id);
    expect(theirs.every((id: string) => id.startsWith("alvdala-"))).toBe(true);
  });
});
