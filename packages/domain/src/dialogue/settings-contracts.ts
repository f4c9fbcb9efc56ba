import { z } from "zod";
import { Key, singleLine } from "../shared/common-contracts.js";

/* ---------- The municipality's settings for dialogue planning ---------- */

const Count = z.number().int().min(0).max(10_000_000);

export const genders = ["woman", "man", "other", "notStated"] as const;
export const Gender = z.enum(genders);
export type Gender = z.infer<typeof Gender>;

export const DialogueMethod = z.strictObject({ key: Key, name: singleLine(80) });
export type DialogueMethod = z.infer<typeof DialogueMethod>;

export const District = z.strictObject({ key: Key, name: singleLine(80) });
export type District = z.infer<typeof District>;

export const AgeBand = z.strictObject({
  key: Key,
  name: singleLine(40),
  from: z.number().int().min(0).max(120),
  /** The last age in the band; null for "and older". */
  to: z.number().int().min(0).max(120).nullable(),
});
export type AgeBand = z.infer<typeof AgeBand>;

/** How many live in a target group, in all and by gender, age band and district, as far as the municipality knows. */
export const Population = z.strictObject({
  total: Count,
  byGender: z.partialRecord(Gender, Count).default({}),
  byAgeBand: z.record(Key, Count).default({}),
  byDistrict: z.record(Key, Count).default({}),
});
export type Population = z.infer<typeof Population>;

/**
 * A target group of the municipality's taxonomy: "guardians of preschool children" with
 * "… in Norrfjärden" below it. A group inherits its parent's district and age band unless
 * it names its own.
 */
export const TargetGroup = z.strictObject({
  key: Key,
  name: singleLine(120),
  parentKey: Key.nullable().default(null),
  districtKey: Key.nullable().default(null),
  ageBandKey: Key.nullable().default(null),
  population: Population.nullable().default(null),
});
export type TargetGroup = z.infer<typeof TargetGroup>;

/** A decision dialogues feed: "Budget 2027", "Verksamhetsplan 2027". */
export const DecisionInput = z.strictObject({ key: Key, name: singleLine(120) });
export type DecisionInput = z.infer<typeof DecisionInput>;

const uniqueKeys = <T extends { key: string }>(items: readonly T[]) => new Set(items.map((i) => i.key)).size === items.length;

export const DialogueSettingsBody = z.strictObject({
  methods: z.array(DialogueMethod).min(1).max(40).refine(uniqueKeys, { message: "Method keys are unique." }),
  districts: z.array(District).max(200).refine(uniqueKeys, { message: "District keys are unique." }),
  ageBands: z.array(AgeBand).max(30).refine(uniqueKeys, { message: "Age band keys are unique." }),
  targetGroups: z.array(TargetGroup).max(500).refine(uniqueKeys, { message: "Target group keys are unique." }),
  decisions: z.array(DecisionInput).max(200).refine(uniqueKeys, { message: "Decision keys are unique." }),
  /** Two activities to overlapping groups within this many weeks of each other warn. */
  overlapWeeks: z.number().int().min(1).max(52),
  /** Feedback is due this many days after an activity ends. */
  feedbackDays: z.number().int().min(1).max(365),
  /** Whether residents see the plan, results and feedback on the public page and in open data. */
  publish: z.boolean(),
});
export type DialogueSettingsBody = z.infer<typeof DialogueSettingsBody>;

export const DialogueSettings = DialogueSettingsBody.extend({ etag: z.string() });
export type DialogueSettings = z.infer<typeof DialogueSettings>;

/** What a municipality starts with: the policy's methods, common age bands and a few target groups. */
export const defaultDialogueSettings: DialogueSettingsBody = {
  methods: [
    { key: "survey", name: "Enkät" },
    { key: "focusGroup", name: "Fokusgrupp" },
    { key: "residentPanel", name: "Medborgarpanel" },
    { key: "publicMeeting", name: "Allmänt möte" },
    { key: "studyCircle", name: "Studiecirkel" },
    { key: "workshop", name: "Workshop" },
    { key: "webDialogue", name: "Webbdialog" },
    { key: "youthSurvey", name: "Ungdomsenkät" },
  ],
  districts: [],
  ageBands: [
    { key: "0-5", name: "0–5 år", from: 0, to: 5 },
    { key: "6-15", name: "6–15 år", from: 6, to: 15 },
    { key: "16-19", name: "16–19 år", from: 16, to: 19 },
    { key: "20-29", name: "20–29 år", from: 20, to: 29 },
    { key: "30-49", name: "30–49 år", from: 30, to: 49 },
    { key: "50-64", name: "50–64 år", from: 50, to: 64 },
    { key: "65-79", name: "65–79 år", from: 65, to: 79 },
    { key: "80-", name: "80 år och äldre", from: 80, to: null },
  ],
  targetGroups: [
    { key: "residents", name: "Invånare", parentKey: null, districtKey: null, ageBandKey: null, population: null },
    { key: "young", name: "Unga 16–19 år", parentKey: "residents", districtKey: null, ageBandKey: "16-19", population: null },
    { key: "older", name: "Äldre 65–79 år", parentKey: "residents", districtKey: null, ageBandKey: "65-79", population: null },
    { key: "guardians", name: "Vårdnadshavare", parentKey: "residents", districtKey: null, ageBandKey: null, population: null },
  ],
  decisions: [],
  overlapWeeks: 8,
  feedbackDays: 60,
  publish: false,
};
