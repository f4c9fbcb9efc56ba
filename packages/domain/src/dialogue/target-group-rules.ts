// The target groups' taxonomy and when two activities reach the same people at the same
// time (the policy asks the plan to coordinate surveys to one target group). Pure functions.
import { addDays } from "../shared/dates.js";
import { validationFailed } from "../shared/errors.js";
import type { DialogueSettingsBody, TargetGroup } from "./settings-contracts.js";

/** A target group with what it inherits: its ancestors (itself first) and its effective district and age band. */
export interface ResolvedGroup {
  readonly key: string;
  readonly name: string;
  /** The group's key and its ancestors' keys, nearest first. */
  readonly lineage: readonly string[];
  readonly districtKey: string | null;
  readonly ageBandKey: string | null;
}

/** The taxonomy is usable: parents, districts and age bands exist, and no group is its own ancestor. */
export function assertUsableTaxonomy(settings: DialogueSettingsBody, path = "body"): void {
  const groups = new Map(settings.targetGroups.map((g) => [g.key, g]));
  const districts = new Set(settings.districts.map((d) => d.key));
  const bands = new Set(settings.ageBands.map((b) => b.key));
  settings.ageBands.forEach((b, i) => {
    if (b.to !== null && b.to < b.from)
      throw validationFailed("age_band_reversed", "An age band ends at or after its first age.", `${path}.ageBands.${i}.to`);
  });
  settings.targetGroups.forEach((g, i) => {
    const at = `${path}.targetGroups.${i}`;
    if (g.parentKey !== null && !groups.has(g.parentKey))
      throw validationFailed("unknown_parent_group", "The parent group is not in the list.", `${at}.parentKey`);
    if (g.districtKey !== null && !districts.has(g.districtKey))
      throw validationFailed("unknown_district", "The district is not in the list.", `${at}.districtKey`);
    if (g.ageBandKey !== null && !bands.has(g.ageBandKey))
      throw validationFailed("unknown_age_band", "The age band is not in the list.", `${at}.ageBandKey`);
    const seen = new Set<string>([g.key]);
    for (let parent = g.parentKey; parent !== null; parent = groups.get(parent)?.parentKey ?? null) {
      if (seen.has(parent)) throw validationFailed("target_group_cycle", "A group cannot be placed below itself.", `${at}.parentKey`);
      seen.add(parent);
    }
  });
}

/** Every group of the taxonomy with its lineage and inherited district and age band. */
export function resolveGroups(groups: readonly TargetGroup[]): Map<string, ResolvedGroup> {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const resolved = new Map<string, ResolvedGroup>();
  for (const g of groups) {
    const lineage: string[] = [];
    let districtKey: string | null = null;
    let ageBandKey: string | null = null;
    for (
      let at: TargetGroup | undefined = g;
      at && !lineage.includes(at.key);
      at = at.parentKey === null ? undefined : byKey.get(at.parentKey)
    ) {
      lineage.push(at.key);
      districtKey ??= at.districtKey;
      ageBandKey ??= at.ageBandKey;
    }
    resolved.set(g.key, { key: g.key, name: g.name, lineage, districtKey, ageBandKey });
  }
  return resolved;
}

/**
 * Whether two target groups reach the same people: one contains the other (the same group,
 * or one is an ancestor of the other), or they share a district and an age band.
 */
export function groupsOverlap(a: ResolvedGroup, b: ResolvedGroup): boolean {
  if (a.lineage.includes(b.key) || b.lineage.includes(a.key)) return true;
  return a.districtKey !== null && a.districtKey === b.districtKey && a.ageBandKey !== null && a.ageBandKey === b.ageBandKey;
}

/** Whether two periods come within `weeks` of each other (overlapping periods always do). */
export function periodsWithin(
  a: { readonly startOn: string; readonly endOn: string },
  b: { readonly startOn: string; readonly endOn: string },
  weeks: number,
): boolean {
  const days = weeks * 7;
  return addDays(a.endOn, days) >= b.startOn && addDays(b.endOn, days) >= a.startOn;
}

export interface Overlappable {
  readonly id: string;
  readonly targetGroupKeys: readonly string[];
  readonly startOn: string;
  readonly endOn: string;
}

/** The shared target groups of two activities, as pairs of the groups that overlap. */
export function overlappingGroups(a: Overlappable, b: Overlappable, groups: ReadonlyMap<string, ResolvedGroup>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const ka of a.targetGroupKeys) {
    for (const kb of b.targetGroupKeys) {
      const ga = groups.get(ka);
      const gb = groups.get(kb);
      if (ga && gb && groupsOverlap(ga, gb)) pairs.push([ka, kb]);
    }
  }
  return pairs;
}

/** The activities among `others` that reach an overlapping group of `activity` within the window. */
export function overlapsOf<T extends Overlappable>(
  activity: Overlappable,
  others: readonly T[],
  groups: ReadonlyMap<string, ResolvedGroup>,
  weeks: number,
): { readonly other: T; readonly groups: [string, string][] }[] {
  return others.flatMap((other) => {
    if (other.id === activity.id || !periodsWithin(activity, other, weeks)) return [];
    const shared = overlappingGroups(activity, other, groups);
    return shared.length > 0 ? [{ other, groups: shared }] : [];
  });
}

/** The id of a pair of activities, the same whichever is named first. */
export const pairId = (a: string, b: string): string => (a < b ? `${a}~${b}` : `${b}~${a}`);
