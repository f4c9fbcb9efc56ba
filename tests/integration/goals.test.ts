import { describe, expect, it } from "vitest";
import { alvdala, pitea } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

const t = useHarness();

interface GoalDto {
  id: string;
  title: string;
  etag: string;
  parentGoalIds: string[];
  predecessorGoalId: string | null;
  levelKey: string;
  ownerScopeId: string;
}

const goalsOf = async (year: string, owner?: string) =>
  (await t.h.request("GET", `/api/plan-years/${year}/goals${owner ? `?ownerScopeId=${owner}` : ""}`, { token: t.admin })).json as {
    goals: GoalDto[];
    warnings: { reason: string; ownerScopeId: string; count: number; limit: number }[];
  };

describe("goal structure (issue 3)", () => {
  it("serves the seeded plan year with Piteå's vision, strategic areas and goal chain", async () => {
    const years = await t.h.request("GET", "/api/plan-years", { token: t.admin });
    expect(years.json.planYears[0]).toMatchObject({ id: "2026", vision: "Piteå – det är hit man kommer när man kommer hem" });
    expect(years.json.planYears[0].areas.map((a: { name: string }) => a.name)).toContain("Demokrati och öppenhet");
    const { goals } = await goalsOf("2026");
    expect(goals.find((g) => g.id === "2026-bun-1")?.parentGoalIds).toEqual(["2026-kf-1"]);
  });

  it("lets a committee's chair add a goal breaking down a council goal, but not another committee's", async () => {
    const erik = await t.h.tokenFor(pitea, "erik.nilsson");
    const own = await t.h.request("POST", "/api/goals", {
      token: erik,
      body: {
        planYearId: "2026",
        levelKey: "committee",
        ownerScopeId: "bun",
        title: "Fler elever läser på fritiden",
        parentGoalIds: ["2026-kf-1"],
      },
    });
    expect(own.status).toBe(201);
    expect(own.json.goal).toMatchObject({ ownerScopeId: "bun", ownerScopePath: ["pitea", "kf", "bun"], levelKey: "committee" });
    const other = await t.h.request("POST", "/api/goals", {
      token: erik,
      body: { planYearId: "2026", levelKey: "committee", ownerScopeId: "socn", title: "X", parentGoalIds: ["2026-kf-3"] },
    });
    expect(other.status).toBe(403);
  });

  it("refuses goals that break the chain, with the rule's reason", async () => {
    const post = (body: object) =>
      t.h.request("POST", "/api/goals", { token: t.admin, body: { planYearId: "2026", title: "Mål", ...body } });
    const reasons = async (body: object) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      return res.json.details[0].reason;
    };
    expect(await reasons({ levelKey: "committee", ownerScopeId: "bun" })).toBe("must_break_down_a_goal");
    expect(await reasons({ levelKey: "kf", ownerScopeId: "bun" })).toBe("owner_kind_not_allowed_at_level");
    expect(await reasons({ levelKey: "unit", ownerScopeId: "norrmalmskolan", parentGoalIds: ["2026-kf-1"] })).toBe(
      "parent_not_one_level_up",
    );
    expect(await reasons({ levelKey: "unit", ownerScopeId: "hemtjansten", parentGoalIds: ["2026-bun-1"] })).toBe("parent_owner_not_above");
    expect(await reasons({ levelKey: "committee", ownerScopeId: "bun", parentGoalIds: ["2026-kf-1"], areaId: "nope" })).toBe(
      "unknown_area",
    );
    expect((await post({ planYearId: "1999", levelKey: "kf", ownerScopeId: "kf" })).status).toBe(404);
  });

  it("copies a plan year's goals forward, linked to their predecessors, and keeps years apart", async () => {
    const before = await goalsOf("2026");
    const created = await t.h.request("POST", "/api/plan-years", {
      token: t.admin,
      body: {
        year: 2027,
        vision: "Piteå – det är hit man kommer när man kommer hem",
        areas: [{ id: "barn-och-unga", name: "Barn och unga", kind: "strategicArea" }],
        copyGoalsFrom: "2026",
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.previousPlanYearId).toBe("2026");
    const after = await goalsOf("2027");
    expect(after.goals).toHaveLength(before.goals.length);
    const copyOf = (id: string) => after.goals.find((g) => g.predecessorGoalId === id);
    expect(copyOf("2026-bun-1")?.parentGoalIds).toEqual([copyOf("2026-kf-1")?.id]);
    expect(copyOf("2026-bun-1")?.title).toBe(before.goals.find((g) => g.id === "2026-bun-1")?.title);

    const crossYear = await t.h.request("POST", "/api/goals", {
      token: t.admin,
      body: { planYearId: "2027", levelKey: "committee", ownerScopeId: "bun", title: "Mål", parentGoalIds: ["2026-kf-1"] },
    });
    expect(crossYear.json.details[0].reason).toBe("parent_in_other_plan_year");
    const again = await t.h.request("POST", "/api/plan-years", {
      token: t.admin,
      body: { year: 2027, vision: "v", areas: [{ id: "a", name: "A", kind: "strategicArea" }] },
    });
    expect(again.status).toBe(409);
  });

  it("warns, without refusing, when a unit has more goals than the municipality's limit", async () => {
    let last: { warnings: unknown[] } = { warnings: [] };
    for (let i = 0; i < 6; i++) {
      const res = await t.h.request("POST", "/api/goals", {
        token: t.admin,
        body: {
          planYearId: "2026",
          levelKey: "committee",
          ownerScopeId: "fkn",
          title: `Fritidsmål ${i + 1}`,
          parentGoalIds: ["2026-kf-3"],
        },
      });
      expect(res.status).toBe(201);
      last = res.json;
    }
    expect(last.warnings).toEqual([{ reason: "too_many_goals", ownerScopeId: "fkn", count: 6, limit: 5 }]);
    expect((await goalsOf("2026")).warnings).toContainEqual({ reason: "too_many_goals", ownerScopeId: "fkn", count: 6, limit: 5 });
  });

  it("records a credibility review with its reason, audited", async () => {
    const goal = (await goalsOf("2026", "socn")).goals.find((g) => g.id === "2026-socn-1") as GoalDto;
    const peter = await t.h.tokenFor(pitea, "peter.strand");
    const forbidden = await t.h.request("POST", `/api/goals/${goal.id}/review`, {
      token: peter,
      body: { conclusion: "credible" },
      headers: { "if-match": goal.etag },
    });
    expect(forbidden.status).toBe(403);
    const noNote = await t.h.request("POST", `/api/goals/${goal.id}/review`, {
      token: t.admin,
      body: { conclusion: "needsWork" },
      headers: { "if-match": goal.etag },
    });
    expect(noNote.json.details[0].reason).toBe("note_required");
    const reviewed = await t.h.request("POST", `/api/goals/${goal.id}/review`, {
      token: t.admin,
      body: { conclusion: "needsWork", note: "Målet följer inte av behoven i omvärldsanalysen." },
      headers: { "if-match": goal.etag },
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.json.credibilityReview).toMatchObject({ conclusion: "needsWork", reviewedBy: expect.any(String) });
    const audit = await t.h.request("GET", `/api/audit?objectType=goal&objectId=${goal.id}`, { token: t.admin });
    expect(audit.json.entries[0]).toMatchObject({ action: "goal.review", after: { credibilityReview: { conclusion: "needsWork" } } });
  });

  it("saves goal settings once from the default version, then only from the version read", async () => {
    // Älvdala has never saved its settings (Piteå's demo data sets its benchmark).
    const admin = await t.h.tokenFor(alvdala, "ida.norberg");
    const read = await t.h.request("GET", "/api/goals/settings", { token: admin });
    expect(read.json.etag).toBe("default");
    expect(read.json.levels.map((l: { key: string }) => l.key)).toEqual(["kf", "committee", "unit"]);
    const body = { levels: read.json.levels, maxGoalsPerOwner: 3 };
    const saved = await t.h.request("PUT", "/api/goals/settings", { token: admin, body, headers: { "if-match": "default" } });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ maxGoalsPerOwner: 3, benchmark: null, publishResults: false });
    const stale = await t.h.request("PUT", "/api/goals/settings", { token: admin, body, headers: { "if-match": "default" } });
    expect(stale.status).toBe(412);
    const duplicateKeys = await t.h.request("PUT", "/api/goals/settings", {
      token: admin,
      body: { levels: [read.json.levels[0], read.json.levels[0]], maxGoalsPerOwner: 3 },
      headers: { "if-match": saved.json.etag },
    });
    expect(duplicateKeys.status).toBe(400);
  });
});

