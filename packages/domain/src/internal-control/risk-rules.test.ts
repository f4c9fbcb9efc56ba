import { describe, expect, it } from "vitest";
import { refusal } from "./refusal.test-helper.js";
import { assertOnScale, assertUsableScale, defaultRiskScale, type RiskScale, riskLevel, riskMatrix, riskValue } from "./risk-rules.js";

describe("the risk scale", () => {
  it("values a risk as probability × consequence and levels it on the thresholds", () => {
    expect(riskValue(3, 4)).toBe(12);
    const levels = [1, 3, 4, 6, 8, 9, 12, 16].map((v) => riskLevel(v, defaultRiskScale));
    expect(levels).toEqual(["low", "low", "medium", "medium", "high", "high", "veryHigh", "veryHigh"]);
  });

  it("levels on the municipality's own thresholds", () => {
    const strict: RiskScale = { ...defaultRiskScale, thresholds: { medium: 2, high: 4, veryHigh: 9 } };
    expect(riskLevel(4, strict)).toBe("high");
    expect(riskLevel(9, strict)).toBe("veryHigh");
  });

  it("refuses a probability or consequence off the scale, naming the field", () => {
    expect(refusal(() => assertOnScale(defaultRiskScale, 5, 2))).toEqual(["body.probability:probability_outside_scale"]);
    expect(refusal(() => assertOnScale(defaultRiskScale, 2, 0))).toEqual(["body.consequence:consequence_outside_scale"]);
    expect(refusal(() => assertOnScale(defaultRiskScale, 2.5, 2))).toEqual(["body.probability:probability_outside_scale"]);
    expect(refusal(() => assertOnScale(defaultRiskScale, 4, 4))).toEqual([]);
  });

  it("refuses a scale with gaps or thresholds that do not rise within it", () => {
    expect(refusal(() => assertUsableScale(defaultRiskScale))).toEqual([]);
    const gap = { ...defaultRiskScale, probability: defaultRiskScale.probability.filter((s) => s.value !== 2) };
    expect(refusal(() => assertUsableScale(gap))).toEqual(["body.riskScale.probability:scale_steps_invalid"]);
    const falling = { ...defaultRiskScale, thresholds: { medium: 8, high: 4, veryHigh: 12 } };
    expect(refusal(() => assertUsableScale(falling))).toEqual(["body.riskScale.thresholds:thresholds_invalid"]);
    const beyond = { ...defaultRiskScale, thresholds: { medium: 4, high: 8, veryHigh: 17 } };
    expect(refusal(() => assertUsableScale(beyond))).toEqual(["body.riskScale.thresholds:thresholds_invalid"]);
  });
});

describe("the risk matrix", () => {
  const risks = [
    { id: "a", probability: 4, consequence: 4 },
    { id: "b", probability: 4, consequence: 4 },
    { id: "c", probability: 1, consequence: 3 },
    { id: "d", probability: 6, consequence: 1 },
  ];

  it("draws every cell, most likely row first, with its level and the risks in it", () => {
    const { rows, offScale } = riskMatrix(defaultRiskScale, risks);
    expect(rows).toHaveLength(4);
    expect(rows[0]?.map((c) => c.probability)).toEqual([4, 4, 4, 4]);
    expect(rows[0]?.map((c) => c.consequence)).toEqual([1, 2, 3, 4]);
    expect(rows[0]?.[3]).toMatchObject({ value: 16, level: "veryHigh" });
    expect(rows[0]?.[3]?.risks.map((r) => r.id)).toEqual(["a", "b"]);
    expect(rows[3]?.[2]).toMatchObject({ probability: 1, consequence: 3, level: "low" });
    expect(rows[3]?.[2]?.risks.map((r) => r.id)).toEqual(["c"]);
    expect(offScale).toBe(1);
  });
});
