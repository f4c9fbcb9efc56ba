import type { InvocationContext, Timer } from "@azure/functions";
import { describe, expect, it } from "vitest";
import reminderTimer from "../../functions/src/reporting/report-reminders-timer.js";
import { pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

/** The services' clock, moved by the tests: reminders and overdue flags follow Stockholm dates. */
const clock = { at: new Date("2026-09-10T08:00:00Z"), now: () => clock.at };
const t = useHarness({ clock });

const as = (slug: string) => t.h.tokenFor(pitea, slug);
const report = (path: string, token: string) => t.h.request("GET", `/api/reports/${path}`, { token });
const save = (path: string, token: string, etag: string, body: object) =>
  t.h.request("PUT", `/api/reports/${path}`, { token, body, headers: { "if-match": etag } });
const step = (path: string, token: string, etag: string, action: string, note?: string) =>
  t.h.request("POST", `/api/reports/${path}/transitions`, {
    token,
    body: { action, ...(note === undefined ? {} : { note }) },
    headers: { "if-match": etag },
  });
const reasons = (res: { json: { details?: { reason: string }[] } }) => (res.json.details ?? []).map((d) => d.reason);

describe("an interim report from deadline to reviewed (issue 3)", () => {
  const path = "2026/interim2/bun";

  it("carries BUN's interim report through reporter, department head and chair, each step audited", async () => {
    const lina = await as("lina.forsberg");
    const maria = await as("maria.berg");
    const erik = await as("erik.nilsson");

    const form = await report(path, lina);
    expect(form.status).toBe(200);
    expect(form.json.report).toMatchObject({ status: "notStarted", etag: "new" });
    expect(form.json.allowed).toEqual({ edit: true, submit: true, approve: false, review: false, return: false });
    expect(form.json.goals.map((g: { id: string }) => g.id).sort()).toEqual(["2026-bun-1", "2026-bun-2"]);
    expect(form.json.indicators).toEqual([expect.objectContaining({ id: "2026-bun-1-trygghet", due: false })]);

    const draft = await save(path, lina, "new", {
      assessments: { "2026-bun-1": { assessment: "partlyFulfilled", analysis: "Matematiken släpar." } },
    });
    expect(draft.status).toBe(200);
    expect(draft.json.status).toBe("draft");

    const early = await step(path, lina, draft.json.etag, "submit");
    expect(early.status).toBe(400);
    expect(early.json.details).toEqual([{ path: "report.assessments.2026-bun-2", reason: "assessment_missing" }]);

    const full = await save(path, lina, draft.json.etag, {
      assessments: {
        "2026-bun-1": {
          assessment: "partlyFulfilled",
          analysis: "Matematiken släpar.",
          evidence: [{ title: "Enkät", url: "https://pitea.se/enkat" }],
        },
        "2026-bun-2": { assessment: "fulfilled" },
      },
    });
    const submitted = await step(path, lina, full.json.etag, "submit");
    expect(submitted.status).toBe(200);
    expect(submitted.json.status).toBe("submitted");
    expect((await save(path, lina, submitted.json.etag, { assessments: {} })).json.details[0].reason).toBe("report_not_editable");

    expect((await step(path, lina, submitted.json.etag, "approve")).status).toBe(403);
    expect((await step(path, erik, submitted.json.etag, "approve")).status).toBe(403);
    expect((await step(path, await as("peter.strand"), submitted.json.etag, "approve")).status).toBe(403);

    const queue = await t.h.request("GET", "/api/me/approvals", { token: maria });
    expect(queue.json.items).toContainEqual(expect.objectContaining({ ownerScopeId: "bun", periodId: "interim2", action: "approve" }));
    const items = await t.h.request("GET", "/api/me/items", { token: maria });
    expect(items.json.items).toContainEqual(expect.objectContaining({ kind: "reportToApprove", href: "#/report/2026/interim2/bun" }));

    const approved = await step(path, maria, submitted.json.etag, "approve");
    expect(approved.json.status).toBe("approved");
    expect((await step(path, maria, approved.json.etag, "review")).status).toBe(403);
    const chairQueue = await t.h.request("GET", "/api/me/approvals", { token: erik });
    expect(chairQueue.json.items).toContainEqual(expect.objectContaining({ ownerScopeId: "bun", action: "review" }));

    const reviewed = await step(path, erik, approved.json.etag, "review");
    expect(reviewed.json.status).toBe("reviewed");
    expect(reviewed.json.events.map((e: { action: string; byName: string }) => `${e.action}:${e.byName}`)).toEqual([
      "submit:Lina Forsberg",
      "approve:Maria Berg",
      "review:Erik Nilsson",
    ]);
    expect(reasons(await step(path, erik, reviewed.json.etag, "return", "Mer analys"))).toEqual(["invalid_transition"]);

    const audit = await t.h.request("GET", "/api/audit?objectType=report&objectId=2026.interim2.bun", { token: t.admin });
    expect(audit.json.entries.map((e: { action: string }) => e.action).sort()).toEqual([
      "report.approve",
      "report.review",
      "report.save",
      "report.save",
      "report.submit",
    ]);
  });

  it("lets the department head return a submitted report with a note, and never without one", async () => {
    const johan = await as("johan.ek");
    const maria = await as("maria.berg");
    const p = "2026/interim2/norrmalmskolan";
    const saved = await save(p, johan, "new", { assessments: { "2026-norrmalm-1": { assessment: "fulfilled" } } });
    const submitted = await step(p, johan, saved.json.etag, "submit");
    expect(reasons(await step(p, maria, submitted.json.etag, "return"))).toEqual(["note_required"]);
    const returned = await step(p, maria, submitted.json.etag, "return", "Lägg till underlag från trygghetsvandringen.");
    expect(returned.json).toMatchObject({ status: "draft" });
    expect(returned.json.events.at(-1)).toMatchObject({ action: "return", note: "Lägg till underlag från trygghetsvandringen." });
    expect((await report(p, johan)).json.allowed.edit).toBe(true);
  });

  it("keeps a reporter to their own unit's report", async () => {
    const lina = await as("lina.forsberg");
    expect((await save("2026/interim2/socn", lina, "new", { assessments: {} })).status).toBe(403);
    expect((await save("2026/interim2/bun", await as("johan.ek"), "new", { assessments: {} })).status).toBe(403);
  });
});

describe("bad report input is refused with its reason, and the saved draft stays", () => {
  const path = "2026/annual/bun";
  let etag = "";

  it("saves a valid draft first", async () => {
    const res = await save(path, await as("lina.forsberg"), "new", {
      assessments: { "2026-bun-2": { assessment: "fulfilled" } },
      outcomes: { "2026-bun-1-trygghet": { total: 86, women: 85, men: 87, unit: "%" } },
    });
    expect(res.status).toBe(200);
    etag = res.json.etag;
  });

  const cases: [string, object, string, string][] = [
    [
      "not fulfilled without analysis",
      { assessments: { "2026-bun-1": { assessment: "notFulfilled" } } },
      "analysis_required",
      "body.assessments.2026-bun-1.analysis",
    ],
    [
      "a value above the range",
      { outcomes: { "2026-bun-1-trygghet": { total: 120 } } },
      "value_outside_range",
      "body.outcomes.2026-bun-1-trygghet.total",
    ],
    [
      "the wrong unit",
      { outcomes: { "2026-bun-1-trygghet": { total: 80, unit: "antal" } } },
      "unit_mismatch",
      "body.outcomes.2026-bun-1-trygghet.unit",
    ],
    [
      "another committee's goal",
      { assessments: { "2026-socn-1": { assessment: "fulfilled" } } },
      "unknown_goal",
      "body.assessments.2026-socn-1",
    ],
    [
      "an evidence link that is no web address",
      { assessments: { "2026-bun-2": { assessment: "fulfilled", evidence: [{ title: "X", url: "javascript:alert(1)" }] } } },
      "invalid_format",
      "",
    ],
  ];
  for (const [what, body, reason, field] of cases) {
    it(`refuses ${what}`, async () => {
      const res = await save(path, await as("lina.forsberg"), etag, body);
      expect(res.status).toBe(400);
      if (field) expect(res.json.details).toContainEqual(expect.objectContaining({ reason, path: field }));
      else expect(res.json.code).toBe("validation_failed");
      const after = await report(path, await as("lina.forsberg"));
      expect(after.json.report.etag).toBe(etag);
      expect(after.json.report.outcomes["2026-bun-1-trygghet"].total).toBe(86);
    });
  }

  it("refuses a value of the wrong type, and a period the plan year does not have", async () => {
    const lina = await as("lina.forsberg");
    const wrongType = await save(path, lina, etag, { outcomes: { "2026-bun-1-trygghet": { total: "åttio" } } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.details[0].path).toBe("body.outcomes.2026-bun-1-trygghet.total");
    const noPeriod = await save("2026/m13/bun", lina, "new", { assessments: {} });
    expect(noPeriod.status).toBe(404);
  });
});

describe("who has not reported, and reminders (one digest per person and day)", () => {
  it("lists every owner asked to report with its status and whom to remind", async () => {
    const res = await t.h.request("GET", "/api/plan-years/2026/periods/interim2/status", { token: await as("lars.oberg") });
    expect(res.status).toBe(200);
    const row = (id: string) => res.json.rows.find((r: { ownerScopeId: string }) => r.ownerScopeId === id);
    expect(res.json.rows.map((r: { ownerScopeId: string }) => r.ownerScopeId)).not.toContain("kf");
    expect(row("socn")).toMatchObject({ status: "notStarted", overdue: false, recipients: [{ name: "Peter Strand" }] });
    expect(row("norrmalmskolan").recipients).toEqual([{ personId: personId(pitea, "johan.ek"), name: "Johan Ek" }]);
  });

  it("sends one digest per person a day, however often a coordinator clicks or the job runs", async () => {
    const first = await t.h.request("POST", "/api/plan-years/2026/periods/interim2/reminders", {
      token: t.admin,
      body: { ownerScopeIds: ["socn"] },
    });
    expect(first.json).toEqual({ sent: 1, alreadyRemindedToday: 0, withoutRecipient: [] });
    const again = await t.h.request("POST", "/api/plan-years/2026/periods/interim2/reminders", {
      token: t.admin,
      body: { ownerScopeIds: ["socn"] },
    });
    expect(again.json).toEqual({ sent: 0, alreadyRemindedToday: 1, withoutRecipient: [] });

    const context = { log: () => undefined } as unknown as InvocationContext;
    await reminderTimer.handler({ isPastDue: true } as Timer, context);
    await reminderTimer.handler({ isPastDue: false } as Timer, context);
    const peter = await as("peter.strand");
    const mine = await t.h.request("GET", "/api/me/notifications", { token: peter });
    expect(mine.json.notifications).toHaveLength(1);
    expect(mine.json.notifications[0]).toMatchObject({
      activityType: "reportDue",
      href: "#/report/2026/interim2/socn",
      templateParameters: { reportName: "Delårsrapport per 31 augusti 2026 (Socialnämnden)", dueDate: "2026-09-15" },
    });
    const status = await t.h.request("GET", "/api/plan-years/2026/periods/interim2/status", { token: t.admin });
    expect(status.json.rows.find((r: { ownerScopeId: string }) => r.ownerScopeId === "socn").remindedOn).toBe("2026-09-10");

    clock.at = new Date("2026-09-20T05:00:00Z");
    await reminderTimer.handler({ isPastDue: false } as Timer, context);
    await reminderTimer.handler({ isPastDue: true } as Timer, context);
    const later = await t.h.request("GET", "/api/me/notifications", { token: peter });
    expect(later.json.notifications).toHaveLength(2);
    expect(later.json.notifications[0].lines[0]).toContain("(försenad)");
    // The ledger keeps who caused each digest: the coordinator's click, then the job (QUALITY-BAR 10).
    const ledger = await t.h.runtime.services.notifier.listSent(pitea.id, {
      since: "2026-09-01",
      recipientPersonId: personId(pitea, "peter.strand"),
    });
    expect(ledger.map((n) => n.sentBy)).toEqual(["system:report-reminders", personId(pitea, "anna.lind")]);
    const overdue = await t.h.request("GET", "/api/plan-years/2026/periods/interim2/status", { token: t.admin });
    expect(overdue.json.rows.find((r: { ownerScopeId: string }) => r.ownerScopeId === "socn").overdue).toBe(true);
    clock.at = new Date("2026-09-10T08:00:00Z");
  });

  it("reminds nobody who has been deactivated", async () => {
    const johan = personId(pitea, "johan.ek");
    const person = await t.h.request("GET", `/api/people?q=Johan`, { token: t.admin });
    const etag = person.json.people.find((p: { id: string }) => p.id === johan).etag;
    const off = await t.h.request("PATCH", `/api/people/${johan}`, {
      token: t.admin,
      body: { active: false },
      headers: { "if-match": etag },
    });
    expect(off.status).toBe(200);
    const res = await t.h.request("POST", "/api/plan-years/2026/periods/interim2/reminders", {
      token: t.admin,
      body: { ownerScopeIds: ["norrmalmskolan"] },
    });
    expect(res.json).toMatchObject({ sent: 0, alreadyRemindedToday: 0 });
    await t.h.request("PATCH", `/api/people/${johan}`, { token: t.admin, body: { active: true }, headers: { "if-match": off.json.etag } });
  });

  it("refuses to remind an owner that is not asked to report", async () => {
    const res = await t.h.request("POST", "/api/plan-years/2026/periods/interim2/reminders", {
      token: t.admin,
      body: { ownerScopeIds: ["kf"] },
    });
    expect(res.status).toBe(400);
    expect(reasons(res)).toEqual(["not_asked_to_report"]);
  });
});

describe("roll-up to the council's goals", () => {
  it("suggests each council goal's assessment by the documented rule, showing its inputs", async () => {
    const res = await t.h.request("GET", "/api/plan-years/2026/periods/interim1/rollup", { token: await as("lars.oberg") });
    expect(res.status).toBe(200);
    expect(res.json.rule.id).toBe("mean-of-breakdowns-v1");
    const row = (id: string) => res.json.rows.find((r: { goalId: string }) => r.goalId === id);
    expect(row("2026-kf-1")).toMatchObject({
      suggested: "partlyFulfilled",
      inputs: [{ goalId: "2026-bun-1", ownerScopeId: "bun", assessment: "partlyFulfilled", source: "reported" }],
      decision: null,
      etag: "new",
    });
    expect(row("2026-kf-3").suggested).toBe("notFulfilled");
    expect(row("2026-kf-4").suggested).toBe("notAssessed");
  });

  it("lets the quality network confirm, or override only with a justification, and audits it", async () => {
    const put = (goal: string, body: object, etag = "new") =>
      t.h.request("PUT", `/api/goals/${goal}/rollup/interim1`, { token: t.admin, body, headers: { "if-match": etag } });
    expect(reasons(await put("2026-kf-1", { assessment: "fulfilled" }))).toEqual(["justification_required"]);
    expect(reasons(await put("2026-bun-1", { assessment: "fulfilled", justification: "x" }))).toEqual(["not_rolled_up"]);
    const confirmed = await put("2026-kf-1", { assessment: "partlyFulfilled" });
    expect(confirmed.status).toBe(200);
    const overridden = await put(
      "2026-kf-1",
      { assessment: "fulfilled", justification: "Nya mätningar i juni visar ökad trygghet." },
      confirmed.json.etag,
    );
    expect(overridden.json.decision).toMatchObject({ assessment: "fulfilled", justification: "Nya mätningar i juni visar ökad trygghet." });
    const audit = await t.h.request("GET", "/api/audit?objectType=rollupDecision&objectId=2026-kf-1.interim1", { token: t.admin });
    expect(audit.json.entries.map((e: { action: string }) => e.action).sort()).toEqual(["rollup.confirm", "rollup.override"]);
  });
});

describe("the goal tree with a period's results", () => {
  it("reads one committee's goals, indicators and reports with status in one query", async () => {
    const token = await as("lars.oberg");
    await t.h.request("GET", "/api/me", { token });
    const before = t.h.calls.length;
    const res = await t.h.request("GET", "/api/plan-years/2026/tree?scopeId=socn&periodId=interim1", { token });
    const calls = t.h.calls.slice(before).filter((c) => !c.queryPlan);
    expect(res.status).toBe(200);
    expect(res.json.goals.map((g: { id: string }) => g.id)).toEqual(["2026-socn-1"]);
    expect(res.json.indicators[0]).toMatchObject({ id: "2026-socn-1-personal", value: 15, status: "offTrack" });
    expect(res.json.reports.map((r: { ownerScopeId: string; status: string }) => `${r.ownerScopeId}:${r.status}`)).toEqual([
      "socn:reviewed",
    ]);
    expect(calls.length).toBeLessThanOrEqual(2);
  });
});

describe("the reporting calendar", () => {
  const calendar = async () =>
    (await t.h.request("GET", "/api/plan-years", { token: t.admin })).json.planYears.find((y: { id: string }) => y.id === "2026");
  const put = (etag: string, periods: object[]) =>
    t.h.request("PUT", "/api/plan-years/2026/calendar", { token: t.admin, body: { periods }, headers: { "if-match": etag } });
  const plain = (periods: { id: string; kind: string; endsOn: string; deadline: string }[]) =>
    periods.map(({ id, kind, endsOn, deadline }) => ({ id, kind, endsOn, deadline }));

  it("starts each plan year with monthly, interim and annual reports", async () => {
    const year = await calendar();
    expect(year.periods.map((p: { id: string }) => p.id)).toEqual([
      "m02",
      "m03",
      "interim1",
      "m05",
      "m06",
      "interim2",
      "m09",
      "m10",
      "m11",
      "annual",
    ]);
  });

  it("refuses bad dates, and removing a period that has reports", async () => {
    const year = await calendar();
    const periods = plain(year.periods);
    const early = await put(
      year.etag,
      periods.map((p) => (p.id === "m02" ? { ...p, deadline: "2026-02-01" } : p)),
    );
    expect(early.status).toBe(400);
    const outside = await put(
      year.etag,
      periods.map((p) => (p.id === "m02" ? { ...p, endsOn: "2025-02-28", deadline: "2025-03-10" } : p)),
    );
    expect(reasons(outside)).toEqual(["period_outside_year"]);
    const removed = await put(
      year.etag,
      periods.filter((p) => p.id !== "interim1"),
    );
    expect(removed.status).toBe(409);
    expect(reasons(removed)).toEqual(["period_has_reports"]);
    const moved = await put(
      year.etag,
      periods.map((p) => (p.id === "m02" ? { ...p, deadline: "2026-03-12" } : p)),
    );
    expect(moved.status).toBe(200);
  });

  it("locks a period: no more changes to its reports or its dates", async () => {
    let year = await calendar();
    const locked = await t.h.request("PUT", "/api/plan-years/2026/periods/interim2/lock", {
      token: t.admin,
      body: { locked: true },
      headers: { "if-match": year.etag },
    });
    expect(locked.status).toBe(200);
    const johan = await as("johan.ek");
    const form = await report("2026/interim2/norrmalmskolan", johan);
    expect(form.json.allowed.edit).toBe(false);
    const refused = await save("2026/interim2/norrmalmskolan", johan, form.json.report.etag, { assessments: {} });
    expect(refused.status).toBe(409);
    expect(reasons(refused)).toEqual(["period_locked"]);
    year = await calendar();
    const moved = await put(
      year.etag,
      plain(year.periods).map((p) => (p.id === "interim2" ? { ...p, deadline: "2026-09-20" } : p)),
    );
    expect(reasons(moved)).toEqual(["period_locked"]);
    const unlocked = await t.h.request("PUT", "/api/plan-years/2026/periods/interim2/lock", {
      token: t.admin,
      body: { locked: false },
      headers: { "if-match": year.etag },
    });
    expect(unlocked.status).toBe(200);
  });
});

describe("copying a plan year forward", () => {
  it("copies the indicators with their goals, each linked to its predecessor", async () => {
    const created = await t.h.request("POST", "/api/plan-years", {
      token: t.admin,
      body: {
        year: 2027,
        vision: "Piteå 2027",
        areas: [{ id: "livsmiljo", name: "Livsmiljö", kind: "strategicArea" }],
        copyGoalsFrom: "2026",
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.periods.at(-1)).toMatchObject({ id: "annual", endsOn: "2027-12-31", deadline: "2028-02-15" });
    const indicators = await t.h.request("GET", "/api/plan-years/2027/indicators", { token: t.admin });
    const copy = indicators.json.indicators.find(
      (i: { predecessorIndicatorId: string }) => i.predecessorIndicatorId === "2026-socn-1-personal",
    );
    expect(copy).toMatchObject({ planYearId: "2027", target: 12 });
    const goals = await t.h.request("GET", "/api/plan-years/2027/goals", { token: t.admin });
    expect(goals.json.goals.find((g: { id: string }) => g.id === copy.goalId).predecessorGoalId).toBe("2026-socn-1");
  });
});

describe("My items", () => {
  it("lists a report to write for the owner of one of its due indicators, who holds no role", async () => {
    const emma = await as("emma.sjoberg");
    const indicator = await t.h.request("GET", "/api/plan-years/2026/indicators?goalId=2026-socn-1", { token: t.admin });
    const current = indicator.json.indicators.find((i: { id: string }) => i.id === "2026-socn-1-personal");
    // Her reports (she also answers for the resident panel's feedback, a dialogue's item).
    const reportsOf = async () =>
      (await t.h.request("GET", "/api/me/items", { token: emma })).json.items.filter((i: { kind: string }) => i.kind === "report");
    expect(await reportsOf()).toEqual([]);
    const owned = await t.h.request("PATCH", "/api/indicators/2026-socn-1-personal", {
      token: t.admin,
      body: { ownerPersonId: personId(pitea, "emma.sjoberg") },
      headers: { "if-match": current.etag },
    });
    expect(owned.status).toBe(200);
    // The overview names her, though she holds no role.
    const status = await t.h.request("GET", "/api/plan-years/2026/periods/interim2/status", { token: t.admin });
    expect(status.json.rows.find((r: { ownerScopeId: string }) => r.ownerScopeId === "socn").recipients).toEqual([
      { personId: personId(pitea, "emma.sjoberg"), name: "Emma Sjöberg" },
    ]);
    expect(await reportsOf()).toEqual([
      expect.objectContaining({
        kind: "report",
        href: "#/report/2026/interim2/socn",
        scopeName: "Socialnämnden",
        dueDate: "2026-09-15",
        period: { kind: "interim", endsOn: "2026-08-31" },
      }),
    ]);
    await t.h.request("PATCH", "/api/indicators/2026-socn-1-personal", {
      token: t.admin,
      body: { ownerPersonId: null },
      headers: { "if-match": owned.json.etag },
    });
  });
});
