import { describe, expect, it } from "vitest";
import { ResultsBody } from "./result-contracts.js";
import { assertResults, dimensionGroups, notRecordedKey, populationOf, publishBreakdown, publishQuestion } from "./result-rules.js";
import { defaultDialogueSettings } from "./settings-contracts.js";

const settings = {
  ...defaultDialogueSettings,
  districts: [
    { key: "norrfjarden", name: "Norrfjärden" },
    { key: "hortlax", name: "Hortlax" },
  ],
};
const results = (patch: object) => ResultsBody.parse({ participants: { total: 40, byGender: { woman: 20, man: 17, other: 3 } }, ...patch });
const reason = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { details: { reason: string; path: string }[] }).details[0];
  }
};

describe("results that add up", () => {
  it("accepts results whose groups fit inside the total", () => {
    expect(reason(() => assertResults(results({}), settings))).toBeNull();
  });

  it("refuses groups that add up to more than the participants", () => {
    expect(reason(() => assertResults(results({ participants: { total: 10, byGender: { woman: 8, man: 5 } } }), settings))).toMatchObject({
      reason: "breakdown_exceeds_total",
      path: "body.participants.byGender",
    });
  });

  it("refuses a district the municipality does not have, and more answers than participants", () => {
    const rosvik = results({ participants: { total: 10, byDistrict: { rosvik: 2 } } });
    expect(reason(() => assertResults(rosvik, settings))?.reason).toBe("unknown_district");
    const tooMany = results({ questions: [{ text: "Trivs du?", counts: [10, 10, 10, 11] }] });
    expect(reason(() => assertResults(tooMany, settings))?.reason).toBe("answers_exceed_participants");
    const byGroup = [{ dimension: "gender", groupKey: "woman", counts: [11, 0, 0, 0] }];
    const groupTooMany = results({ questions: [{ text: "Trivs du?", counts: [10, 10, 10, 10], byGroup }] });
    expect(reason(() => assertResults(groupTooMany, settings))?.reason).toBe("breakdown_exceeds_total");
  });
});

describe("results as published", () => {
  const groups = dimensionGroups(settings);

  it("shows the groups counted, adds those no group holds as 'not recorded' and suppresses with them", () => {
    const p = publishBreakdown("gender", groups.gender, { woman: 20, man: 17, other: 3 }, 45, null, null);
    expect(p.groups.map((g) => [g.key, g.cell.kind === "shown" ? g.cell.value : g.cell.kind])).toEqual([
      ["woman", 20],
      ["man", 17],
      ["other", "fewerThan5"],
      [notRecordedKey, "hidden"],
    ]);
    expect(p.groups[0]?.share).toBeCloseTo(20 / 45);
  });

  it("compares with the population only where the municipality entered it, and never shares a hidden cell", () => {
    const population = populationOf([{ total: 1000, byGender: { woman: 500, man: 480 }, byAgeBand: {}, byDistrict: {} }, null]);
    const p = publishBreakdown(
      "gender",
      groups.gender,
      { woman: 30, man: 4, notStated: 6 },
      40,
      population?.byGender ?? null,
      population?.total ?? null,
    );
    expect(p.groups.find((g) => g.key === "woman")?.populationShare).toBe(0.5);
    expect(p.groups.find((g) => g.key === "man")).toMatchObject({ cell: { kind: "fewerThan5" }, share: null, populationShare: 0.48 });
  });

  it("shows a group's mean only where its respondents are shown", () => {
    const names = {
      gender: new Map([
        ["woman", "woman"],
        ["man", "man"],
      ]),
      ageBand: new Map<string, string>(),
      district: new Map<string, string>(),
    };
    const q = publishQuestion(
      {
        text: "Trivs du?",
        counts: [2, 8, 20, 10],
        byGroup: [
          { dimension: "gender", groupKey: "woman", counts: [1, 4, 12, 8] },
          { dimension: "gender", groupKey: "man", counts: [1, 2, 1, 0] },
        ],
      },
      names,
    );
    expect(q.respondents).toBe(40);
    expect(q.distribution[0]?.cell.kind).toBe("fewerThan5");
    expect(q.byGroup.find((g) => g.groupKey === "man")).toMatchObject({ respondents: { kind: "fewerThan5" }, mean: null });
    // Women 25, men 4 and 11 in no group: the 11 is hidden too, so the men's 4 cannot be worked out.
    expect(q.byGroup.find((g) => g.groupKey === "woman")).toMatchObject({ respondents: { kind: "shown", value: 25 }, mean: 6.2 });
  });
});
