import type { Assessment } from "./contracts.js";

export const rollupRule = {
  id: "mean-of-breakdowns-v1",
  sv:
    "Förslaget bygger på bedömningarna av målen som bryter ned målet (godkända eller behandlade rapporter; " +
    "ett mål utan egen bedömning räknas med sitt eget förslag). Uppfyllt = 2, delvis uppfyllt = 1, ej uppfyllt = 0; " +
    "ej bedömda räknas inte. Medel minst 1,5 ger uppfyllt, under 0,5 ej uppfyllt, annars delvis uppfyllt. " +
    "Är något underliggande mål ej uppfyllt blir förslaget högst delvis uppfyllt. Utan bedömningar: ej bedömt.",
  en:
    "The suggestion uses the assessments of the goals that break the goal down (approved or reviewed reports; " +
    "a goal without an assessment of its own counts with its own suggestion). Fulfilled = 2, partly = 1, not fulfilled = 0; " +
    "not assessed is not counted. A mean of at least 1.5 suggests fulfilled, below 0.5 not fulfilled, otherwise partly. " +
    "If any goal below is not fulfilled, the suggestion is at most partly fulfilled. Without assessments: not assessed.",
} as const;

const score: Record<Exclude<Assessment, "notAssessed">, number> = { fulfilled: 2, partlyFulfilled: 1, notFulfilled: 0 };

/** The rule above, applied to the assessments of the goals below. */
export function suggestAssessment(inputs: readonly Assessment[]): Assessment {
  const scored = inputs.filter((a): a is Exclude<Assessment, "notAssessed"> => a !== "notAssessed");
  if (scored.length === 0) return "notAssessed";
  const mean = scored.reduce((sum, a) => sum + score[a], 0) / scored.length;
  const suggestion: Assessment = mean >= 1.5 ? "fulfilled" : mean < 0.5 ? "notFulfilled" : "partlyFulfilled";
  return suggestion === "fulfilled" && scored.includes("notFulfilled") ? "partlyFulfilled" : suggestion;
}

export interface RollupGoal {
  readonly id: string;
  readonly ownerScopeId: string;
  readonly parentGoalIds: readonly string[];
}

export interface RollupInputRow {
  readonly goalId: string;
  readonly ownerScopeId: string;
  readonly assessment: Assessment;
  readonly source: "reported" | "rolledUp";
}

export interface RollupResult {
  readonly goalId: string;
  readonly suggested: Assessment;
  readonly inputs: readonly RollupInputRow[];
}

/**
 * Suggested assessments for the goals `rolledUp` selects (the council's), bottom-up.
 * `reported` holds the assessments from approved or reviewed reports; `decided` the
 * quality network's confirmed decisions, which count in place of a suggestion further up.
 * Linear in goals and links.
 */
export function rollUp(
  goals: readonly RollupGoal[],
  reported: ReadonlyMap<string, Assessment>,
  decided: ReadonlyMap<string, Assessment>,
  rolledUp: (g: RollupGoal) => boolean,
): RollupResult[] {
  const children = new Map<string, RollupGoal[]>();
  for (const g of goals) {
    for (const parent of g.parentGoalIds) {
      const list = children.get(parent);
      if (list) list.push(g);
      else children.set(parent, [g]);
    }
  }
  const memo = new Map<string, RollupResult>();

  function suggestionFor(g: RollupGoal): RollupResult {
    const known = memo.get(g.id);
    if (known) return known;
    const inputs: RollupInputRow[] = [];
    for (const child of children.get(g.id) ?? []) {
      const value = effective(child);
      if (value) inputs.push({ goalId: child.id, ownerScopeId: child.ownerScopeId, ...value });
    }
    const result = { goalId: g.id, suggested: suggestAssessment(inputs.map((i) => i.assessment)), inputs };
    memo.set(g.id, result);
    return result;
  }

  function effective(g: RollupGoal): { assessment: Assessment; source: "reported" | "rolledUp" } | null {
    const own = decided.get(g.id) ?? reported.get(g.id);
    if (own) return { assessment: own, source: "reported" };
    if (!children.has(g.id)) return null;
    const suggested = suggestionFor(g).suggested;
    return suggested === "notAssessed" ? null : { assessment: suggested, source: "rolledUp" };
  }

  return goals.filter(rolledUp).map(suggestionFor);
}
