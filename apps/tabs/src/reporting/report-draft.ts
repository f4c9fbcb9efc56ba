import type { Assessment, EvidenceLink, ReportView as ReportViewData, SaveReportBody } from "@kvalitetskedjan/domain";

export const assessments: readonly Assessment[] = ["fulfilled", "partlyFulfilled", "notFulfilled", "notAssessed"];

export interface GoalDraft {
  assessment: Assessment | "";
  analysis: string;
  actions: string;
  evidence: EvidenceLink[];
}
export interface OutcomeDraft {
  total: string;
  women: string;
  men: string;
  comment: string;
}
export interface Draft {
  goals: Record<string, GoalDraft>;
  outcomes: Record<string, OutcomeDraft>;
}

export const numberText = (n: number | null | undefined, decimalComma: boolean) =>
  n === null || n === undefined ? "" : decimalComma ? String(n).replace(".", ",") : String(n);

export function draftOf(view: ReportViewData, decimalComma: boolean): Draft {
  const goals: Record<string, GoalDraft> = {};
  for (const g of view.goals) {
    const a = view.report.assessments[g.id];
    goals[g.id] = {
      assessment: a?.assessment ?? "",
      analysis: a?.analysis ?? "",
      actions: a?.actions ?? "",
      evidence: [...(a?.evidence ?? [])],
    };
  }
  const outcomes: Record<string, OutcomeDraft> = {};
  for (const i of view.indicators) {
    const o = view.report.outcomes[i.id];
    outcomes[i.id] = {
      total: numberText(o?.total, decimalComma),
      women: numberText(o?.women, decimalComma),
      men: numberText(o?.men, decimalComma),
      comment: o?.comment ?? "",
    };
  }
  return { goals, outcomes };
}

/** Numbers as people type them: a decimal comma or point, spaces as thousands separators. */
export const parseNumber = (text: string): number | null | "invalid" => {
  const clean = text.trim().replace(/\s/g, "").replace(",", ".");
  if (clean === "") return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : "invalid";
};

/** The request body from the form, or the paths of fields that are not numbers. */
export function bodyOf(view: ReportViewData, draft: Draft): { body: SaveReportBody } | { invalid: string[] } {
  const body: SaveReportBody = { assessments: {}, outcomes: {} };
  const invalid: string[] = [];
  if (view.assessesGoals) {
    for (const [goalId, g] of Object.entries(draft.goals)) {
      if (g.assessment === "") continue;
      body.assessments[goalId] = { assessment: g.assessment, analysis: g.analysis.trim(), actions: g.actions.trim(), evidence: g.evidence };
    }
  }
  for (const i of view.indicators.filter((x) => x.due)) {
    const o = draft.outcomes[i.id];
    if (!o) continue;
    const values = { total: parseNumber(o.total), women: parseNumber(o.women), men: parseNumber(o.men) };
    for (const [field, v] of Object.entries(values)) if (v === "invalid") invalid.push(`body.outcomes.${i.id}.${field}`);
    if (Object.values(values).every((v) => v === null) && o.comment.trim() === "") continue;
    const number = (v: number | null | "invalid") => (v === "invalid" ? null : v);
    body.outcomes[i.id] = {
      total: number(values.total),
      women: i.splitByGender ? number(values.women) : null,
      men: i.splitByGender ? number(values.men) : null,
      comment: o.comment.trim(),
    };
  }
  return invalid.length ? { invalid } : { body };
}
