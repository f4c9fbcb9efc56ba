import { describe, expect, it } from "vitest";
import { CreateRiskBody, defaultRiskCategories, InternalControlSettingsBody, RiskDecisionBody } from "./contracts.js";
import { assertUsableScale, defaultRiskScale } from "./risk-rules.js";

describe("internal control contracts", () => {
  it("takes the defaults a municipality starts with as valid settings", () => {
    const settings = InternalControlSettingsBody.parse({ riskScale: defaultRiskScale, categories: defaultRiskCategories });
    expect(() => assertUsableScale(settings.riskScale)).not.toThrow();
    expect(settings.categories.map((c) => c.key)).toContain("it");
  });

  it("refuses two categories with the same key", () => {
    const twice = [...defaultRiskCategories, { key: "it", name: "IT igen" }];
    expect(InternalControlSettingsBody.safeParse({ riskScale: defaultRiskScale, categories: twice }).success).toBe(false);
  });

  it("starts a risk undecided, and refuses scores that are not whole steps", () => {
    const base = { planYearId: "2026", ownerScopeId: "bun", title: "Brister i attest av fakturor", categoryKey: "financial" };
    expect(CreateRiskBody.parse({ ...base, probability: 3, consequence: 2 }).decision).toEqual({ kind: "undecided" });
    expect(CreateRiskBody.safeParse({ ...base, probability: 2.5, consequence: 2 }).success).toBe(false);
    expect(CreateRiskBody.safeParse({ ...base, probability: 0, consequence: 2 }).success).toBe(false);
    expect(CreateRiskBody.safeParse({ ...base, probability: 3, consequence: 2, owner: "x" }).success).toBe(false);
  });

  it("knows the four decisions about a risk and no other", () => {
    expect(RiskDecisionBody.safeParse({ kind: "accept", reason: "Låg kostnad." }).success).toBe(true);
    expect(RiskDecisionBody.safeParse({ kind: "ignore" }).success).toBe(false);
  });
});
