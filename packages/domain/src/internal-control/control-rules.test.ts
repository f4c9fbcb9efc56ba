import { describe, expect, it } from "vitest";
import {
  actionOverdue,
  assertControlComplete,
  assertDecisionTaken,
  assertPlanOpen,
  assertResultExplained,
  assertRiskDecision,
  isDeviation,
  unreportedControls,
} from "./control-rules.js";
import { refusal } from "./refusal.test-helper.js";

describe("deciding about a risk", () => {
  it("accepts a risk only with a written reason, and acting without a control only when it says what", () => {
    expect(refusal(() => assertRiskDecision({ kind: "accept", reason: "  " }))).toEqual(["body.decision.reason:accept_without_reason"]);
    expect(refusal(() => assertRiskDecision({ kind: "accept", reason: "Kostnaden för en kontroll överstiger risken." }))).toEqual([]);
    expect(refusal(() => assertRiskDecision({ kind: "act", note: "" }))).toEqual(["body.decision.note:action_without_description"]);
    expect(refusal(() => assertRiskDecision({ kind: "control" }))).toEqual([]);
  });
});

describe("the plan and its decisions", () => {
  it("records a decision taken today or earlier, never one in the future", () => {
    const decision = { date: "2026-03-12", paragraph: "§ 23", bodyId: "bun" };
    expect(refusal(() => assertDecisionTaken(decision, "2026-03-12"))).toEqual([]);
    expect(refusal(() => assertDecisionTaken(decision, "2026-03-11"))).toEqual(["body.decision.date:decision_in_future"]);
  });

  it("freezes an adopted plan: changes are amendments", () => {
    expect(refusal(() => assertPlanOpen({ adopted: null }))).toEqual([]);
    expect(refusal(() => assertPlanOpen({ adopted: { date: "2026-03-12", paragraph: "§ 23", bodyId: "bun" } }))).toEqual([
      "plan:plan_adopted",
    ]);
  });

  it("needs a control's responsible person and periods of the plan year", () => {
    const calendar = [{ id: "interim1" }, { id: "interim2" }, { id: "annual" }];
    expect(refusal(() => assertControlComplete({ responsiblePersonId: "p1", periodIds: ["interim2"] }, calendar))).toEqual([]);
    expect(refusal(() => assertControlComplete({ responsiblePersonId: null, periodIds: ["interim2"] }, calendar))).toEqual([
      "body.responsiblePersonId:control_without_responsible",
    ]);
    expect(refusal(() => assertControlComplete({ responsiblePersonId: "p1", periodIds: [] }, calendar))).toEqual([
      "body.periodIds:control_without_period",
    ]);
    expect(refusal(() => assertControlComplete({ responsiblePersonId: "p1", periodIds: ["interim2", "m13"] }, calendar))).toEqual([
      "body.periodIds:period_outside_plan_year",
    ]);
  });
});

describe("results, deviations and actions", () => {
  it("takes a minor or significant deviation as a deviation that must be explained", () => {
    expect([isDeviation("noRemark"), isDeviation("minorDeviation"), isDeviation("significantDeviation")]).toEqual([false, true, true]);
    expect(refusal(() => assertResultExplained("noRemark", ""))).toEqual([]);
    expect(refusal(() => assertResultExplained("significantDeviation", " "))).toEqual(["body.analysis:deviation_without_analysis"]);
  });

  it("counts an action overdue from the day after its due date until it is done", () => {
    expect(actionOverdue({ status: "planned", dueOn: "2026-09-30" }, "2026-09-30")).toBe(false);
    expect(actionOverdue({ status: "ongoing", dueOn: "2026-09-30" }, "2026-10-01")).toBe(true);
    expect(actionOverdue({ status: "done", dueOn: "2026-09-30" }, "2026-12-01")).toBe(false);
  });

  it("names the controls not reported for a period once its deadline has passed", () => {
    const controls = [
      { id: "c1", periodIds: ["interim2"] },
      { id: "c2", periodIds: ["interim2", "annual"] },
      { id: "c3", periodIds: ["annual"] },
    ];
    const period = { id: "interim2", deadline: "2026-09-15" };
    expect(unreportedControls(controls, period, new Set(["c1"]), "2026-09-15")).toEqual([]);
    expect(unreportedControls(controls, period, new Set(["c1"]), "2026-09-16").map((c) => c.id)).toEqual(["c2"]);
  });
});
