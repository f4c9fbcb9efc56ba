import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

/** The demo's day: the first interim period is past, the second reported, the annual report ahead. */
const t = useHarness({ clock: { now: () => new Date("2026-12-02T10:00:00Z") } });
const reasons = (res: { json: { details?: { reason: string; path?: string }[] } }) =>
  (res.json.details ?? []).map((d) => `${d.path}:${d.reason}`);
const as = (slug: string) => t.h.tokenFor(pitea, slug);
const view = async (owner: string, slug = "lars.oberg") =>
  t.h.request("GET", `/api/plan-years/2026/internal-control/${owner}`, { token: await as(slug) });
const peter = personId(pitea, "peter.strand");
const risk = { planYearId: "2026", ownerScopeId: "socn", title: "Avtal följs inte vid inköp", categoryKey: "financial" };
const control = {
  planYearId: "2026",
  ownerScopeId: "socn",
  title: "Inköp görs från avtalade leverantörer",
  method: "sample",
  scope: "20 inköp",
  responsiblePersonId: peter,
  periodIds: ["annual"],
};

describe("the materiality and risk analysis and the plan (issue 14)", () => {
  it("shows BUN's demo analysis: 8 risks, two high, on the matrix; an adopted plan of 5 controls, one common; a significant deviation and an overdue action", async () => {
    const res = await view("bun");
    expect(res.status).toBe(200);
    const v = res.json;
    expect(v.owner).toMatchObject({ id: "bun", kind: "committee" });
    expect(v.risks).toHaveLength(8);
    expect(v.risks.filter((r: { level: string }) => r.level === "high")).toHaveLength(2);
    const cell = (p: number, c: number) =>
      v.matrix.rows.flat().find((x: { probability: number; consequence: number }) => x.probability === p && x.consequence === c);
    expect(v.matrix.rows[0][0].probability).toBe(4);
    expect(cell(3, 3)).toMatchObject({ value: 9, level: "high" });
    expect(cell(3, 3).risks.map((r: { id: string }) => r.id)).toEqual(["bun-r1"]);
    expect(v.risks.find((r: { id: string }) => r.id === "bun-r1").history).toHaveLength(2);
    expect(v.plan.adopted).toEqual({ bodyId: "bun", date: "2026-02-12", paragraph: "§ 14" });
    expect(v.controls).toHaveLength(5);
    expect(v.controls.filter((c: { commonId: string | null }) => c.commonId)).toHaveLength(1);
    const attest = v.controls.find((c: { id: string }) => c.id === "bun-c2");
    expect(attest.periods[0]).toMatchObject({ periodId: "interim1", status: "reviewed", result: "significantDeviation", overdue: false });
    expect(attest.periods[0].analysis).toMatch(/^Fem av tjugo fakturor/);
    // The second interim period is past its deadline and unreported.
    expect(attest.periods[1]).toMatchObject({ periodId: "interim2", status: "notStarted", overdue: true });
    expect(v.actions).toHaveLength(2);
    expect(v.actions.filter((a: { overdue: boolean }) => a.overdue).map((a: { id: string }) => a.id)).toEqual(["bun-a1"]);
    expect(v.allowed).toEqual({ edit: false, adopt: false });
    expect((await view("bun", "ulrika.nordin")).json.allowed).toEqual({ edit: true, adopt: true });
    expect((await view("bun", "erik.nilsson")).json.allowed).toEqual({ edit: false, adopt: true });
  });

  it("answers 404 for a unit that does not exist and refuses one that keeps no plan", async () => {
    expect((await view("nowhere")).status).toBe(404);
    const department = await view("buf");
    expect(department.status).toBe(400);
    expect(reasons(department)).toEqual(["params.ownerScopeId:not_an_internal_control_owner"]);
  });

  it("lets a committee's coordinator edit only their committee, and the executive board's coordinator every one", async () => {
    const ulrika = await as("ulrika.nordin");
    const beside = await t.h.request("POST", "/api/internal-control/risks", {
      token: ulrika,
      body: { ...risk, probability: 2, consequence: 2 },
    });
    expect(beside.status).toBe(403);
    const own = await t.h.request("POST", "/api/internal-control/risks", {
      token: ulrika,
      body: { ...risk, ownerScopeId: "bun", probability: 2, consequence: 2 },
    });
    expect(own.status).toBe(201);
    const ks = await t.h.request("POST", "/api/internal-control/risks", {
      token: await as("mats.wikstrom"),
      body: { ...risk, probability: 2, consequence: 2 },
    });
    expect(ks.status).toBe(201);
  });

  it("refuses bad input with a specific reason and saves nothing", async () => {
    const mats = await as("mats.wikstrom");
    const before = (await view("socn")).json.risks.length;
    const cases: [object, string][] = [
      [{ ...risk, probability: 5, consequence: 2 }, "body.probability:probability_outside_scale"],
      [{ ...risk, probability: 2, consequence: 0 }, "body.consequence:too_small"],
      [
        { ...risk, probability: 2, consequence: 2, decision: { kind: "accept", reason: " " } },
        "body.decision.reason:accept_without_reason",
      ],
      [{ ...risk, probability: 2, consequence: 2, categoryKey: "weather" }, "body.categoryKey:unknown_category"],
      [{ ...risk, probability: 2, consequence: 2, goalIds: ["2025-bun-1"] }, "body.goalIds:unknown_goal"],
    ];
    for (const [body, reason] of cases) {
      const res = await t.h.request("POST", "/api/internal-control/risks", { token: mats, body });
      expect(res.status, reason).toBe(400);
      expect(reasons(res), reason).toContain(reason);
    }
    const controls: [object, string][] = [
      [{ ...control, responsiblePersonId: null }, "body.responsiblePersonId:control_without_responsible"],
      [{ ...control, periodIds: ["q5"] }, "body.periodIds:period_outside_plan_year"],
      [{ ...control, periodIds: [] }, "body.periodIds:control_without_period"],
      [{ ...control, riskIds: ["bun-r1"] }, "body.riskIds:unknown_risk"],
      [{ ...control, responsiblePersonId: personId(pitea, "oskar.vik") }, "body.responsiblePersonId:unknown_person"],
    ];
    for (const [body, reason] of controls) {
      const res = await t.h.request("POST", "/api/internal-control/controls", { token: mats, body });
      expect(res.status, reason).toBe(400);
      expect(reasons(res), reason).toContain(reason);
    }
    const after = (await view("socn")).json;
    expect(after.risks).toHaveLength(before);
    expect(after.controls.map((c: { id: string }) => c.id).sort()).toEqual(["socn-c-representation", "socn-c1"]);
  });

  it("keeps every assessment of a risk and re-levels it on the scale", async () => {
    const mats = await as("mats.wikstrom");
    const created = await t.h.request("POST", "/api/internal-control/risks", {
      token: mats,
      body: { ...risk, title: "Leverantörer går i konkurs", probability: 1, consequence: 2 },
    });
    expect(created.json).toMatchObject({ value: 2, level: "low" });
    const reassessed = await t.h.request("POST", `/api/internal-control/risks/${created.json.id}/assessments`, {
      token: mats,
      body: { probability: 3, consequence: 4, note: "Två leverantörer har varslat." },
      headers: { "if-match": created.json.etag },
    });
    expect(reassessed.status).toBe(200);
    expect(reassessed.json).toMatchObject({ probability: 3, consequence: 4, value: 12, level: "veryHigh" });
    expect(reassessed.json.history.map((h: { level: string }) => h.level)).toEqual(["low", "veryHigh"]);
    const accepted = await t.h.request("PATCH", `/api/internal-control/risks/${created.json.id}`, {
      token: mats,
      body: { decision: { kind: "accept", reason: "Upphandlingen har krav på ekonomisk stabilitet." } },
      headers: { "if-match": reassessed.json.etag },
    });
    expect(accepted.json.decision.kind).toBe("accept");
    const removed = await t.h.request("DELETE", `/api/internal-control/risks/${created.json.id}`, {
      token: mats,
      headers: { "if-match": accepted.json.etag },
    });
    expect(removed.status).toBe(204);
    expect((await view("socn")).json.risks.some((r: { id: string }) => r.id === created.json.id)).toBe(false);
  });

  it("freezes the adopted plan: changes are amendments with their own decision", async () => {
    const mats = await as("mats.wikstrom");
    const adopt = (body: object, etag = "new") =>
      t.h.request("POST", "/api/plan-years/2026/internal-control/socn/adopt", { token: mats, body, headers: { "if-match": etag } });
    const future = await adopt({ decision: { bodyId: "socn", date: "2026-12-24", paragraph: "§ 90" } });
    expect(reasons(future)).toEqual(["body.decision.date:decision_in_future"]);
    const otherBody = await adopt({ decision: { bodyId: "bun", date: "2026-03-18", paragraph: "§ 22" } });
    expect(reasons(otherBody)).toEqual(["body.decision.bodyId:decision_body_not_owner"]);
    const adopted = await adopt({ decision: { bodyId: "socn", date: "2026-03-18", paragraph: "§ 22" } });
    expect(adopted.status).toBe(200);
    expect(adopted.json.adopted.paragraph).toBe("§ 22");
    expect((await adopt({ decision: { bodyId: "socn", date: "2026-03-18", paragraph: "§ 22" } }, adopted.json.etag)).status).toBe(409);

    const frozen = await t.h.request("POST", "/api/internal-control/controls", { token: mats, body: control });
    expect(frozen.status).toBe(409);
    expect(reasons(frozen)).toEqual(["plan:plan_adopted"]);
    const amendment = { bodyId: "socn", date: "2026-10-14", paragraph: "§ 71" };
    const amended = await t.h.request("POST", "/api/internal-control/controls", { token: mats, body: { ...control, amendment } });
    expect(amended.status).toBe(201);
    expect(amended.json.amendment).toEqual(amendment);
    expect(amended.json.frequency).toBe("yearly");
    const removal = await t.h.request("DELETE", `/api/internal-control/controls/${amended.json.id}`, {
      token: mats,
      headers: { "if-match": amended.json.etag },
    });
    expect(removal.status).toBe(409);
    const plan = (await view("socn")).json.plan;
    expect(plan.amendments).toEqual([amendment]);
  });

  it("carries a result from the responsible person through the department head, and turns a deviation into actions", async () => {
    const peterToken = await as("peter.strand");
    const path = "/api/internal-control/controls/socn-c1/reports/annual";
    const body = { examined: "Insatser september–december", sampleSize: 25, errorsFound: 4, result: "significantDeviation" };
    const unexplained = await t.h.request("PUT", path, { token: peterToken, body, headers: { "if-match": "new" } });
    expect(reasons(unexplained)).toEqual(["body.analysis:deviation_without_analysis"]);
    const tooMany = await t.h.request("PUT", path, {
      token: peterToken,
      body: { ...body, errorsFound: 26, analysis: "x" },
      headers: { "if-match": "new" },
    });
    expect(reasons(tooMany)).toEqual(["body.errorsFound:errors_exceed_sample"]);
    const saved = await t.h.request("PUT", path, {
      token: peterToken,
      body: { ...body, analysis: "Fyra brukare fick färre besök än beviljat." },
      headers: { "if-match": "new" },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.report.status).toBe("draft");
    expect(saved.json.allowed).toMatchObject({ submit: true, addAction: true });
    const johan = await t.h.request("PUT", path, { token: await as("johan.ek"), body, headers: { "if-match": saved.json.report.etag } });
    expect(johan.status).toBe(403);

    const action = await t.h.request("POST", "/api/internal-control/actions", {
      token: peterToken,
      body: { controlId: "socn-c1", periodId: "annual", what: "Fasta team per område", ownerPersonId: peter, dueOn: "2027-02-28" },
    });
    expect(action.status).toBe(201);
    expect(action.json).toMatchObject({
      status: "planned",
      overdue: false,
      ownerPersonName: "Peter Strand",
      controlTitle: expect.any(String),
    });
    const noDeviation = await t.h.request("POST", "/api/internal-control/actions", {
      token: await as("mats.wikstrom"),
      body: { controlId: "bun-c1", periodId: "interim1", what: "x", ownerPersonId: peter, dueOn: "2027-02-28" },
    });
    expect(noDeviation.status).toBe(409);
    expect(noDeviation.json.details[0].reason).toBe("no_deviation");

    const submitted = await t.h.request("POST", `${path}/transitions`, {
      token: peterToken,
      body: { action: "submit" },
      headers: { "if-match": saved.json.report.etag },
    });
    expect(submitted.json.report.status).toBe("submitted");
    const approved = await t.h.request("POST", `${path}/transitions`, {
      token: peterToken,
      body: { action: "approve" },
      headers: { "if-match": submitted.json.report.etag },
    });
    expect(approved.json.report.status).toBe("approved");
    expect(approved.json.report.events.map((e: { action: string }) => e.action)).toEqual(["submit", "approve"]);
    const notChair = await t.h.request("POST", `${path}/transitions`, {
      token: peterToken,
      body: { action: "review" },
      headers: { "if-match": approved.json.report.etag },
    });
    expect(notChair.status).toBe(403);

    // The owner reports progress but does not re-plan; the coordinator may.
    const progress = await t.h.request("PATCH", `/api/internal-control/actions/${action.json.id}`, {
      token: peterToken,
      body: { status: "ongoing" },
      headers: { "if-match": action.json.etag },
    });
    expect(progress.json.status).toBe("ongoing");
    const replan = await t.h.request("PATCH", `/api/internal-control/actions/${action.json.id}`, {
      token: peterToken,
      body: { dueOn: "2027-06-30" },
      headers: { "if-match": progress.json.etag },
    });
    expect(replan.status).toBe(403);
  });

  it("gives the executive board every committee's internal control and one matrix, filterable", async () => {
    const res = await t.h.request("GET", "/api/plan-years/2026/internal-control-oversight", { token: await as("karin.lund") });
    expect(res.status).toBe(200);
    const rows = new Map(res.json.rows.map((r: { owner: { id: string } }) => [r.owner.id, r]));
    expect(res.json.rows[0].owner.kind).toBe("executiveBoard");
    expect(rows.size).toBe(9);
    expect(rows.get("bun")).toMatchObject({
      adopted: { paragraph: "§ 14" },
      riskCount: 9,
      highRiskCount: 2,
      controlCount: 5,
      deviations: { significantDeviation: 1, minorDeviation: 0 },
      openActions: 2,
      overdueActions: 1,
    });
    expect(res.json.allowed).toEqual({ assess: true, addCommonControl: true });
    const total = res.json.matrix.rows.flat().reduce((n: number, c: { risks: unknown[] }) => n + c.risks.length, 0);
    const financial = await t.h.request("GET", "/api/plan-years/2026/internal-control-oversight?categoryKey=financial&ownerScopeId=bun", {
      token: await as("karin.lund"),
    });
    const cells = financial.json.matrix.rows.flat().flatMap((c: { risks: { id: string }[] }) => c.risks.map((r) => r.id));
    // BUN's two financial risks of the demo and the one its coordinator registered above.
    expect(cells).toHaveLength(3);
    expect(cells).toEqual(expect.arrayContaining(["bun-r2", "bun-r5"]));
    expect(total).toBeGreaterThan(cells.length);
    const reader = await t.h.request("GET", "/api/plan-years/2026/internal-control-oversight", { token: await as("lars.oberg") });
    expect(reader.json.allowed).toEqual({ assess: false, addCommonControl: false });
  });

  it("records the executive board's assessment of a committee as its decision", async () => {
    const body = {
      sufficiency: "partlySufficient",
      reasons: "Attestkontrollen visar brister; åtgärderna är inte klara.",
      decision: { bodyId: "ks", date: "2026-11-24", paragraph: "§ 201" },
    };
    const path = "/api/plan-years/2026/internal-control-oversight/bun";
    const byCommittee = await t.h.request("PUT", path, {
      token: t.admin,
      body: { ...body, decision: { ...body.decision, bodyId: "bun" } },
      headers: { "if-match": "new" },
    });
    expect(reasons(byCommittee)).toEqual(["body.decision.bodyId:decision_body_not_executive_board"]);
    const chair = await t.h.request("PUT", path, { token: await as("erik.nilsson"), body, headers: { "if-match": "new" } });
    expect(chair.status).toBe(403);
    const saved = await t.h.request("PUT", path, { token: await as("karin.lund"), body, headers: { "if-match": "new" } });
    expect(saved.status).toBe(200);
    const read = await t.h.request("GET", "/api/plan-years/2026/internal-control-oversight", { token: await as("lars.oberg") });
    const bun = read.json.rows.find((r: { owner: { id: string } }) => r.owner.id === "bun");
    expect(bun.assessment).toMatchObject({ sufficiency: "partlySufficient", decision: { paragraph: "§ 201" } });
    expect(bun.assessmentEtag).toBe(saved.json.etag);
  });

  it("adds the executive board's common control to every plan, as an amendment where a plan is adopted", async () => {
    const body = {
      planYearId: "2026",
      title: "Leasingavtal följer riktlinjen",
      method: "review",
      periodIds: ["annual"],
      decision: { bodyId: "ks", date: "2026-11-24", paragraph: "§ 202" },
    };
    const byChair = await t.h.request("POST", "/api/internal-control/common-controls", { token: await as("erik.nilsson"), body });
    expect(byChair.status).toBe(403);
    const res = await t.h.request("POST", "/api/internal-control/common-controls", { token: await as("mats.wikstrom"), body });
    expect(res.status).toBe(201);
    expect(res.json.addedTo).toHaveLength(9);
    const bun = (await view("bun")).json.controls.find((c: { commonId: string | null }) => c.commonId === res.json.commonId);
    expect(bun).toMatchObject({ responsiblePersonId: null, amendment: body.decision });
    const fkn = (await view("fkn")).json.controls.find((c: { commonId: string | null }) => c.commonId === res.json.commonId);
    expect(fkn.amendment).toBeNull();
  });

  it("shows on a goal the risks that threaten it, most serious first, with what their controls found", async () => {
    const res = await t.h.request("GET", "/api/goals/2026-bun-1/risks", { token: await as("lars.oberg") });
    expect(res.status).toBe(200);
    expect(res.json.risks.map((r: { id: string }) => r.id)).toEqual(["bun-r1", "bun-r6", "bun-r3"]);
    const [support] = res.json.risks;
    expect(support).toMatchObject({ level: "high", ownerName: "Barn- och utbildningsnämnden" });
    expect(support.controls[0]).toMatchObject({ id: "bun-c1" });
    expect(support.controls[0].periods[0]).toMatchObject({ periodId: "interim1", result: "noRemark", period: { kind: "interim" } });
    expect(res.json.risks[1].controls).toEqual([]);
    expect((await t.h.request("GET", "/api/goals/2026-socn-1/risks", { token: t.admin })).json.risks).toHaveLength(1);
  });

  it("records the committee's own assessment of the year and writes the year's report as a Word document", async () => {
    const path = "/api/plan-years/2026/internal-control/bun/assessment";
    const body = {
      sufficiency: "partlySufficient",
      reasons: "Attestkontrollen visade brister som åtgärdas.",
      decision: { bodyId: "bun", date: "2026-11-19", paragraph: "§ 112" },
    };
    const reader = await t.h.request("PUT", path, { token: await as("lars.oberg"), body, headers: { "if-match": "new" } });
    expect(reader.status).toBe(403);
    const byBoard = await t.h.request("PUT", path, {
      token: await as("erik.nilsson"),
      body: { ...body, decision: { ...body.decision, bodyId: "ks" } },
      headers: { "if-match": "new" },
    });
    expect(reasons(byBoard)).toEqual(["body.decision.bodyId:decision_body_not_owner"]);
    const saved = await t.h.request("PUT", path, { token: await as("erik.nilsson"), body, headers: { "if-match": "new" } });
    expect(saved.status).toBe(200);
    const v = (await view("bun")).json;
    expect(v.assessment).toMatchObject({ sufficiency: "partlySufficient", decision: { paragraph: "§ 112" } });
    expect(v.assessmentEtag).toBe(saved.json.etag);

    const response = await fetch(`${t.h.base}/api/plan-years/2026/internal-control/bun/report.docx?periodId=interim1`, {
      headers: { authorization: `Bearer ${await as("lars.oberg")}` },
    });
    expect(response.status).toBe(200);
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
    expect(html).toMatch(/<h1>Internkontrollplan<\/h1>/);
    expect(html).toContain("Planen antogs 2026-02-12, § 14.");
    expect(html).toMatch(/<h2>Attesterade fakturor har underlag och rätt attestant \(Delårsrapport per 30 april 2026\)<\/h2>/);
    expect(html).toContain("Fem av tjugo fakturor saknade underlag");
    expect(html).toContain("Attestkontrollen visade brister som åtgärdas.");
    // The period narrows the results: the second interim period is not in this report.
    expect(html).not.toContain("31 augusti 2026");
    const missing = await fetch(`${t.h.base}/api/plan-years/2026/internal-control/bun/report.docx?periodId=q9`, {
      headers: { authorization: `Bearer ${t.admin}` },
    });
    expect(missing.status).toBe(404);
  });

  it("puts a control report waiting for the department head's approval in his My items, and nobody else's", async () => {
    const items = async (slug: string) =>
      (await t.h.request("GET", "/api/me/items", { token: await as(slug) })).json.items as { kind: string; id: string; href: string }[];
    const peters = await items("peter.strand");
    expect(peters).toContainEqual(
      expect.objectContaining({ kind: "controlReportToApprove", id: "socn-c1.interim2", href: "#/controlReport/socn-c1/interim2" }),
    );
    // His own: the common control of the second interim period, late, and the open action he owns.
    expect(peters).toContainEqual(expect.objectContaining({ kind: "controlToReport", id: "socn-c-representation.interim2" }));
    expect(peters).toContainEqual(expect.objectContaining({ kind: "internalControlAction", id: "socn-a1" }));
    expect((await items("maria.berg")).some((i) => i.kind.startsWith("controlReportTo"))).toBe(false);
    expect(await items("maria.berg")).toContainEqual(expect.objectContaining({ kind: "internalControlActionOverdue", id: "bun-a1" }));
    expect((await items("erik.nilsson")).some((i) => i.kind.startsWith("controlReportTo"))).toBe(false);
  });
});
