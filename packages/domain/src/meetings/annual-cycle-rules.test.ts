import { describe, expect, it } from "vitest";
import { type CycleEvent, cycleConflicts, weekOf } from "./annual-cycle-rules.js";

const deadline = (id: string, date: string, unit: string): CycleEvent => ({
  id,
  ring: "reporting",
  date,
  title: id,
  bodyId: "bun",
  deadlineOf: unit,
  href: null,
});
const base = {
  periods: [{ id: "interim2", endsOn: "2026-08-31", deadline: "2026-09-20", title: "Delårsrapport" }],
  meetings: [
    { eventId: "m1", bodyId: "bun", date: "2026-09-16" },
    { eventId: "m2", bodyId: "bun", date: "2026-10-21" },
    { eventId: "m3", bodyId: "socn", date: "2026-10-01" },
  ],
  reportingBodies: ["bun", "socn"],
  deadlines: [] as CycleEvent[],
  decisionsNeeded: [] as { eventId: string; bodyId: string; by: string }[],
  today: "2026-06-01",
};

describe("the annual cycle's conflicts", () => {
  it("finds a report deadline after the meeting that is to review it, and says by when to move it", () => {
    const found = cycleConflicts(base);
    expect(found).toEqual([
      {
        kind: "deadlineAfterMeeting",
        eventIds: ["deadline:interim2", "m1"],
        bodyId: "bun",
        suggestion: { eventId: "deadline:interim2", by: "2026-09-09" },
      },
    ]);
  });

  it("takes a deadline a week before the meeting as in time", () => {
    expect(cycleConflicts({ ...base, meetings: [{ eventId: "m2", bodyId: "bun", date: "2026-10-21" }], reportingBodies: ["bun"] })).toEqual(
      [],
    );
    expect(
      cycleConflicts({ ...base, meetings: [{ eventId: "m", bodyId: "bun", date: "2026-09-27" }], reportingBodies: ["bun"] }).map(
        (c) => c.kind,
      ),
    ).toEqual([]);
    expect(
      cycleConflicts({ ...base, meetings: [{ eventId: "m", bodyId: "bun", date: "2026-09-26" }], reportingBodies: ["bun"] }).map(
        (c) => c.kind,
      ),
    ).toEqual(["deadlineAfterMeeting"]);
  });

  it("finds two deadlines of one unit in one week, not of two units, nor in two weeks, nor two on one day", () => {
    const deadlines = [
      deadline("a", "2026-04-13", "bun"),
      deadline("b", "2026-04-17", "bun"),
      deadline("c", "2026-04-15", "socn"),
      deadline("d", "2026-04-20", "bun"),
      deadline("e", "2026-04-22", "socn"),
      deadline("f", "2026-04-22", "socn"),
    ];
    const found = cycleConflicts({ ...base, periods: [], deadlines });
    expect(found).toEqual([
      { kind: "deadlinesSameWeek", eventIds: ["b", "a"], bodyId: "bun", suggestion: { eventId: "b", by: "2026-04-20" } },
    ]);
  });

  it("finds a decision needed before the body next meets", () => {
    const found = cycleConflicts({
      ...base,
      periods: [],
      today: "2026-09-20",
      decisionsNeeded: [
        { eventId: "doc-a", bodyId: "bun", by: "2026-10-01" },
        { eventId: "doc-b", bodyId: "bun", by: "2026-11-01" },
        { eventId: "doc-c", bodyId: "kf", by: "2026-11-01" },
        { eventId: "doc-old", bodyId: "bun", by: "2026-01-01" },
      ],
    });
    expect(found.map((c) => [c.kind, ...c.eventIds])).toEqual([
      ["decisionAfterNeed", "doc-a", "m2"],
      ["decisionAfterNeed", "doc-c"],
    ]);
  });

  it("keys a date by the Monday of its week", () => {
    expect(weekOf("2026-12-03")).toBe("2026-11-30");
    expect(weekOf("2026-11-30")).toBe("2026-11-30");
    expect(weekOf("2026-12-06")).toBe("2026-11-30");
  });
});