describe("indicators (issue 3)", () => {
  const base = {
    goalId: "2026-bun-1",
    title: "Andel elever i årskurs 9 med godkända betyg i alla ämnen",
    unit: "%",
    direction: "higherIsBetter",
    periodicity: "year",
    source: { kind: "kolada", kpiId: "N15419" },
    splitByGender: true,
    range: { min: 0, max: 100 },
    baseline: { year: 2025, value: 78 },
    target: 82,
  };

  it("adds an indicator to a goal with its definition, and lists it under the goal", async () => {
    const created = await t.h.request("POST", "/api/indicators", { token: t.admin, body: base });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      planYearId: "2026",
      goalId: "2026-bun-1",
      source: { kind: "kolada", kpiId: "N15419" },
      splitByGender: true,
      target: 82,
    });
    const list = await t.h.request("GET", "/api/plan-years/2026/indicators?goalId=2026-bun-1", { token: t.admin });
    expect(list.json.indicators.map((i: { title: string }) => i.title)).toEqual(
      expect.arrayContaining(["Andel elever i årskurs 9 som känner sig trygga i skolan", base.title]),
    );
  });

  it("refuses targets and baselines outside the declared range, malformed Kolada ids and unknown owners", async () => {
    const post = (body: object) => t.h.request("POST", "/api/indicators", { token: t.admin, body: { ...base, ...body } });
    expect((await post({ target: 120 })).json.details[0]).toMatchObject({ path: "body.target" });
    expect((await post({ baseline: { year: 2025, value: -1 } })).json.details[0]).toMatchObject({ path: "body.baseline" });
    expect((await post({ source: { kind: "kolada", kpiId: "15419" } })).status).toBe(400);
    expect((await post({ range: { min: 10, max: 5 } })).status).toBe(400);
    const unknownOwner = await post({ ownerPersonId: "55555555-5555-4555-8555-555555555555" });
    expect(unknownOwner.json.details[0]).toMatchObject({ reason: "unknown_person", path: "body.ownerPersonId" });
    expect((await post({ goalId: "no-such-goal" })).status).toBe(404);
  });

  it("keeps a changed target within the range, with If-Match", async () => {
    const list = await t.h.request("GET", "/api/plan-years/2026/indicators?goalId=2026-socn-1", { token: t.admin });
    const indicator = list.json.indicators[0];
    const outside = await t.h.request("PATCH", `/api/indicators/${indicator.id}`, {
      token: t.admin,
      body: { range: { min: 0, max: 10 } },
      headers: { "if-match": indicator.etag },
    });
    expect(outside.json.details[0].reason).toBe("target_outside_range");
    const ok = await t.h.request("PATCH", `/api/indicators/${indicator.id}`, {
      token: t.admin,
      body: { target: 10 },
      headers: { "if-match": indicator.etag },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.target).toBe(10);
  });
});
