// An activity's results: what makes them consistent, and how they are published with every
// small cell suppressed (screens, exports, the Word summary and the public page all publish
// through `publishResults`). Pure functions.
import { validationFailed } from "../shared/errors.js";
import type {
  BreakdownDimension,
  ParticipantsBody,
  PublishedBreakdown,
  PublishedQuestion,
  PublishedResults,
  QuestionBody,
  ResultsBody,
} from "./result-contracts.js";
import { breakdownDimensions, scaleValues } from "./result-contracts.js";
import type { DialogueSettingsBody, Population } from "./settings-contracts.js";
import { genders } from "./settings-contracts.js";
import { minimumCell, suppressBreakdown } from "./suppression.js";

/** The key of the cell for respondents a breakdown did not place (total minus the groups). */
export const notRecordedKey = "notRecorded";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The groups of each dimension as the municipality names them, in its order (genders by key: the screens name them). */
export function dimensionGroups(settings: DialogueSettingsBody) {
  return {
    gender: genders.map((g) => ({ key: g as string, name: g as string })),
    ageBand: settings.ageBands.map((b) => ({ key: b.key, name: b.name })),
    district: settings.districts.map((d) => ({ key: d.key, name: d.name })),
  } satisfies Record<BreakdownDimension, { key: string; name: string }[]>;
}

const counted = (p: ParticipantsBody): Record<BreakdownDimension, Record<string, number>> => ({
  gender: p.byGender,
  ageBand: p.byAgeBand,
  district: p.byDistrict,
});

/** Results that add up: no breakdown larger than its total, groups the municipality has. */
export function assertResults(body: ResultsBody, settings: DialogueSettingsBody, path = "body"): void {
  const known: Record<BreakdownDimension, Set<string>> = {
    gender: new Set(genders),
    ageBand: new Set(settings.ageBands.map((b) => b.key)),
    district: new Set(settings.districts.map((d) => d.key)),
  };
  const field = { gender: "byGender", ageBand: "byAgeBand", district: "byDistrict" } as const;
  for (const [dimension, cells] of Object.entries(counted(body.participants)) as [BreakdownDimension, Record<string, number>][]) {
    const at = `${path}.participants.${field[dimension]}`;
    const unknown = Object.keys(cells).find((k) => !known[dimension].has(k));
    if (unknown)
      throw validationFailed(
        dimension === "district" ? "unknown_district" : "unknown_age_band",
        `No such group: ${unknown}.`,
        `${at}.${unknown}`,
      );
    if (sum(Object.values(cells)) > body.participants.total) {
      throw validationFailed("breakdown_exceeds_total", "The groups add up to more than the participants.", at);
    }
  }
  body.questions.forEach((q, i) => {
    const at = `${path}.questions.${i}`;
    if (sum(q.counts) > body.participants.total) {
      throw validationFailed("answers_exceed_participants", "More answers than participants.", `${at}.counts`);
    }
    q.byGroup.forEach((g, j) => {
      if (!known[g.dimension].has(g.groupKey))
        throw validationFailed("unknown_group", `No such group: ${g.groupKey}.`, `${at}.byGroup.${j}.groupKey`);
    });
    for (const dimension of new Set(q.byGroup.map((g) => g.dimension))) {
      const groups = q.byGroup.filter((g) => g.dimension === dimension);
      if (new Set(groups.map((g) => g.groupKey)).size !== groups.length) {
        throw validationFailed("group_twice", "A group is given twice for the question.", `${at}.byGroup`);
      }
      if (scaleValues.some((_, v) => sum(groups.map((g) => g.counts[v] ?? 0)) > (q.counts[v] ?? 0))) {
        throw validationFailed("breakdown_exceeds_total", "The groups' answers add up to more than the question's.", `${at}.byGroup`);
      }
    }
  });
}

/** The target groups' population, added up, for the groups given (the caller leaves out nested ones). */
export function populationOf(groups: readonly (Population | null)[]): Population | null {
  const known = groups.filter((p): p is Population => p !== null);
  if (known.length === 0) return null;
  const add = (a: Record<string, number>, b: Record<string, number>) => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return known.reduce((acc, p) => ({
    total: acc.total + p.total,
    byGender: add(acc.byGender, p.byGender),
    byAgeBand: add(acc.byAgeBand, p.byAgeBand),
    byDistrict: add(acc.byDistrict, p.byDistrict),
  }));
}

/**
 * A breakdown as published: the groups counted, in the municipality's order, plus "not
 * recorded" for the respondents no group holds (else it could be worked out from the total),
 * suppressed.
 */
