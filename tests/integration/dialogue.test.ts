import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { alvdala, pitea } from "../support/catalogue.js";
import { pdfBytes } from "../support/files.js";
import { personId, useHarness } from "../support/harness.js";

/** The demo's day: the resident panel's feedback (due 11 August) is overdue, the meal survey still running. */
const t = useHarness({ clock: { now: () => new Date("2026-12-02T10:00:00Z") } });
const reasons = (res: { json: { details?: { reason: string; path?: string }[] } }) =>
  (res.json.details ?? []).map((d) => `${d.path}:${d.reason}`);
const as = (slug: string) => t.h.tokenFor(pitea, slug);
const plan = async (slug = "lars.oberg", query = "") =>
  t.h.request("GET", `/api/plan-years/2026/dialogue${query}`, { token: await as(slug) });
const activity = async (id: string, slug = "lars.oberg") => t.h.request("GET", `/api/dialogue/activities/${id}`, { token: await as(slug) });
type A = { id: string; title: string; overlaps: { activityId: string; title: string; coordinated: unknown }[] } & Record<string, unknown>;
const find = (list: A[], id: string) => list.find((a) => a.id === id) as A;

const survey = (patch: object = {}) => ({
  planYearId: "2026",
  title: "Enkät om förskolans utemiljö",
  perspective: "service",
  methodKey: "survey",
  ladderStep: "consultation",
  promise: { canInfluence: "Vad som byggs på gårdarna 2027", cannotInfluence: "Budgetramen" },
  targetGroupKeys: ["guardians-preschool"],
  startOn: "2026-12-07",
  endOn: "2026-12-18",
  responsibleUnitId: "buf",
  responsiblePersonId: personId(pitea, "maria.berg"),
  ...patch,
});

