import { describe, expect, it } from "vitest";
import { pitea } from "../support/catalogue.js";
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
    const read = await t.h.request("GET", "/api/goals/settings", { token: t.admin });
    expect(read.json.etag).toBe("default");
    expect(read.json.levels.map((l: { key: string }) => l.key)).toEqual(["kf", "committee", "unit"]);
    const body = { levels: read.json.levels, maxGoalsPerOwner: 3 };
    const saved = await t.h.request("PUT", "/api/goals/settings", { token: t.admin, body, headers: { "if-match": "default" } });
    expect(saved.status).toBe(200);
    expect(saved.json.maxGoalsPerOwner).toBe(3);
    const stale = await t.h.request("PUT", "/api/goals/settings", { token: t.admin, body, headers: { "if-match": "default" } });
    expect(stale.status).toBe(412);
    const duplicateKeys = await t.h.request("PUT", "/api/goals/settings", {
      token: t.admin,
      body: { levels: [read.json.levels[0], read.json.levels[0]], maxGoalsPerOwner: 3 },
      headers: { "if-match": saved.json.etag },
    });
    expect(duplicateKeys.status).toBe(400);
  });
});
