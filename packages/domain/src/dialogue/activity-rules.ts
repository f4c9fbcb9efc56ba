// An activity's rules: its steps on the dialogue ladder, the promise it must make, its status
// flow, and when its feedback is due and overdue. Pure functions.
import { addDays } from "../shared/dates.js";
import { DomainError, validationFailed } from "../shared/errors.js";

/** The policy's dialogue ladder, lowest first. */
export const ladderSteps = ["information", "consultation", "participation", "coDecision"] as const;
type LadderStep = (typeof ladderSteps)[number];

/** Resident dialogue (democracy) or customer and user dialogue (service). */
export const perspectives = ["democracy", "service"] as const;

/** An activity's life: proposed → in the plan → running → completed → feedback given. */
export const activityStatuses = ["proposed", "planned", "running", "completed", "feedbackGiven"] as const;
type ActivityStatus = (typeof activityStatuses)[number];

/** The statuses a person moves an activity between; feedback given is reached by recording the feedback. */
export const movableStatuses = ["proposed", "planned", "running", "completed"] as const satisfies readonly ActivityStatus[];

/** From consultation up, participants are asked for something: what they can and cannot affect must be said. */
export const needsPromise = (step: LadderStep): boolean => ladderSteps.indexOf(step) >= ladderSteps.indexOf("consultation");

export interface ActivityShape {
  readonly ladderStep: LadderStep;
  readonly promise: { readonly canInfluence: string; readonly cannotInfluence: string };
  readonly startOn: string;
  readonly endOn: string;
}

/** What every activity must hold whatever else it says. */
export function assertActivityShape(a: ActivityShape, path = "body"): void {
  if (a.endOn < a.startOn) throw validationFailed("end_before_start", "The activity ends on or after the day it starts.", `${path}.endOn`);
  if (needsPromise(a.ladderStep) && a.promise.canInfluence.trim() === "") {
    throw validationFailed(
      "promise_missing",
      "From consultation up, say what the participants can influence (and what they cannot).",
      `${path}.promise.canInfluence`,
    );
  }
}

/** Moving one step forward or back is allowed; feedback given is reached only by recording the feedback. */
export function assertStatusMove(from: ActivityStatus, to: ActivityStatus): void {
  const step = activityStatuses.indexOf(to) - activityStatuses.indexOf(from);
  if (from === "feedbackGiven" || to === "feedbackGiven" || Math.abs(step) !== 1) {
    throw new DomainError("conflict", `An activity cannot go from ${from} to ${to}.`, {
      details: [{ path: "body.status", reason: "status_move_not_allowed" }],
    });
  }
}

/** Feedback to the participants is due this day: the end plus the municipality's days. */
export const feedbackDueOn = (endOn: string, feedbackDays: number): string => addDays(endOn, feedbackDays);

/** An activity that took place and has given no feedback is overdue from the day after it was due. */
export function feedbackOverdue(
  a: { readonly status: ActivityStatus; readonly endOn: string },
  feedbackDays: number,
  today: string,
): boolean {
  return (a.status === "running" || a.status === "completed") && today > feedbackDueOn(a.endOn, feedbackDays);
}

/** Feedback can be recorded once the activity has ended or been completed. */
export function assertFeedbackAllowed(a: { readonly status: ActivityStatus; readonly endOn: string }, today: string): void {
  if (a.status === "feedbackGiven") {
    throw new DomainError("conflict", "The feedback is already recorded.", {
      details: [{ path: "activity", reason: "feedback_already_given" }],
    });
  }
  if (a.status !== "completed" && !(a.status === "running" && a.endOn <= today)) {
    throw new DomainError("conflict", "Feedback is given after the activity has taken place.", {
      details: [{ path: "activity", reason: "activity_not_held" }],
    });
  }
}