describe("the yearly plan of surveys and dialogues (issue 15)", () => {
  it("shows Piteå's plan: adopted by KS, a focus dialogue, an overlap on both sides, one feedback overdue", async () => {
    const res = await plan();
    expect(res.status).toBe(200);
    const p = res.json;
    expect(p.adopted).toEqual({ bodyId: "ks", date: "2026-01-27", paragraph: "§ 15" });
    expect(p.activities.map((a: A) => a.id)).toEqual(["dlg-fokus", "dlg-panel", "dlg-unga", "dlg-forskola", "dlg-maltider"]);
    expect(find(p.activities, "dlg-fokus").focusDecision).toMatchObject({ bodyId: "ks" });
    expect(find(p.activities, "dlg-maltider").addedAfterAdoption).toBe(true);
    expect(find(p.activities, "dlg-forskola").overlaps.map((o) => o.title)).toEqual(["Måltidsenkät i förskolan, Norrfjärden"]);
    expect(find(p.activities, "dlg-maltider").overlaps.map((o) => o.activityId)).toEqual(["dlg-forskola"]);
    expect(find(p.activities, "dlg-panel")).toMatchObject({ feedbackDueOn: "2026-08-11", feedbackOverdue: true });
    expect(p.activities.filter((a: A) => a.feedbackOverdue).map((a: A) => a.id)).toEqual(["dlg-panel"]);
    expect(p).toMatchObject({ feedbackOverdue: 1, overlapsUncoordinated: 1, canPlan: false, canCoordinate: false });
    // KS's focus dialogue and the resident panel reach all residents five days apart: coordinated in the demo.
    expect(find(p.activities, "dlg-fokus").overlaps[0]).toMatchObject({ activityId: "dlg-panel", coordinated: { by: "Helena Marklund" } });
    expect((await plan("helena.marklund")).json).toMatchObject({ canPlan: true, canCoordinate: true });
    expect((await plan("maria.berg")).json).toMatchObject({ canPlan: true, canCoordinate: false });
  });

  it("filters by target group (with the groups below it), status and responsible unit", async () => {
    const ids = async (query: string) => (await plan("lars.oberg", query)).json.activities.map((a: A) => a.id);
    expect(await ids("?targetGroupKey=guardians-preschool")).toEqual(["dlg-forskola", "dlg-maltider"]);
    expect(await ids("?status=running")).toEqual(["dlg-maltider"]);
    expect(await ids("?responsibleUnitId=bun")).toEqual(["dlg-forskola", "dlg-maltider"]);
    expect((await plan("lars.oberg", "?status=done")).status).toBe(400);
  });

  it("lets a department plan a survey and warns, without refusing, of the other survey to the same guardians", async () => {
    const token = await as("maria.berg");
    const res = await t.h.request("POST", "/api/dialogue/activities", { token, body: survey() });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ status: "proposed", responsiblePersonName: "Maria Berg", addedAfterAdoption: true, canEdit: true });
    expect(res.json.overlaps.map((o: { title: string }) => o.title).sort()).toEqual([
      "Förskoleenkät till vårdnadshavare",
      "Måltidsenkät i förskolan, Norrfjärden",
    ]);
    // The other side warns too.
    expect(find((await plan()).json.activities, "dlg-maltider").overlaps.map((o) => o.activityId)).toContain(res.json.id);
    // Beside her department she plans nothing.
    expect((await t.h.request("POST", "/api/dialogue/activities", { token, body: survey({ responsibleUnitId: "sbf" }) })).status).toBe(403);
  });

  it("names each bad input and saves nothing", async () => {
    const token = await as("maria.berg");
    const before = (await plan()).json.activities.length;
    const refused = async (patch: object) => reasons(await t.h.request("POST", "/api/dialogue/activities", { token, body: survey(patch) }));
    expect(await refused({ endOn: "2026-12-01" })).toEqual(["body.endOn:end_before_start"]);
    expect(await refused({ promise: { canInfluence: "", cannotInfluence: "" } })).toEqual(["body.promise.canInfluence:promise_missing"]);
    expect(await refused({ ladderStep: "tokenism" })).toEqual([expect.stringMatching(/^body\.ladderStep:/)]);
    expect(await refused({ targetGroupKeys: ["martians"] })).toEqual(["body.targetGroupKeys:unknown_target_group"]);
    expect(await refused({ methodKey: "seance" })).toEqual(["body.methodKey:unknown_method"]);
    expect(await refused({ responsiblePersonId: personId(pitea, "oskar.vik") })).toEqual(["body.responsiblePersonId:unknown_person"]);
    expect(await refused({ goalIds: ["2025-kf-1"] })).toEqual(["body.goalIds:unknown_goal"]);
    expect(await refused({ cost: -5 })).toEqual([expect.stringMatching(/^body\.cost:/)]);
    const info = await t.h.request("POST", "/api/dialogue/activities", {
      token,
      body: survey({
        ladderStep: "information",
        promise: { canInfluence: "", cannotInfluence: "" },
        title: "Information om nya förskolan",
      }),
    });
    expect(info.status).toBe(201);
    expect((await plan()).json.activities.length).toBe(before + 1);
  });

  it("keeps focus dialogues and putting an activity in the plan to the quality group", async () => {
    const maria = await as("maria.berg");
    const helena = await as("helena.marklund");
    const focus = { bodyId: "ks", date: "2026-11-20", paragraph: "§ 140" };
    expect((await t.h.request("POST", "/api/dialogue/activities", { token: maria, body: survey({ focusDecision: focus }) })).status).toBe(
      403,
    );
    const bun = await t.h.request("POST", "/api/dialogue/activities", {
      token: helena,
      body: survey({ focusDecision: { ...focus, bodyId: "bun" } }),
    });
    expect(reasons(bun)).toEqual(["body.focusDecision.bodyId:focus_not_executive_board"]);
    const created = await t.h.request("POST", "/api/dialogue/activities", { token: maria, body: survey({ title: "Vårdnadshavardialog" }) });
    const move = (token: string, status: string, etag: string) =>
      t.h.request("POST", `/api/dialogue/activities/${created.json.id}/status`, { token, body: { status }, headers: { "if-match": etag } });
    expect((await move(maria, "planned", created.json.etag)).status).toBe(403);
    const planned = await move(helena, "planned", created.json.etag);
    expect(planned.json.status).toBe("planned");
    const running = await move(maria, "running", planned.json.etag);
    expect(running.json.status).toBe("running");
    const skip = await move(maria, "proposed", running.json.etag);
    expect(skip.status).toBe(409);
    expect(reasons(skip)).toEqual(["body.status:status_move_not_allowed"]);
    expect((await move(maria, "completed", "stale")).status).toBe(412);
  });

  it("lets the quality group mark an overlap coordinated, and both activities show it", async () => {
    const body = { activityIds: ["dlg-maltider", "dlg-forskola"], note: "Frågorna samordnas i ett utskick." };
    const coordinate = async (slug: string, etag: string, note = body.note) =>
      t.h.request("POST", "/api/dialogue/coordinations", { token: await as(slug), body: { ...body, note }, headers: { "if-match": etag } });
    expect((await coordinate("maria.berg", "new")).status).toBe(403);
    const res = await coordinate("helena.marklund", "new");
    expect(res.status).toBe(200);
    for (const a of res.json.activities) {
      expect(a.overlaps.find((o: { activityId: string }) => body.activityIds.includes(o.activityId))?.coordinated).toMatchObject({
        note: "Frågorna samordnas i ett utskick.",
        by: "Helena Marklund",
      });
    }
    // A second coordinator writing the same pair from a stale screen does not overwrite the first's note.
    const pair = res.json.activities[0].overlaps.find((o: { activityId: string }) => body.activityIds.includes(o.activityId)).coordinated;
    const stale = await coordinate("helena.marklund", "new", "Ett annat beslut");
    expect(stale.status).toBe(412);
    const changed = await coordinate("helena.marklund", pair.etag, "Ett utskick i januari.");
    expect(changed.status).toBe(200);
    expect(changed.json.activities[0].overlaps[0].coordinated.note).toBe("Ett utskick i januari.");
    const unrelated = await t.h.request("POST", "/api/dialogue/coordinations", {
      token: await as("helena.marklund"),
      body: { activityIds: ["dlg-unga", "dlg-forskola"], note: "x" },
      headers: { "if-match": "new" },
    });
    expect(reasons(unrelated)).toEqual(["body.activityIds:no_overlap"]);
  });

  it("refuses a second adoption and records the first with its decision", async () => {
    const helena = await as("helena.marklund");
    const current = (await plan("helena.marklund")).json;
    const again = await t.h.request("POST", "/api/plan-years/2026/dialogue/adopt", {
      token: helena,
      body: { decision: { bodyId: "ks", date: "2026-02-10", paragraph: "§ 20" } },
      headers: { "if-match": current.etag },
    });
    expect(again.status).toBe(409);
    expect(reasons(again)).toEqual(["plan:plan_adopted"]);
  });
});

