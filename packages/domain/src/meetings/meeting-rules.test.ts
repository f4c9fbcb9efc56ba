import { describe, expect, it } from "vitest";
import type { DecisionBody } from "./contracts.js";
import { assertDecision, type DueForBody, decisionTypesFor, itemKey, meetingState, proposeItems, takeParagraph } from "./meeting-rules.js";

const due = (patch: Partial<DueForBody> = {}): DueForBody => ({
  meetingDate: "2026-12-09",
  reports: [{ id: "2026.interim2.bun", title: "Delårsrapport per 31 augusti 2026: BUN", href: "#/report/2026/interim2/bun" }],
  rollups: [],
  documents: [
    { id: "studiero", title: "Riktlinje för studiero", status: "draft", validUntil: null },
    { id: "ordning", title: "Ordningsregler", status: "adopted", validUntil: "2027-02-01" },
    { id: "skolskjuts", title: "Skolskjutsregler", status: "adopted", validUntil: "2027-06-30" },
    { id: "gammal", title: "Gammal plan", status: "expired", validUntil: "2026-10-01" },
  ],
  controlPlan: { id: "2026.bun", title: "Internkontrollplan 2026", adopted: false, controls: 4 },
  controlResults: [{ id: "2026.interim2.bun", title: "Internkontroll: resultat", deviations: 1, reported: 4 }],
  dialoguePlan: null,
  dialogueFeedbackOverdue: [{ id: "dlg-1", title: "Föräldraenkät", dueOn: "2026-11-01" }],
  openAssignments: [{ id: "u1", what: "Handlingsplan för trygghet", ownerName: "Maria Berg", dueOn: "2027-01-31" }],
  ...patch,
});

describe("the proposed agenda", () => {
  it("puts decisions first (reports, control results, plans, documents to adopt), then information, then open assignments", () => {
    expect(proposeItems(due(), new Set()).map((i) => i.key)).toEqual([
      "reportReview:2026.interim2.bun",
      "controlResults:2026.interim2.bun",
      "controlPlanAdopt:2026.bun",
      "documentAdopt:studiero",
      "documentExpiring:ordning",
      "documentExpiring:gammal",
      "dialogueFeedbackOverdue:dlg-1",
      "openAssignment:u1",
    ]);
  });

  it("proposes the council the roll-up of its goals for each ended period not yet assessed, after the reports", () => {
    const items = proposeItems(
      due({ rollups: [{ id: "2026.interim2", title: "Fullmäktiges mål: Delårsrapport per 31 augusti 2026", undecided: 3, goals: 4 }] }),
      new Set(),
    );
    expect(items.map((i) => i.key).slice(0, 2)).toEqual(["reportReview:2026.interim2.bun", "rollupDecision:2026.interim2"]);
    expect(items[1]).toMatchObject({ information: false, summary: "3 av 4 mål att bedöma efter förslaget ur nämndernas bedömningar." });
    expect(decisionTypesFor("rollupDecision")).toContain("approved");
  });

  it("takes documents expiring within 90 days of the meeting as information, and not those after", () => {
    const items = proposeItems(due(), new Set());
    expect(items.find((i) => i.key === "documentExpiring:ordning")).toMatchObject({
      information: true,
      summary: "Giltigt till 2027-02-01.",
    });
    expect(items.find((i) => i.key === "documentExpiring:gammal")?.summary).toBe("Giltigt till 2026-10-01: har gått ut.");
    expect(items.map((i) => i.key)).not.toContain("documentExpiring:skolskjuts");
  });

  it("leaves out what is already on the agenda, a plan already adopted and a plan without controls", () => {
    const items = proposeItems(
      due({ controlPlan: { id: "2026.bun", title: "Plan", adopted: true, controls: 4 } }),
      new Set([itemKey("reportReview", "2026.interim2.bun")]),
    ).map((i) => i.kind);
    expect(items).not.toContain("reportReview");
    expect(items).not.toContain("controlPlanAdopt");
    expect(
      proposeItems(due({ controlPlan: { id: "x", title: "Plan", adopted: false, controls: 0 } }), new Set()).map((i) => i.kind),
    ).not.toContain("controlPlanAdopt");
  });
});

