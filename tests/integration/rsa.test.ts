import { addDays, stockholmDate } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { personId, useHarness } from "../support/harness.js";

const t = useHarness();
const reasons = (res: { json: { details?: { reason: string; path?: string }[] } }) =>
  (res.json.details ?? []).map((d) => `${d.path}:${d.reason}`);
const as = (slug: string) => t.h.tokenFor(pitea, slug);
const rsa = async (query = "", slug = "lars.oberg") => t.h.request("GET", `/api/plan-years/2026/rsa${query}`, { token: await as(slug) });

describe("the risk and vulnerability analysis (issue 14)", () => {
  it("consolidates every department's critical functions, capability, threats on the matrix and measures", async () => {
    const res = await rsa();
    expect(res.status).toBe(200);
    expect(res.json.owner).toBeNull();
    expect(res.json.functions.map((f: { name: string }) => f.name).sort()).toEqual(["Dricksvattenförsörjning", "Hemtjänst", "IT-drift"]);
    expect(res.json.capabilityCounts).toEqual({ good: 1, someShortcomings: 1, inadequate: 1, veryInadequate: 0 });
    const placed = res.json.matrix.rows.flat().flatMap((c: { risks: { title: string }[] }) => c.risks.map((r) => r.title));
    expect(placed.sort()).toEqual(["Långvarigt elavbrott", "Pandemi med hög sjukfrånvaro", "Ransomware-angrepp"]);
    expect(res.json.allowed.edit).toBe(false);
    const homeCare = res.json.functions.find((f: { id: string }) => f.id === "soc-f1");
    expect(homeCare.continuityPlan).toEqual({
      id: "kontinuitetsplan-hemtjanst",
      title: "Kontinuitetsplan för hemtjänsten",
      status: "adopted",
      validUntil: addDays(stockholmDate(new Date()), 60),
    });
  });

  it("keeps the RSA's risks out of the materiality analysis and the executive board's matrix", async () => {
    const committee = await t.h.request("GET", "/api/plan-years/2026/internal-control/socn", { token: await as("lars.oberg") });
    expect(JSON.stringify(committee.json)).not.toContain("Pandemi");
    const oversight = await t.h.request("GET", "/api/plan-years/2026/internal-control-oversight", { token: await as("lars.oberg") });
    expect(JSON.stringify(oversight.json.matrix)).not.toContain("Ransomware");
  });

  it("lets the department's head keep its RSA, refuses another department's head, and names every bad input", async () => {
    const peter = await as("peter.strand");
    const own = await rsa("?ownerScopeId=soc", "peter.strand");
    expect(own.json.allowed.edit).toBe(true);
    expect(own.json.functions).toHaveLength(1);
    const body = { planYearId: "2026", ownerScopeId: "soc", name: "Matdistribution", tolerableOutageHours: 24 };
    const maria = await t.h.request("POST", "/api/rsa/functions", { token: await as("maria.berg"), body });
    expect(maria.status).toBe(403);
    const committee = await t.h.request("POST", "/api/rsa/functions", { token: t.admin, body: { ...body, ownerScopeId: "socn" } });
    expect(reasons(committee)).toEqual(["body.ownerScopeId:not_an_rsa_owner"]);
    const noPlan = await t.h.request("POST", "/api/rsa/functions", { token: peter, body: { ...body, continuityPlanId: "nothing" } });
    expect(reasons(noPlan)).toEqual(["body.continuityPlanId:unknown_document"]);
    const created = await t.h.request("POST", "/api/rsa/functions", {
      token: peter,
      body: { ...body, dependencies: [{ kind: "transport", note: "Egna bilar" }], capability: "veryInadequate" },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ownerName: "Socialtjänsten", capability: "veryInadequate", continuityPlan: null });
    const linked = await t.h.request("PATCH", `/api/rsa/functions/${created.json.id}`, {
      token: peter,
      body: { continuityPlanId: "kontinuitetsplan-hemtjanst", capability: "someShortcomings" },
      headers: { "if-match": created.json.etag },
    });
    expect(linked.json.continuityPlan.title).toBe("Kontinuitetsplan för hemtjänsten");

    const risk = { planYearId: "2026", ownerScopeId: "soc", threat: "Storm", probability: 2, consequence: 3 };
    const offScale = await t.h.request("POST", "/api/rsa/risks", { token: peter, body: { ...risk, probability: 5 } });
    expect(reasons(offScale)).toEqual(["body.probability:probability_outside_scale"]);
    const otherFunction = await t.h.request("POST", "/api/rsa/risks", { token: peter, body: { ...risk, functionId: "klf-f1" } });
    expect(reasons(otherFunction)).toEqual(["body.functionId:unknown_function"]);
    const placed = await t.h.request("POST", "/api/rsa/risks", { token: peter, body: { ...risk, functionId: created.json.id } });
    expect(placed.json).toMatchObject({ value: 6, level: "medium" });
    const raised = await t.h.request("PATCH", `/api/rsa/risks/${placed.json.id}`, {
      token: peter,
      body: { probability: 4 },
      headers: { "if-match": placed.json.etag },
    });
    expect(raised.json).toMatchObject({ value: 12, level: "veryHigh" });

    const measure = await t.h.request("POST", "/api/rsa/measures", {
      token: peter,
      body: { planYearId: "2026", ownerScopeId: "soc", what: "Övning", ownerPersonId: personId(pitea, "johan.ek"), dueOn: "2026-10-01" },
    });
    expect(measure.json).toMatchObject({ status: "planned", overdue: true, ownerPersonName: "Johan Ek" });
    const johan = await as("johan.ek");
    const done = await t.h.request("PATCH", `/api/rsa/measures/${measure.json.id}`, {
      token: johan,
      body: { status: "done" },
      headers: { "if-match": measure.json.etag },
    });
    expect(done.json).toMatchObject({ status: "done", overdue: false });
    const replan = await t.h.request("PATCH", `/api/rsa/measures/${measure.json.id}`, {
      token: johan,
      body: { dueOn: "2027-01-01" },
      headers: { "if-match": done.json.etag },
    });
    expect(replan.status).toBe(403);
  });

  it("registers the continuity plan as a governing document of its own type, so its revision alert reaches its owner", async () => {
    const doc = await t.h.request("GET", "/api/documents/kontinuitetsplan-hemtjanst", { token: await as("lars.oberg") });
    expect(doc.json).toMatchObject({ typeKey: "kontinuitetsplan", status: "adopted" });
    const items = await t.h.request("GET", "/api/me/items", { token: await as("peter.strand") });
    expect(items.json.items).toContainEqual(
      expect.objectContaining({ kind: "document", id: "kontinuitetsplan-hemtjanst", revision: { state: "dueSoon", daysLeft: 60 } }),
    );
  });
});