describe("results, suppression and feedback (issue 15)", () => {
  it("publishes the youth survey with its small cell as 'fewer than 5' and a complementary cell hidden, to every reader", async () => {
    const res = await activity("dlg-unga");
    expect(res.status).toBe(200);
    const { results, entry, canRecordResults } = res.json;
    expect(entry).toBeNull();
    expect(canRecordResults).toBe(false);
    expect(results.participants).toBe(412);
    const gender = results.breakdowns.find((b: { dimension: string }) => b.dimension === "gender");
    const cell = (key: string) => gender.groups.find((g: { key: string }) => g.key === key).cell;
    expect(cell("other")).toEqual({ kind: "fewerThan5" });
    expect(cell("notStated")).toEqual({ kind: "hidden" });
    expect(cell("woman")).toEqual({ kind: "shown", value: 221 });
    expect(JSON.stringify(results)).not.toMatch(/"value":3\b/);
    const young = gender.groups.find((g: { key: string }) => g.key === "woman");
    expect(young.populationShare).toBeCloseTo(910 / 1880);
    expect(results.questions[0]).toMatchObject({ respondents: 412, mean: 5.8, withheld: false });
    expect(results.links.decisions).toEqual([{ key: "budget-2027", name: "Budget 2027" }]);
    expect(results.links.goals[0]).toMatchObject({ id: "2026-kf-1" });
    // The one who records them also gets them as entered, for the form.
    expect((await activity("dlg-unga", "helena.marklund")).json.entry.participants.byGender.other).toBe(3);
  });

  it("takes results from the responsible person, refuses groups larger than the total and changes nothing", async () => {
    const lina = await as("lina.forsberg");
    const url = "/api/dialogue/activities/dlg-maltider/results";
    const good = {
      participants: { total: 41, byGender: { woman: 25, man: 13, notStated: 3 } },
      questions: [{ text: "Mitt barn tycker om maten", counts: [2, 6, 20, 13] }],
    };
    const over = await t.h.request("PUT", url, {
      token: lina,
      body: { participants: { total: 10, byGender: { woman: 8, man: 5 } } },
      headers: { "if-match": "new" },
    });
    expect(over.status).toBe(400);
    expect(reasons(over)).toEqual(["body.participants.byGender:breakdown_exceeds_total"]);
    expect((await activity("dlg-maltider")).json.results).toBeNull();
    expect((await t.h.request("PUT", url, { token: await as("johan.ek"), body: good, headers: { "if-match": "new" } })).status).toBe(403);
    const saved = await t.h.request("PUT", url, { token: lina, body: good, headers: { "if-match": "new" } });
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe(saved.json.resultsEtag);
    const cells = saved.json.results.breakdowns[0].groups.map((g: { key: string; cell: { kind: string } }) => [g.key, g.cell.kind]);
    expect(cells).toContainEqual(["notStated", "fewerThan5"]);
    expect(saved.json.results.questions[0].distribution[0].cell).toEqual({ kind: "fewerThan5" });
    const stale = await t.h.request("PUT", url, { token: lina, body: good, headers: { "if-match": "new" } });
    expect(stale.status).toBe(412);
  });

  it("records the overdue feedback of the resident panel once, from its responsible person", async () => {
    const emma = await as("emma.sjoberg");
    const current = (await activity("dlg-panel", "emma.sjoberg")).json.activity;
    const body = {
      givenOn: "2026-11-30",
      whatWasDone: "Panelens prioriteringar finns i förslaget till trafikplan.",
      publishedWhere: "pitea.se/trafikplan",
    };
    const url = "/api/dialogue/activities/dlg-panel/feedback";
    const future = await t.h.request("POST", url, {
      token: emma,
      body: { ...body, givenOn: "2026-12-24" },
      headers: { "if-match": current.etag },
    });
    expect(reasons(future)).toEqual(["body.givenOn:feedback_in_future"]);
    const res = await t.h.request("POST", url, { token: emma, body, headers: { "if-match": current.etag } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "feedbackGiven", feedbackOverdue: false, feedback: { recordedBy: "Emma Sjöberg" } });
    const again = await t.h.request("POST", url, { token: emma, body, headers: { "if-match": res.json.etag } });
    expect(reasons(again)).toEqual(["activity:feedback_already_given"]);
    expect((await plan()).json.feedbackOverdue).toBe(0);
  });
});

