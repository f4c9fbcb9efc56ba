import { z } from "zod";
import { Key, singleLine } from "../shared/common-contracts.js";
import { Gender } from "./settings-contracts.js";

/* ---------- Results as entered ---------- */

const Count = z.number().int().min(0).max(10_000_000);
const Id = singleLine(100);

/** The answers to one question on the policy's even scale 2-4-6-8: how many gave each. */
export const scaleValues = [2, 4, 6, 8] as const;
export const ScaleCounts = z.tuple([Count, Count, Count, Count]);
export type ScaleCounts = z.infer<typeof ScaleCounts>;

export const breakdownDimensions = ["gender", "ageBand", "district"] as const;
export const BreakdownDimension = z.enum(breakdownDimensions);
export type BreakdownDimension = z.infer<typeof BreakdownDimension>;

export const ParticipantsBody = z.strictObject({
  total: Count,
  byGender: z.partialRecord(Gender, Count).default({}),
  byAgeBand: z.record(Key, Count).default({}),
  byDistrict: z.record(Key, Count).default({}),
});
export type ParticipantsBody = z.infer<typeof ParticipantsBody>;

export const QuestionBody = z.strictObject({
  text: singleLine(300),
  counts: ScaleCounts,
  /** The same question's answers in a group of one dimension (women, 16–19, Norrfjärden). */
  byGroup: z
    .array(z.strictObject({ dimension: BreakdownDimension, groupKey: Key, counts: ScaleCounts }))
    .max(60)
    .default([]),
});
export type QuestionBody = z.infer<typeof QuestionBody>;

/** What a result informed: goals, indicators and the decisions it was input to. */
export const ResultLinks = z.strictObject({
  goalIds: z.array(Id).max(30).default([]),
  indicatorIds: z.array(Id).max(30).default([]),
  decisionKeys: z.array(Key).max(20).default([]),
});
export type ResultLinks = z.infer<typeof ResultLinks>;

export const ResultsBody = z.strictObject({
  participants: ParticipantsBody,
  questions: z.array(QuestionBody).max(60).default([]),
  summary: z.string().trim().max(8000).default(""),
  themes: z.array(singleLine(120)).max(30).default([]),
  links: ResultLinks.default({ goalIds: [], indicatorIds: [], decisionKeys: [] }),
});
export type ResultsBody = z.infer<typeof ResultsBody>;

/* ---------- Attachments: files filed with the results in the document library ---------- */

/** A file kept with the results (the report of a survey, a workshop's notes), filed in the municipality's library. */
export const ResultAttachment = z.strictObject({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  contentType: z.string(),
  /** Where it opens in SharePoint; null for the local folder, whose files the API serves. */
  webUrl: z.string().nullable(),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type ResultAttachment = z.infer<typeof ResultAttachment>;

/** An activity and one of its attachments. */
export const AttachmentParams = z.strictObject({ id: Key, attachmentId: Key });

/* ---------- Results as published: small cells suppressed everywhere ---------- */

export const PublishedCell = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("shown"), value: z.number().int() }),
  z.strictObject({ kind: z.literal("fewerThan5") }),
  z.strictObject({ kind: z.literal("hidden") }),
]);
export type PublishedCell = z.infer<typeof PublishedCell>;
/** The same, by the name open data uses. */
export type PublicCell = PublishedCell;

/** One group of a published breakdown; shares only for cells shown. */
export const PublishedGroup = z.strictObject({
  key: z.string(),
  name: z.string(),
  cell: PublishedCell,
  /** The group's share of the respondents, 0–1, when its count is shown. */
  share: z.number().nullable(),
  /** The group's share of the target group's population, where the municipality has entered it. */
  populationShare: z.number().nullable(),
});
export type PublishedGroup = z.infer<typeof PublishedGroup>;

export const PublishedBreakdown = z.strictObject({
  dimension: BreakdownDimension,
  /** Empty when no group could be shown safely (`withheld`). */
  groups: z.array(PublishedGroup),
  withheld: z.boolean(),
});
export type PublishedBreakdown = z.infer<typeof PublishedBreakdown>;

export const PublishedQuestion = z.strictObject({
  text: z.string(),
  /** Respondents to the question; null when fewer than 5. */
  respondents: z.number().int().nullable(),
  distribution: z.array(z.strictObject({ value: z.number().int(), cell: PublishedCell })),
  mean: z.number().nullable(),
  withheld: z.boolean(),
  byGroup: z.array(
    z.strictObject({
      dimension: BreakdownDimension,
      groupKey: z.string(),
      groupName: z.string(),
      respondents: PublishedCell,
      /** The group's mean, only where its respondents are shown. */
      mean: z.number().nullable(),
    }),
  ),
});
export type PublishedQuestion = z.infer<typeof PublishedQuestion>;

export const PublishedResults = z.strictObject({
  /** Participants; null when fewer than 5. */
  participants: z.number().int().nullable(),
  breakdowns: z.array(PublishedBreakdown),
  questions: z.array(PublishedQuestion),
  summary: z.string(),
  themes: z.array(z.string()),
  links: z.strictObject({
    goals: z.array(z.strictObject({ id: z.string(), title: z.string() })),
    indicators: z.array(z.strictObject({ id: z.string(), title: z.string() })),
    decisions: z.array(z.strictObject({ key: z.string(), name: z.string() })),
  }),
  /** Whether the population of the target groups was known, so shares can be compared. */
  representativeness: z.boolean(),
});
export type PublishedResults = z.infer<typeof PublishedResults>;
