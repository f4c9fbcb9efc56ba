import { z } from "zod";
import { Guid, Key, Name, RecordMeta } from "./common.js";
import { IsoDate } from "./reporting-period.js";

/** How long a newly adopted version is valid unless the decision says otherwise (rules/document-rules.ts). */
export const ValidityRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("years"), years: z.number().int().min(1).max(10) }),
  z.strictObject({ kind: z.literal("mandatePeriods"), periods: z.number().int().min(1).max(3) }),
]);

/** A document type: the municipality extends the list (policy, riktlinje, program, …). */
export const DocumentType = z.strictObject({
  key: Key,
  name: z.strictObject({ sv: Name, en: Name.optional() }),
  validity: ValidityRuleSchema,
});
export type DocumentType = z.infer<typeof DocumentType>;

/** The types a municipality starts with (seed 001 and DOMAIN.md). */
export const defaultDocumentTypes: readonly DocumentType[] = [
  { key: "policy", name: { sv: "Policy", en: "Policy" }, validity: { kind: "mandatePeriods", periods: 1 } },
  { key: "riktlinje", name: { sv: "Riktlinje", en: "Guideline" }, validity: { kind: "mandatePeriods", periods: 1 } },
  { key: "program", name: { sv: "Program", en: "Programme" }, validity: { kind: "mandatePeriods", periods: 1 } },
  { key: "plan", name: { sv: "Plan", en: "Plan" }, validity: { kind: "years", years: 4 } },
  { key: "anvisning", name: { sv: "Anvisning", en: "Instruction" }, validity: { kind: "years", years: 2 } },
  { key: "reglemente", name: { sv: "Reglemente", en: "Rules of procedure" }, validity: { kind: "mandatePeriods", periods: 1 } },
  { key: "taxa", name: { sv: "Taxa", en: "Fee schedule" }, validity: { kind: "years", years: 1 } },
  {
    key: "delegationsordning",
    name: { sv: "Delegationsordning", en: "Delegation order" },
    validity: { kind: "mandatePeriods", periods: 1 },
  },
];

/** A decision: the body, the meeting's date and the minute paragraph ("§ 6"). */
export const DocumentDecision = z.strictObject({
  bodyId: Key,
  date: IsoDate,
  paragraph: z
    .string()
    .trim()
    .regex(/^§\s?\d{1,4}[a-z]?$/, "A minute paragraph such as § 6."),
});
export type DocumentDecision = z.infer<typeof DocumentDecision>;

/** What the register says about a document, apart from its versions and status. */
export const DocumentMetadataBody = z.strictObject({
  title: Name,
  typeKey: Key,
  /** The body that adopts it (kommunfullmäktige, a committee). */
  decisionBodyId: Key,
  /** The person responsible (dokumentansvarig) and the owning body (processägare). */
  ownerPersonId: Guid,
  owningBodyId: Key,
  summary: z.string().trim().max(2000).default(""),
  appliesTo: z.string().trim().max(500).default(""),
  diaryNumber: z.string().trim().max(50).nullable().default(null),
  /** The document it belongs under: a policy's guideline or instruction. */
  parentId: Key.nullable().default(null),
  /** The document it replaces, which becomes superseded when this one is adopted. */
  supersedesId: Key.nullable().default(null),
  relatedGoalIds: z.array(Key).max(50).default([]),
});
export type DocumentMetadataBody = z.infer<typeof DocumentMetadataBody>;

export const CreateDocumentBody = DocumentMetadataBody;
export type CreateDocumentBody = z.infer<typeof CreateDocumentBody>;

export const UpdateDocumentBody = DocumentMetadataBody.partial().refine((b) => Object.keys(b).length > 0, {
  message: "Nothing to change.",
});
export type UpdateDocumentBody = z.infer<typeof UpdateDocumentBody>;

export const DocumentTransitionBody = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("startRevision") }),
  /** Adopts the draft as the next version; valid-until defaults from the type. */
  z.strictObject({ action: z.literal("adopt"), decision: DocumentDecision, validUntil: IsoDate.optional() }),
  z.strictObject({ action: z.literal("repeal"), decision: DocumentDecision }),
]);
export type DocumentTransitionBody = z.infer<typeof DocumentTransitionBody>;

export const DocumentStatus = z.enum(["draft", "inRevision", "adopted", "expired", "repealed"]);

/** One adopted version: frozen when adopted, kept for good (records law, QUALITY-BAR 11). */
export const DocumentVersion = z.object({
  version: z.number().int().min(1),
  adoptedOn: IsoDate,
  decision: DocumentDecision,
  validUntil: IsoDate,
  metadata: DocumentMetadataBody,
});
export type DocumentVersion = z.infer<typeof DocumentVersion>;

export const GoverningDocument = DocumentMetadataBody.extend({
  id: Key,
  status: DocumentStatus,
  /** The adopted version in force (0 before the first adoption). */
  version: z.number().int().min(0),
  adoptedOn: IsoDate.nullable(),
  /** Senast reviderad: the latest decision, e.g. 2017-02-13 § 6. */
  lastRevised: DocumentDecision.nullable(),
  validUntil: IsoDate.nullable(),
  supersededById: Key.nullable(),
  versions: z.array(DocumentVersion),
}).extend(RecordMeta.shape);
export type GoverningDocument = z.infer<typeof GoverningDocument>;