describe("files kept with the results (issue 15)", () => {
  const attach = async (id: string, slug: string, etag: string, name: string, bytes: Uint8Array) =>
    t.h.request("POST", `/api/dialogue/activities/${id}/attachments?name=${encodeURIComponent(name)}`, {
      token: await as(slug),
      rawBody: bytes,
      headers: { "if-match": etag, "content-type": "application/pdf" },
    });
  const download = async (id: string, attachmentId: string, slug: string) =>
    fetch(`${t.h.base}/api/dialogue/activities/${id}/attachments/${attachmentId}`, {
      headers: { authorization: `Bearer ${await as(slug)}` },
    });

  it("files the panel's report in the document library for its responsible person, once however often it is sent", async () => {
    const before = (await activity("dlg-panel", "emma.sjoberg")).json;
    expect(before.attachments).toEqual([]);
    const report = pdfBytes("Invånarpanelen 2026: rapport");
    const res = await attach("dlg-panel", "emma.sjoberg", before.activity.etag, "Invånarpanelen rapport.pdf", report);
    expect(res.status).toBe(200);
    expect(res.json.attachments).toEqual([
      expect.objectContaining({
        name: "Invånarpanelen rapport.pdf",
        size: report.length,
        contentType: "application/pdf",
        addedBy: "Emma Sjöberg",
      }),
    ]);
    expect(res.headers.get("etag")).toBe(res.json.activity.etag);
    // The same file again (a retry whose answer was lost): the same attachment, nothing filed twice.
    const again = await attach("dlg-panel", "emma.sjoberg", before.activity.etag, "Invånarpanelen rapport.pdf", report);
    expect(again.status).toBe(200);
    expect(again.json.attachments).toHaveLength(1);
    const [filed] = res.json.attachments;
    const file = await download("dlg-panel", filed.id, "emma.sjoberg");
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(report);
    // A reader sees the published results, not the files (they may hold what suppression keeps back).
    expect((await activity("dlg-panel", "lars.oberg")).json.attachments).toEqual([]);
    expect((await download("dlg-panel", filed.id, "lars.oberg")).status).toBe(403);
    // Another municipality cannot reach it.
    const other = await fetch(`${t.h.base}/api/dialogue/activities/dlg-panel/attachments/${filed.id}`, {
      headers: { authorization: `Bearer ${await t.h.tokenFor(alvdala, "ida.norberg")}` },
    });
    expect(other.status).toBe(404);
    // Taken off the activity with its etag; the file stays in the library.
    const stale = await t.h.request("DELETE", `/api/dialogue/activities/dlg-panel/attachments/${filed.id}`, {
      token: await as("emma.sjoberg"),
      headers: { "if-match": before.activity.etag },
    });
    expect(stale.status).toBe(412);
    const removed = await t.h.request("DELETE", `/api/dialogue/activities/dlg-panel/attachments/${filed.id}`, {
      token: await as("emma.sjoberg"),
      headers: { "if-match": res.json.activity.etag },
    });
    expect(removed.status).toBe(200);
    expect(removed.json.attachments).toEqual([]);
    expect((await download("dlg-panel", filed.id, "emma.sjoberg")).status).toBe(404);
  });

  it("refuses a file that is not what its name says, a stranger's upload and files before the activity is held, filing nothing", async () => {
    const panel = (await activity("dlg-panel", "emma.sjoberg")).json.activity;
    const fake = await attach("dlg-panel", "emma.sjoberg", panel.etag, "Rapport.docx", pdfBytes("not Word"));
    expect(fake.status).toBe(400);
    expect(reasons(fake)).toEqual(["body:content_mismatch"]);
    const program = await attach("dlg-panel", "emma.sjoberg", panel.etag, "Rapport.exe", pdfBytes("x"));
    expect(reasons(program)).toEqual(["query.name:unsupported_file_type"]);
    expect((await attach("dlg-panel", "lars.oberg", panel.etag, "Rapport.pdf", pdfBytes("x"))).status).toBe(403);
    const proposed = (
      await t.h.request("POST", "/api/dialogue/activities", {
        token: await as("maria.berg"),
        body: survey({ title: "Enkät om skolskjutsar" }),
      })
    ).json;
    const early = await attach(proposed.id, "maria.berg", proposed.etag, "Rapport.pdf", pdfBytes("x"));
    expect(early.status).toBe(409);
    expect(reasons(early)).toEqual(["activity:activity_not_held"]);
    expect((await activity("dlg-panel", "emma.sjoberg")).json.activity.etag).toBe(panel.etag);
    expect((await activity(proposed.id, "maria.berg")).json.activity.etag).toBe(proposed.etag);
  });
});

