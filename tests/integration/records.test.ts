import { describe, expect, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

const t = useHarness();

describe("no lost update, audit, soft delete (QUALITY-BAR 9–10)", () => {
  it("leaves exactly one winner when two people edit the same version in parallel", async () => {
    const tree = await t.h.request("GET", "/api/org/units", { token: t.admin });
    const unit = tree.json.units.find((u: { id: string }) => u.id === "fkf");
    const edit = (name: string) =>
      t.h.request("PATCH", "/api/org/units/fkf", { token: t.admin, body: { name }, headers: { "if-match": unit.etag } });
    const results = await Promise.all([edit("Fritid A"), edit("Fritid B"), edit("Fritid C")]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
    const winner = results.find((r) => r.status === 200);
    const after = await t.h.request("GET", "/api/org/units", { token: t.admin });
    expect(after.json.units.find((u: { id: string }) => u.id === "fkf").name).toBe(winner?.json.name);
    expect(winner?.headers.get("etag")).toBe(winner?.json.etag);
  });

  it("writes an audit record with before and after for every change", async () => {
    const created = await t.h.request("POST", "/api/org/units", {
      token: t.admin,
      body: { parentId: "soc", kind: "unit", name: "Boende Norr" },
    });
    expect(created.status).toBe(201);
    const id = created.json.id;
    const renamed = await t.h.request("PATCH", `/api/org/units/${id}`, {
      token: t.admin,
      body: { name: "Boende Norrfjärden" },
      headers: { "if-match": created.json.etag },
    });
    expect(renamed.status).toBe(200);
    const audit = await t.h.request("GET", `/api/audit?objectType=orgUnit&objectId=${id}`, { token: t.admin });
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toEqual(["orgUnit.update", "orgUnit.create"]);
    const [update, create] = audit.json.entries;
    expect(update).toMatchObject({
      userId: personId(pitea, "anna.lind"),
      before: { name: "Boende Norr" },
      after: { name: "Boende Norrfjärden" },
    });
    expect(create.before).toBeNull();
    expect(new Date(update.at).toISOString()).toBe(update.at);
  });

  it("revokes a role softly: gone from the lists, kept with its audit trail", async () => {
    const emma = personId(pitea, "emma.sjoberg");
    const granted = await t.h.request("POST", "/api/role-assignments", {
      token: t.admin,
      body: { personId: emma, role: "reporter", scopeId: "hemtjansten" },
    });
    expect(granted.status).toBe(201);
    const meBefore = await t.h.request("GET", "/api/me", { token: await t.h.tokenFor(pitea, "emma.sjoberg") });
    expect(meBefore.json.responsibilities).toEqual([
      { role: "reporter", scopeId: "hemtjansten", scopeName: "Hemtjänsten centrum", scopeKind: "unit" },
    ]);
    const revoked = await t.h.request("DELETE", `/api/role-assignments/${granted.json.id}`, {
      token: t.admin,
      headers: { "if-match": granted.json.etag },
    });
    expect(revoked.status).toBe(204);
    const list = await t.h.request("GET", `/api/role-assignments?personId=${emma}`, { token: t.admin });
    expect(list.json.assignments).toEqual([]);
    const again = await t.h.request("DELETE", `/api/role-assignments/${granted.json.id}`, {
      token: t.admin,
      headers: { "if-match": granted.json.etag },
    });
    expect(again.status).toBe(404);
    const audit = await t.h.request("GET", `/api/audit?objectType=roleAssignment&objectId=${granted.json.id}`, { token: t.admin });
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toEqual(["role.revoke", "role.grant"]);
    const stored = await t.h.runtime.services.directoryRepository.listAudit(pitea.id, "roleAssignment", granted.json.id);
    expect(stored).toHaveLength(2);
  });

  it("pages through people with continuation tokens that only work for their own listing", async () => {
    const first = await t.h.request("GET", "/api/people?limit=3", { token: t.admin });
    expect(first.json.people).toHaveLength(3);
    const names: string[] = first.json.people.map((p: { name: string }) => p.name);
    let token = first.json.continuationToken;
    while (token) {
      const next = await t.h.request("GET", `/api/people?limit=3&continuationToken=${encodeURIComponent(token)}`, { token: t.admin });
      expect(next.status).toBe(200);
      names.push(...next.json.people.map((p: { name: string }) => p.name));
      token = next.json.continuationToken;
    }
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(new Set(names).size).toBe(pitea.people.length);
    const other = await t.h.request(
      "GET",
      `/api/people?limit=3&q=an&continuationToken=${encodeURIComponent(first.json.continuationToken)}`,
      {
        token: t.admin,
      },
    );
    expect(other.status).toBe(400);
  });

  it("finds people by part of their name, case-insensitively", async () => {
    const res = await t.h.request("GET", "/api/people?q=BERG", { token: t.admin });
    expect(res.json.people.map((p: { name: string }) => p.name).sort()).toEqual([
      "Emma Sjöberg",
      "Lars Öberg",
      "Lina Forsberg",
      "Maria Berg",
    ]);
  });
});

describe("denormalised reads stay in step (principal on the person, cached organisation tree)", () => {
  it("shows a granted role in the person's principal at once, and drops it when revoked", async () => {
    const peter = personId(pitea, "peter.strand");
    const peterToken = await t.h.tokenFor(pitea, "peter.strand");
    const grant = await t.h.request("POST", "/api/role-assignments", {
      token: t.admin,
      body: { personId: peter, role: "reader", scopeId: "kf" },
    });
    expect(grant.status).toBe(201);
    const me = await t.h.request("GET", "/api/me", { token: peterToken });
    expect(me.json.responsibilities.map((r: { role: string; scopeId: string }) => `${r.role}@${r.scopeId}`).sort()).toEqual([
      "departmentHead@soc",
      "reader@kf",
    ]);
    await t.h.request("DELETE", `/api/role-assignments/${grant.json.id}`, { token: t.admin, headers: { "if-match": grant.json.etag } });
    const after = await t.h.request("GET", "/api/me", { token: peterToken });
    expect(after.json.responsibilities.map((r: { role: string }) => r.role)).toEqual(["departmentHead"]);
  });

  it("keeps every one of several grants made to one person at the same moment", async () => {
    const sara = personId(pitea, "sara.holm");
    const scopes = ["ekonomikontoret", "strategiska-enheten", "bygglov", "stadsbiblioteket"];
    const results = await Promise.all(
      scopes.map((scopeId) =>
        t.h.request("POST", "/api/role-assignments", { token: t.admin, body: { personId: sara, role: "reporter", scopeId } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const me = await t.h.request("GET", "/api/me", { token: await t.h.tokenFor(pitea, "sara.holm") });
    const reporterScopes = me.json.responsibilities
      .filter((r: { role: string }) => r.role === "reporter")
      .map((r: { scopeId: string }) => r.scopeId);
    expect(reporterScopes.sort()).toEqual([...scopes].sort());
  });

  it("shows another instance's change to the organisation on the next read", async () => {
    const { createCosmosDirectoryRepository } = await import("../../functions/src/directory/cosmos-directory-repository.js");
    const other = createCosmosDirectoryRepository(t.h.runtime.database.container("directory"), { now: () => new Date() });
    const before = await t.h.request("GET", "/api/org/units", { token: t.admin });
    const unit = await other.create(
      pitea.id,
      "orgUnit",
      {
        id: "fritidsgarden",
        parentId: "fkf",
        kind: "unit",
        name: "Fritidsgården",
        active: true,
        path: ["pitea", "kf", "fkn", "fkf", "fritidsgarden"],
      },
      { userId: "other-instance", action: "orgUnit.create" },
    );
    const after = await t.h.request("GET", "/api/org/units", { token: t.admin });
    expect(after.json.units.length).toBe(before.json.units.length + 1);
    expect(after.json.units.find((u: { id: string }) => u.id === unit.id)?.name).toBe("Fritidsgården");
  });

  it("lets a screen that only shows take this instance's recent copy, never a write's own instance stale", async () => {
    const { createCosmosDirectoryRepository } = await import("../../functions/src/directory/cosmos-directory-repository.js");
    const { createCosmosGoalRepository } = await import("../../functions/src/goals/cosmos-goal-repository.js");
    const { forDisplay } = await import("@kvalitetskedjan/domain");
    const clock = { now: () => new Date() };
    const directory = () => createCosmosDirectoryRepository(t.h.runtime.database.container("directory"), clock);
    const [here, other] = [directory(), directory()];
    const unit = (id: string, name: string) => ({
      id,
      parentId: "fkf",
      kind: "unit" as const,
      name,
      active: true,
      path: ["pitea", "kf", "fkn", "fkf", id],
    });
    const names = async (freshness?: { acceptAgeMs: number }) => (await here.listOrgUnits(pitea.id, freshness)).map((u) => u.name);
    expect(await names(forDisplay)).not.toContain("Ungdomens hus");
    await other.create(pitea.id, "orgUnit", unit("ungdomenshus", "Ungdomens hus"), { userId: "other-instance", action: "orgUnit.create" });
    expect(await names(forDisplay)).not.toContain("Ungdomens hus");
    expect(await names({ acceptAgeMs: 0 })).toContain("Ungdomens hus");
    expect(await names()).toContain("Ungdomens hus");
    await here.create(pitea.id, "orgUnit", unit("skatepark", "Skateparken"), { userId: "this-instance", action: "orgUnit.create" });
    expect(await names(forDisplay)).toContain("Skateparken");

    const goals = () => createCosmosGoalRepository(t.h.runtime.database.container("goals"), clock);
    const [goalsHere, goalsOther] = [goals(), goals()];
    const year = await goalsHere.findPlanYear(pitea.id, "2026", forDisplay);
    if (!year) throw new Error("the demo's plan year 2026 is missing");
    const { etag: _etag, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...data } = year;
    const elsewhere = await goalsOther.replace(pitea.id, "planYear", year, data, year.etag, {
      userId: "other-instance",
      action: "planYear.update",
    });
    expect((await goalsHere.findPlanYear(pitea.id, "2026", forDisplay))?.etag).toBe(year.etag);
    expect((await goalsHere.findPlanYear(pitea.id, "2026"))?.etag).toBe(elsewhere.etag);
    const mine = await goalsHere.replace(pitea.id, "planYear", elsewhere, data, elsewhere.etag, {
      userId: "this-instance",
      action: "planYear.update",
    });
    expect((await goalsHere.findPlanYear(pitea.id, "2026", forDisplay))?.etag).toBe(mine.etag);
  });

  it("shows another instance's report on the next status read, and My items follows", async () => {
    const { createCosmosGoalRepository } = await import("../../functions/src/goals/cosmos-goal-repository.js");
    const other = createCosmosGoalRepository(t.h.runtime.database.container("goals"), { now: () => new Date() });
    const statusOf = async () =>
      (await t.h.request("GET", "/api/plan-years/2026/periods/interim2/status", { token: t.admin })).json.rows.find(
        (r: { ownerScopeId: string }) => r.ownerScopeId === "socn",
      ).status;
    expect(await statusOf()).toBe("notStarted");
    // This instance has read (and keeps) the tenant's index; the other writes a submitted report.
    await other.create(
      pitea.id,
      "report",
      {
        id: "2026.interim2.socn",
        planYearId: "2026",
        periodId: "interim2",
        ownerScopeId: "socn",
        ownerScopePath: ["pitea", "kf", "socn"],
        status: "submitted",
        assessments: {},
        outcomes: {},
        events: [],
      },
      { userId: "other-instance", action: "report.submit" },
    );
    expect(await statusOf()).toBe("submitted");
    const peter = await t.h.tokenFor(pitea, "peter.strand");
    const items = (await t.h.request("GET", "/api/me/items", { token: peter })).json.items;
    expect(items).toContainEqual(expect.objectContaining({ kind: "reportToApprove", href: "#/report/2026/interim2/socn" }));
  });
});
