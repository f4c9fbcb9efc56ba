// The internal control plan's rules: what a risk's decision needs, when a plan is frozen,
// what a control needs, what a result means, and what is overdue. Pure functions.
import type { DocumentDecision } from "../documents/contracts.js";
import { DomainError, validationFailed } from "../shared/errors.js";

/** What the committee decides to do about a risk. */
export type RiskDecision =
  | { readonly kind: "control" }
  | { readonly kind: "act"; readonly note: string }
  | { readonly kind: "accept"; readonly reason: string }
  | { readonly kind: "undecided" };

/** Accepting a risk is a decision the auditors read: it needs its written reason. */
export function assertRiskDecision(decision: RiskDecision, path = "body.decision"): void {
  if (decision.kind === "accept" && decision.reason.trim() === "") {
    throw validationFailed("accept_without_reason", "Accepting a risk needs the reason, in writing.", `${path}.reason`);
  }
  if (decision.kind === "act" && decision.note.trim() === "") {
    throw validationFailed("action_without_description", "Say what is done about the risk instead of a control.", `${path}.note`);
  }
}

/** A decision is recorded after it is taken: its date is today or earlier. */
export function assertDecisionTaken(decision: Pick<DocumentDecision, "date">, today: string, path = "body.decision"): void {
  if (decision.date > today) {
    throw validationFailed("decision_in_future", "A decision is recorded once it is taken: the date is today or earlier.", `${path}.date`);
  }
}

/**
 * An adopted plan is frozen: a change to its controls is an amendment with a decision of
 * its own, never an edit of what the committee adopted.
 */
export function assertPlanOpen(plan: { readonly adopted: DocumentDecision | null }): void {
  if (plan.adopted !== null) {
    throw new DomainError("conflict", "The plan is adopted. Record the change as an amendment with its decision.", {
      details: [{ path: "plan", reason: "plan_adopted" }],
    });
  }
}

/** A control is checked by someone, in periods of the plan year's calendar. */
export function assertControlComplete(
  control: { readonly responsiblePersonId: string | null; readonly periodIds: readonly string[] },
  calendar: readonly { readonly id: string }[],
  path = "body",
): void {
  if (!control.responsiblePersonId) {
    throw validationFailed("control_without_responsible", "A control needs the person responsible for it.", `${path}.responsiblePersonId`);
  }
  if (control.periodIds.length === 0) {
    throw validationFailed("control_without_period", "Choose when the control is reported.", `${path}.periodIds`);
  }
  const known = new Set(calendar.map((p) => p.id));
  const outside = control.periodIds.filter((id) => !known.has(id));
  if (outside.length > 0) {
    throw validationFailed(
      "period_outside_plan_year",
      `Not a reporting period of the plan year: ${outside.join(", ")}.`,
      `${path}.periodIds`,
    );
  }
}

export const controlResults = ["noRemark", "minorDeviation", "significantDeviation"] as const;
type Result = (typeof controlResults)[number];

/** A result with a deviation: it needs an analysis, and it produces actions. */
export const isDeviation = (result: Result): boolean => result !== "noRemark";

/** A deviation is explained: what was found and why. */
export function assertResultExplained(result: Result, analysis: string, path = "body"): void {
  if (isDeviation(result) && analysis.trim() === "") {
    throw validationFailed("deviation_without_analysis", "Describe the deviation: what was found and why.", `${path}.analysis`);
  }
}

export const actionStatuses = ["planned", "ongoing", "done"] as const;
type Status = (typeof actionStatuses)[number];

/** An action is overdue from the day after its due date until it is done. */
export const actionOverdue = (action: { readonly status: Status; readonly dueOn: string }, today: string): boolean =>
  action.status !== "done" && action.dueOn < today;

/**
 * The controls not reported for a period once its deadline has passed: each control the
 * plan schedules in the period without a submitted result.
 */
export function unreportedControls<C extends { readonly id: string; readonly periodIds: readonly string[] }>(
  controls: readonly C[],
  period: { readonly id: string; readonly deadline: string },
  reportedControlIds: ReadonlySet<string>,
  today: string,
): C[] {
  if (today <= period.deadline) return [];
  return controls.filter((c) => c.periodIds.includes(period.id) && !reportedControlIds.has(c.id));
}