describe("the dialogue settings (issue 15)", () => {
  it("are the quality group's, and refuse a taxonomy with a cycle", async () => {
    const settings = (await t.h.request("GET", "/api/dialogue/settings", { token: await as("lars.oberg") })).json;
    expect(settings.decisions.map((d: { key: string }) => d.key)).toEqual(["budget-2027", "vp-2027"]);
    const { etag, ...body } = settings;
    const put = async (slug: string, b: object) =>
      t.h.request("PUT", "/api/dialogue/settings", { token: await as(slug), body: b, headers: { "if-match": etag } });
    expect((await put("maria.berg", body)).status).toBe(403);
    const cycle = {
      ...body,
      targetGroups: body.targetGroups.map((g: { key: string; parentKey: string | null }) =>
        g.key === "residents" ? { ...g, parentKey: "young" } : g,
      ),
    };
    expect(reasons(await put("helena.marklund", cycle))).toEqual(["body.targetGroups.0.parentKey:target_group_cycle"]);
    const saved = await put("helena.marklund", { ...body, overlapWeeks: 2 });
    expect(saved.status).toBe(200);
    // Three weeks apart: no longer an overlap within two weeks.
    expect(find((await plan()).json.activities, "dlg-forskola").overlaps).toEqual([]);
  });
});

