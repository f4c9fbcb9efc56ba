import { beforeEach, describe, expect, it } from "vitest";
import { alvdala, bodyOf, pitea, sampleRequests, targets } from "../support/catalogue.js";
import { useHarness } from "../support/harness.js";

const t = useHarness();
beforeEach(() => {
  t.h.calls.length = 0;
});

/** Every directory request the API made since the last reset stayed in `tenantId`'s partition. */
function expectOnlyPartition(tenantId: string) {
  const docs = t.h.calls.filter((c) => c.path.includes("/colls/directory") && !c.queryPlan);
  expect(docs.length).toBeGreaterThan(0);
  for (const call of docs) {
    expect.soft(call.partitionKey, `${call.operationType} ${call.path}`).toBe(JSON.stringify([tenantId]));
    if (call.query !== null) expect.soft(call.query).toContain("c.tenantId = @tenantId");
  }
  // The query-plan lookups carry the same query text, so they too name the tenant. The one read
  // across tenants is the registry of onboarded municipalities (no tenant's data), read whole once a minute.
  for (const plan of t.h.calls.filter((c) => c.queryPlan && !c.path.includes("/colls/tenants/"))) {
    expect.soft(plan.query).toContain("c.tenantId = @tenantId");
  }
}

describe("tenant isolation (QUALITY-BAR 2)", () => {
  const attacks = () => {
    const theirs = sampleRequests(alvdala);
    return [
      "org-unit-update",
      "person-update",
      "role-assignment-delete",
      "org-unit-create",
      "role-assignments-list",
      "goal-update",
      "goal-review",
      "indicator-update",
      "indicator-create",
      "indicators-list",
      "goal-detail-get",
      "internal-control-committee-get",
      "control-plan-adopt",
      "risk-update",
      "risk-assess",
      "control-update",
      "control-report-get",
      "control-report-save",
      "internal-control-action-update",
      "critical-function-update",
      "rsa-risk-update",
      "rsa-measure-update",
      "dialogue-activity-get",
      "dialogue-activity-update",
      "dialogue-activity-move",
      "dialogue-activity-remove",
      "dialogue-feedback-record",
      "dialogue-results-save",
      "dialogue-coordination-save",
    ].map((name) => ({
      name,
      request: theirs[name] as NonNullable<(typeof theirs)[string]>,
    }));
  };

  for (const { name } of attacks()) {
    it(`${name}: a Piteå administrator aiming at Älvdala's ids gets 404 and no data`, async () => {
      const request = sampleRequests(alvdala)[name];
      if (!request) throw new Error(name);
      const res = await t.h.request(request.method, request.path, {
        token: t.admin,
        ...bodyOf(request),
        headers: { ...bodyOf(request).headers, ...(request.ifMatch ? { "if-match": "anything" } : {}) },
      });
      expect(res.status).toBe(404);
      expect(res.json.code).toBe("not_found");
      expect(JSON.stringify(res.json)).not.toContain("Älvdala");
      expectOnlyPartition(pitea.id);
    });
  }

  it("grants nothing to a person of another tenant", async () => {
    const res = await t.h.request("POST", "/api/role-assignments", {
      token: t.admin,
      body: { personId: targets(alvdala).person, role: "reader", scopeId: targets(pitea).unit },
    });
    expect(res.status).toBe(400);
    expect(res.json.details[0].reason).toBe("unknown_person");
    expectOnlyPartition(pitea.id);
  });

  it("lists only the caller's own organisation, people and roles", async () => {
    for (const path of ["/api/org/units", "/api/people?limit=200", "/api/role-assignments", "/api/me", "/api/me/items"]) {
      const res = await t.h.request("GET", path, { token: t.admin });
      expect(res.status, path).toBe(200);
      const text = JSON.stringify(res.json);
      expect(text, path).not.toContain("Älvdala");
      expect(text, path).not.toContain("alvdala.example");
    }
    expectOnlyPartition(pitea.id);
  });

  it("shows no audit trail of another tenant's object", async () => {
    const res = await t.h.request("GET", `/api/audit?objectType=orgUnit&objectId=${targets(alvdala).unit}`, { token: t.admin });
    expect(res.status).toBe(200);
    expect(res.json.entries).toEqual([]);
  });

  it("takes the tenant from the token, never from the body", async () => {
    const res = await t.h.request("POST", "/api/org/units", {
      token: t.admin,
      body: { parentId: targets(pitea).unit, kind: "unit", name: "X", tenantId: alvdala.id },
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("unknown_field");
  });
});