describe("paragraph numbering", () => {
  it("gives the book's next § and moves it on; the same item asking again gets its own § back", () => {
    const first = takeParagraph(null, "m1.i1");
    expect(first).toMatchObject({ paragraph: 1, taken: true, book: { next: 2 } });
    const second = takeParagraph(first.book, "m1.i2");
    expect(second).toMatchObject({ paragraph: 2, taken: true, book: { next: 3 } });
    const retry = takeParagraph(second.book, "m1.i1");
    expect(retry).toEqual({ paragraph: 1, taken: false, book: second.book });
  });

  it("numbers on through the body's year, across meetings", () => {
    let book = takeParagraph(null, "m1.a").book;
    book = takeParagraph(book, "m1.b").book;
    expect(takeParagraph(book, "m2.a").paragraph).toBe(3);
  });
});

describe("what a decision may be", () => {
  const body = (patch: Partial<DecisionBody> = {}): DecisionBody => ({ itemId: "i1", type: "approved", text: "Godkänns.", ...patch });
  const meeting = { published: true, adjusted: false, date: "2026-12-09" };
  const reasonOf = (f: () => void) => {
    try {
      f();
      return null;
    } catch (e) {
      return (e as { details?: { reason: string }[] }).details?.[0]?.reason;
    }
  };

  it("adopts only what can be adopted, and lets anything give an assignment", () => {
    expect(decisionTypesFor("documentAdopt")).toContain("adopted");
    expect(decisionTypesFor("reportReview")).not.toContain("adopted");
    for (const kind of ["reportReview", "documentExpiring", "free", "openAssignment"] as const)
      expect(decisionTypesFor(kind)).toContain("assigned");
  });

  it("names each conflict: adjusted, not on the published agenda, decided, before the day, the wrong type, an assignment half-given", () => {
    const item = { kind: "reportReview" as const, decided: false };
    expect(reasonOf(() => assertDecision(body(), item, meeting, "2026-12-09"))).toBeNull();
    expect(reasonOf(() => assertDecision(body(), item, { ...meeting, adjusted: true }, "2026-12-09"))).toBe("meeting_adjusted");
    expect(reasonOf(() => assertDecision(body(), item, { ...meeting, published: false }, "2026-12-09"))).toBe(
      "item_not_on_published_agenda",
    );
    expect(reasonOf(() => assertDecision(body(), null, meeting, "2026-12-09"))).toBe("item_not_on_published_agenda");
    expect(reasonOf(() => assertDecision(body(), { ...item, decided: true }, meeting, "2026-12-09"))).toBe("item_decided");
    expect(reasonOf(() => assertDecision(body(), item, meeting, "2026-12-08"))).toBe("meeting_not_yet_held");
    expect(reasonOf(() => assertDecision(body({ type: "adopted" }), item, meeting, "2026-12-09"))).toBe("decision_type_not_for_item");
    expect(reasonOf(() => assertDecision(body({ type: "assigned" }), item, meeting, "2026-12-09"))).toBe("required");
    const assignment = { what: "Utred", ownerPersonId: "p1", dueOn: "2026-12-01" };
    expect(reasonOf(() => assertDecision(body({ assignment }), item, meeting, "2026-12-09"))).toBe("assignment_without_assigned");
    expect(reasonOf(() => assertDecision(body({ type: "assigned", assignment }), item, meeting, "2026-12-09"))).toBe("due_before_meeting");
    expect(reasonOf(() => assertDecision(body({ validUntil: "2029-12-31" }), item, meeting, "2026-12-09"))).toBe(
      "valid_until_not_for_item",
    );
  });

  it("reads the meeting's state from its adjustment, decisions and published agenda", () => {
    expect(meetingState({ adjusted: null, published: null, decided: false })).toBe("planned");
    expect(meetingState({ adjusted: null, published: {}, decided: false })).toBe("agendaPublished");
    expect(meetingState({ adjusted: null, published: {}, decided: true })).toBe("held");
    expect(meetingState({ adjusted: {}, published: {}, decided: true })).toBe("adjusted");
  });
});