describe("from dialogue to decision (issue 15)", () => {
  it("answers which dialogues informed budget 2027 and what came of them, and which are behind a goal", async () => {
    const token = await as("lars.oberg");
    const res = await t.h.request("GET", "/api/dialogue/trace?decisionKey=budget-2027", { token });
    expect(res.status).toBe(200);
    expect(res.json.decision).toEqual({ key: "budget-2027", name: "Budget 2027" });
    const byId = new Map(res.json.activities.map((a: { id: string }) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual(["dlg-fokus", "dlg-unga"]);
    expect(byId.get("dlg-unga")).toMatchObject({
      via: "result",
      participants: 412,
      themes: ["Trygghet", "Mötesplatser", "Kollektivtrafik"],
    });
    expect(byId.get("dlg-fokus")).toMatchObject({ via: "planned", participants: null, feedback: { recordedBy: "Karin Lund" } });
    const goal = await t.h.request("GET", "/api/goals/2026-kf-1/dialogues", { token });
    expect(goal.json.activities.map((a: { id: string }) => a.id)).toEqual(["dlg-unga"]);
    expect((await t.h.request("GET", "/api/dialogue/trace?decisionKey=Budget 2027", { token })).status).toBe(400);
  });
});

describe("open data: what residents see of the dialogue plan (issue 15)", () => {
  it("publishes Piteå's plan with its promises, results suppressed and feedback, naming no one; Älvdala does not publish", async () => {
    const res = await t.h.request("GET", `/api/public/${pitea.id}/dialogues?planYear=2026`);
    expect(res.status).toBe(200);
    const unga = res.json.activities.find((a: { id: string }) => a.id === "dlg-unga");
    expect(unga.promise.canInfluence).toMatch(/^Vilka fritidsaktiviteter/);
    const gender = unga.results.breakdowns.find((b: { dimension: string }) => b.dimension === "gender");
    expect(gender.groups.find((g: { key: string }) => g.key === "other").cell).toEqual({ kind: "fewerThan5" });
    expect(unga.feedback).toEqual({
      givenOn: "2026-11-16",
      whatWasDone: expect.stringMatching(/^Resultaten presenterades/),
      publishedWhere: "pitea.se/ungtycker och i skolornas veckobrev",
    });
    const text = JSON.stringify(res.json);
    for (const name of ["Helena Marklund", "Emma Sjöberg", "Maria Berg", "Karin Lund"]) expect(text).not.toContain(name);
    expect(res.json.activities.every((a: { status: string }) => a.status !== "proposed")).toBe(true);

    const csv = await t.h.request("GET", `/api/public/${pitea.id}/dialogues?planYear=2026&format=csv&dataset=results`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.json as string).toContain('"dlg-unga","Unga i Piteå tycker","participants","gender","other","färre än 5"');
    expect(csv.json as string).not.toMatch(/"other","3"/);
    const rows = await t.h.request("GET", `/api/public/${pitea.id}/dialogues?planYear=2026&format=csv`);
    expect((rows.json as string).split("\r\n")[0]).toContain('"plan_year","activity_id","title"');

    expect((await t.h.request("GET", `/api/public/${alvdala.id}/dialogues`)).status).toBe(404);
  });
});

describe("the yearly summary to the council (issue 15)", () => {
  it("is a Word document with the ladder, participation, results, feedback and the trace, small groups suppressed", async () => {
    const response = await fetch(`${t.h.base}/api/plan-years/2026/dialogue/summary.docx`, {
      headers: { authorization: `Bearer ${await as("lars.oberg")}` },
    });
    expect(response.status).toBe(200);
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
    expect(html).toContain("<h1>Aktiviteter per steg och perspektiv</h1>");
    expect(html).toContain("Dialogplanen antogs 2026-01-27, § 15.");
    expect(html).toMatch(/<h2>Unga i Piteå tycker<\/h2>/);
    expect(html).toContain("Jag känner mig trygg när jag rör mig ute på kvällen: medelvärde 5,8 (skala 2–8)");
    expect(html).toContain("<h1>Från dialog till beslut</h1>");
    expect(html).toContain("Budget 2027");
    // Participation beside the target group: the youth survey reached 54 % women where the age group has 48 %.
    expect(html).toContain("<td><p>412</p></td><td><p>54 % (48 %)</p></td>");
    const english = await fetch(`${t.h.base}/api/plan-years/2026/dialogue/summary.docx?locale=en`, {
      headers: { authorization: `Bearer ${t.admin}` },
    });
    expect((await mammoth.convertToHtml({ buffer: Buffer.from(await english.arrayBuffer()) })).value).toContain(
      "From dialogue to decision",
    );
  });
});
