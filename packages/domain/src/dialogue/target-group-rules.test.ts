import { describe, expect, it } from "vitest";
import { type DialogueSettingsBody, defaultDialogueSettings, type TargetGroup } from "./settings-contracts.js";
import { assertUsableTaxonomy, groupsOverlap, overlapsOf, pairId, periodsWithin, resolveGroups } from "./target-group-rules.js";

const group = (
  key: string,
  parentKey: string | null,
  districtKey: string | null = null,
  ageBandKey: string | null = null,
): TargetGroup => ({
  key,
  name: key,
  parentKey,
  districtKey,
  ageBandKey,
  population: null,
});

const taxonomy = [
  group("residents", null),
  group("guardians-preschool", "residents", null, "30-49"),
  group("guardians-preschool-norrfjarden", "guardians-preschool", "norrfjarden"),
  group("parents-norrfjarden-30", "residents", "norrfjarden", "30-49"),
  group("young", "residents", null, "16-19"),
  group("young-hortlax", "young", "hortlax"),
];
const groups = resolveGroups(taxonomy);
const at = (key: string) => {
  const g = groups.get(key);
  if (!g) throw new Error(key);
  return g;
};

describe("target groups", () => {
  it("inherits district and age band from the nearest group that names them", () => {
    expect(at("guardians-preschool-norrfjarden")).toMatchObject({
      lineage: ["guardians-preschool-norrfjarden", "guardians-preschool", "residents"],
      districtKey: "norrfjarden",
      ageBandKey: "30-49",
    });
  });

  it("overlaps when one contains the other, or both share a district and an age band", () => {
    expect(groupsOverlap(at("guardians-preschool"), at("guardians-preschool-norrfjarden"))).toBe(true);
    expect(groupsOverlap(at("residents"), at("young-hortlax"))).toBe(true);
    expect(groupsOverlap(at("guardians-preschool-norrfjarden"), at("parents-norrfjarden-30"))).toBe(true);
    expect(groupsOverlap(at("young-hortlax"), at("guardians-preschool"))).toBe(false);
    expect(groupsOverlap(at("young"), at("parents-norrfjarden-30"))).toBe(false);
  });

  it("refuses a taxonomy with an unknown parent, district or age band, or a cycle", () => {
    const base: DialogueSettingsBody = { ...defaultDialogueSettings, districts: [{ key: "norrfjarden", name: "Norrfjärden" }] };
    const refused = (targetGroups: TargetGroup[]) => {
      try {
        assertUsableTaxonomy({ ...base, targetGroups });
        return null;
      } catch (e) {
        return (e as { details: { reason: string; path: string }[] }).details[0];
      }
    };
    expect(refused([group("a", "missing")])).toMatchObject({ reason: "unknown_parent_group", path: "body.targetGroups.0.parentKey" });
    expect(refused([group("a", null, "hortlax")])?.reason).toBe("unknown_district");
    expect(refused([group("a", null, null, "7-9")])?.reason).toBe("unknown_age_band");
    expect(refused([group("a", "b"), group("b", "a")])?.reason).toBe("target_group_cycle");
    expect(refused([group("a", null, "norrfjarden", "30-49"), group("b", "a")])).toBeNull();
    expect(() => assertUsableTaxonomy({ ...base, ageBands: [{ key: "x", name: "x", from: 30, to: 20 }] })).toThrow(/age band/);
  });
});

describe("overlap in time", () => {
  const a = { startOn: "2026-03-01", endOn: "2026-03-14" };
  it("counts periods that overlap or come within the window of each other", () => {
    expect(periodsWithin(a, { startOn: "2026-03-10", endOn: "2026-04-01" }, 8)).toBe(true);
    expect(periodsWithin(a, { startOn: "2026-05-09", endOn: "2026-05-20" }, 8)).toBe(true);
    expect(periodsWithin(a, { startOn: "2026-05-10", endOn: "2026-05-20" }, 8)).toBe(false);
    expect(periodsWithin({ startOn: "2026-05-10", endOn: "2026-05-20" }, a, 8)).toBe(false);
  });

  it("names the other activities and the groups that meet, never the activity itself", () => {
    const survey = { id: "s1", targetGroupKeys: ["guardians-preschool"], ...a };
    const others = [
      survey,
      { id: "s2", targetGroupKeys: ["young", "guardians-preschool-norrfjarden"], startOn: "2026-04-01", endOn: "2026-04-10" },
      { id: "s3", targetGroupKeys: ["guardians-preschool"], startOn: "2026-09-01", endOn: "2026-09-10" },
      { id: "s4", targetGroupKeys: ["young-hortlax"], startOn: "2026-03-01", endOn: "2026-03-02" },
    ];
    expect(overlapsOf(survey, others, groups, 8).map((o) => [o.other.id, o.groups])).toEqual([
      ["s2", [["guardians-preschool", "guardians-preschool-norrfjarden"]]],
    ]);
    expect(pairId("s2", "s1")).toBe(pairId("s1", "s2"));
  });
});
