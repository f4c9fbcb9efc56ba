// The materiality and risk analysis's arithmetic: the municipality's scale, a risk's value
// and level, and the matrix. Pure functions; the scale is the tenant's (settings).
import { validationFailed } from "../shared/errors.js";

/** One step of a scale: its number (1 is the lowest), a short label and what it means. */
interface Step {
  readonly value: number;
  readonly label: string;
  readonly description: string;
}

export const riskLevels = ["low", "medium", "high", "veryHigh"] as const;
type Level = (typeof riskLevels)[number];

/**
 * The municipality's risk scale: the steps of probability and of consequence, and from
 * which risk value (probability × consequence) each level above "low" begins.
 */
export interface RiskScale {
  readonly probability: readonly Step[];
  readonly consequence: readonly Step[];
  readonly thresholds: { readonly medium: number; readonly high: number; readonly veryHigh: number };
}

/** The scale a municipality starts with: 1–4 each, as Swedish municipalities' guides draw it. */
export const defaultRiskScale: RiskScale = {
  probability: [
    { value: 1, label: "Osannolik", description: "Kan inte uteslutas men har inte inträffat här." },
    { value: 2, label: "Mindre sannolik", description: "Kan inträffa någon gång under några år." },
    { value: 3, label: "Möjlig", description: "Kan inträffa under året." },
    { value: 4, label: "Sannolik", description: "Inträffar troligen under året, kanske flera gånger." },
  ],
  consequence: [
    { value: 1, label: "Försumbar", description: "Obetydlig för verksamheten, invånarna och förtroendet." },
    { value: 2, label: "Lindrig", description: "Märks, men målen nås och ingen tar skada." },
    { value: 3, label: "Kännbar", description: "Ett mål nås inte, eller invånare eller ekonomin tar skada." },
    { value: 4, label: "Allvarlig", description: "Allvarlig skada för invånare, ekonomi eller förtroende." },
  ],
  thresholds: { medium: 4, high: 8, veryHigh: 12 },
};

/** A risk's value: probability × consequence. */
export const riskValue = (probability: number, consequence: number): number => probability * consequence;

/** The level of a risk value on the scale's thresholds. */
export function riskLevel(value: number, scale: RiskScale): Level {
  const { medium, high, veryHigh } = scale.thresholds;
  if (value >= veryHigh) return "veryHigh";
  if (value >= high) return "high";
  if (value >= medium) return "medium";
  return "low";
}

/**
 * Refuses an assessment off the scale, naming the field: a probability of 5 on a scale of
 * 1–4 is `probability_outside_scale` at `body.probability`.
 */
export function assertOnScale(scale: RiskScale, probability: number, consequence: number, path = "body"): void {
  const on = (steps: readonly Step[], v: number) => steps.some((s) => s.value === v);
  const range = (steps: readonly Step[]) => `${steps[0]?.value ?? 1}–${steps.at(-1)?.value ?? 1}`;
  if (!on(scale.probability, probability)) {
    throw validationFailed(
      "probability_outside_scale",
      `Probability is on the municipality's scale of ${range(scale.probability)}.`,
      `${path}.probability`,
    );
  }
  if (!on(scale.consequence, consequence)) {
    throw validationFailed(
      "consequence_outside_scale",
      `Consequence is on the municipality's scale of ${range(scale.consequence)}.`,
      `${path}.consequence`,
    );
  }
}

/**
 * Refuses a scale that cannot be used: steps numbered 1, 2, 3… without gaps (2 to 10 of
 * them), and thresholds rising within the values the scale can give.
 */
export function assertUsableScale(scale: RiskScale, path = "body.riskScale"): void {
  for (const axis of ["probability", "consequence"] as const) {
    const steps = scale[axis];
    if (steps.length < 2 || steps.length > 10 || steps.some((s, i) => s.value !== i + 1)) {
      throw validationFailed("scale_steps_invalid", `The ${axis} steps are numbered 1, 2, 3… (2 to 10 of them).`, `${path}.${axis}`);
    }
  }
  const { medium, high, veryHigh } = scale.thresholds;
  const max = scale.probability.length * scale.consequence.length;
  if (!(1 < medium && medium < high && high < veryHigh && veryHigh <= max)) {
    throw validationFailed(
      "thresholds_invalid",
      `Thresholds rise: 1 < medium < high < very high ≤ ${max}, the highest value the scale gives.`,
      `${path}.thresholds`,
    );
  }
}

/** One cell of the matrix: a probability and a consequence, its level, and the risks in it. */
export interface MatrixCell<R> {
  readonly probability: number;
  readonly consequence: number;
  readonly value: number;
  readonly level: Level;
  readonly risks: readonly R[];
}

/**
 * The risk matrix: every cell of the scale, highest probability first (as the heat map is
 * drawn, top row the most likely), each with the risks assessed there. Risks off the scale
 * (a scale made smaller after they were assessed) are left out and counted.
 */
export function riskMatrix<R extends { readonly probability: number; readonly consequence: number }>(
  scale: RiskScale,
  risks: readonly R[],
): { rows: MatrixCell<R>[][]; offScale: number } {
  const rows = [...scale.probability].reverse().map((p) =>
    scale.consequence.map((c) => {
      const value = riskValue(p.value, c.value);
      return {
        probability: p.value,
        consequence: c.value,
        value,
        level: riskLevel(value, scale),
        risks: risks.filter((r) => r.probability === p.value && r.consequence === c.value),
      };
    }),
  );
  const placed = rows.flat().reduce((n, cell) => n + cell.risks.length, 0);
  return { rows, offScale: risks.length - placed };
}
