import { describe, expect, it } from "vitest";
import {
  assertActivityShape,
  assertFeedbackAllowed,
  assertStatusMove,
  feedbackDueOn,
  feedbackOverdue,
  needsPromise,
} from "./activity-rules.js";

const reason = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { details: { reason: string }[] }).details[0]?.reason;
  }
};

describe("an activity's rules", () => {
  const shape = {
    ladderStep: "consultation" as const,
    promise: { canInfluence: "Vilka dagar", cannotInfluence: "" },
    startOn: "2026-03-01",
    endOn: "2026-03-10",
  };

  it("needs a promise of influence from consultation up, not for information", () => {
    expect(needsPromise("information")).toBe(false);
    expect(needsPromise("coDecision")).toBe(true);
    expect(reason(() => assertActivityShape({ ...shape, promise: { canInfluence: " ", cannotInfluence: "" } }))).toBe("promise_missing");
    expect(
      reason(() => assertActivityShape({ ...shape, ladderStep: "information", promise: { canInfluence: "", cannotInfluence: "" } })),
    ).toBeNull();
  });

  it("refuses an end before the start", () => {
    expect(reason(() => assertActivityShape({ ...shape, endOn: "2026-02-28" }))).toBe("end_before_start");
    expect(reason(() => assertActivityShape({ ...shape, endOn: "2026-03-01" }))).toBeNull();
  });

  it("moves one step at a time, and reaches feedback given only by recording it", () => {
    expect(reason(() => assertStatusMove("proposed", "planned"))).toBeNull();
    expect(reason(() => assertStatusMove("running", "planned"))).toBeNull();
    expect(reason(() => assertStatusMove("proposed", "running"))).toBe("status_move_not_allowed");
    expect(reason(() => assertStatusMove("completed", "feedbackGiven"))).toBe("status_move_not_allowed");
    expect(reason(() => assertStatusMove("feedbackGiven", "completed"))).toBe("status_move_not_allowed");
  });

  it("makes feedback due the end plus the municipality's days, overdue the day after for an activity held", () => {
    expect(feedbackDueOn("2026-03-10", 60)).toBe("2026-05-09");
    const held = { status: "completed" as const, endOn: "2026-03-10" };
    expect(feedbackOverdue(held, 60, "2026-05-09")).toBe(false);
    expect(feedbackOverdue(held, 60, "2026-05-10")).toBe(true);
    expect(feedbackOverdue({ ...held, status: "feedbackGiven" }, 60, "2026-12-01")).toBe(false);
    expect(feedbackOverdue({ ...held, status: "planned" }, 60, "2026-12-01")).toBe(false);
  });

  it("takes feedback once the activity has been held, and only once", () => {
    expect(reason(() => assertFeedbackAllowed({ status: "completed", endOn: "2026-03-10" }, "2026-03-01"))).toBeNull();
    expect(reason(() => assertFeedbackAllowed({ status: "running", endOn: "2026-03-10" }, "2026-03-11"))).toBeNull();
    expect(reason(() => assertFeedbackAllowed({ status: "running", endOn: "2026-03-10" }, "2026-03-09"))).toBe("activity_not_held");
    expect(reason(() => assertFeedbackAllowed({ status: "feedbackGiven", endOn: "2026-03-10" }, "2026-04-01"))).toBe(
      "feedback_already_given",
    );
  });
});