export function publishBreakdown(
  dimension: BreakdownDimension,
  groups: readonly { key: string; name: string }[],
  cells: Record<string, number>,
  total: number,
  population: Record<string, number> | null,
  populationTotal: number | null,
): PublishedBreakdown {
  // The groups counted (a group left out was not asked about, and is not shown as an empty cell).
  const rows = groups.filter((g) => cells[g.key] !== undefined).map((g) => ({ ...g, value: cells[g.key] ?? 0 }));
  const rest = total - sum(rows.map((r) => r.value));
  if (rest > 0) rows.push({ key: notRecordedKey, name: notRecordedKey, value: rest });
  const published = suppressBreakdown(rows.map((r) => r.value));
  if (published.withheld) return { dimension, groups: [], withheld: true };
  return {
    dimension,
    withheld: false,
    groups: rows.map((r, i) => {
      const cell = published.cells[i] ?? { kind: "hidden" as const };
      const popValue = population?.[r.key];
      return {
        key: r.key,
        name: r.name,
        cell,
        share: cell.kind === "shown" && total > 0 ? cell.value / total : null,
        populationShare: popValue !== undefined && populationTotal ? popValue / populationTotal : null,
      };
    }),
  };
}

/** A question as published: its distribution and mean suppressed, and each group's mean only where its respondents are shown. */
export function publishQuestion(q: QuestionBody, groupNames: Record<BreakdownDimension, ReadonlyMap<string, string>>): PublishedQuestion {
  const published = suppressBreakdown(q.counts, scaleValues);
  const byGroup: PublishedQuestion["byGroup"] = [];
  for (const dimension of new Set(q.byGroup.map((g) => g.dimension))) {
    const groups = q.byGroup.filter((g) => g.dimension === dimension);
    // The groups' respondents are a breakdown of the question's (with those no group holds):
    // suppressed as one, so a hidden group's mean cannot be worked out from the others'.
    const sizes = groups.map((g) => sum(g.counts));
    const rest = sum(q.counts) - sum(sizes);
    const respondents = suppressBreakdown(rest > 0 ? [...sizes, rest] : sizes);
    groups.forEach((g, i) => {
      const cell = respondents.withheld ? { kind: "hidden" as const } : (respondents.cells[i] ?? { kind: "hidden" as const });
      const n = sum(g.counts);
      byGroup.push({
        dimension,
        groupKey: g.groupKey,
        groupName: groupNames[dimension].get(g.groupKey) ?? g.groupKey,
        respondents: cell,
        mean:
          cell.kind === "shown" && n >= minimumCell
            ? Math.round((sum(g.counts.map((c, v) => c * (scaleValues[v] ?? 0))) / n) * 10) / 10
            : null,
      });
    });
  }
  return {
    text: q.text,
    respondents: published.total,
    distribution: published.withheld
      ? []
      : scaleValues.map((value, i) => ({ value, cell: published.cells[i] ?? { kind: "hidden" as const } })),
    mean: published.mean,
    withheld: published.withheld,
    byGroup,
  };
}

/**
 * An activity's results as every reader gets them (screens, exports, the Word summary, the
 * public page): each breakdown and question suppressed, shares beside the target groups'
 * population where it is known, and the links by name.
 */
export function publishResults(
  entry: ResultsBody,
  settings: DialogueSettingsBody,
  targetGroupKeys: readonly string[],
  links: PublishedResults["links"],
): PublishedResults {
  const groups = dimensionGroups(settings);
  const byKey = new Map(settings.targetGroups.map((g) => [g.key, g]));
  // Nested groups are counted once: a group whose ancestor is also chosen adds nothing.
  const outermost = targetGroupKeys.filter((key) => {
    for (let parent = byKey.get(key)?.parentKey ?? null; parent !== null; parent = byKey.get(parent)?.parentKey ?? null) {
      if (targetGroupKeys.includes(parent)) return false;
    }
    return true;
  });
  const population = populationOf(outermost.map((k) => byKey.get(k)?.population ?? null));
  const cells = counted(entry.participants);
  const populationOfDimension = { gender: population?.byGender, ageBand: population?.byAgeBand, district: population?.byDistrict };
  const names = {
    gender: new Map(groups.gender.map((g) => [g.key, g.name])),
    ageBand: new Map(groups.ageBand.map((g) => [g.key, g.name])),
    district: new Map(groups.district.map((g) => [g.key, g.name])),
  };
  return {
    participants: entry.participants.total < minimumCell ? null : entry.participants.total,
    breakdowns: breakdownDimensions
      .filter((d) => Object.keys(cells[d]).length > 0)
      .map((d) =>
        publishBreakdown(d, groups[d], cells[d], entry.participants.total, populationOfDimension[d] ?? null, population?.total ?? null),
      ),
    questions: entry.questions.map((q) => publishQuestion(q, names)),
    summary: entry.summary,
    themes: [...entry.themes],
    links,
    representativeness: population !== null,
  };
}
