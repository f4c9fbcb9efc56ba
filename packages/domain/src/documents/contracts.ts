import { z } from "zod";
import { IsoDate } from "../goals/reporting-period-contracts.js";
import { AuditEntry } from "../shared/audit-contracts.js";
import { Guid, Key, Name, RecordMeta, singleLine } from "../shared/common-contracts.js";

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
  /** Who usually adopts this type (a policy the council, a guideline the executive board): the form's first choice. */
  usualDecisionBody: z.enum(["council", "executiveBoard", "committee"]).optional(),
});
export type DocumentType = z.infer<typeof DocumentType>;

/** The types a municipality starts with (seed 001 and DOMAIN.md). */
export const defaultDocumentTypes: readonly DocumentType[] = [
  { key: "policy", name: { sv: "Policy", en: "Policy" }, validity: { kind: "mandatePeriods", periods: 1 }, usualDecisionBody: "council" },
  {
    key: "riktlinje",
    name: { sv: "Riktlinje", en: "Guideline" },
    validity: { kind: "mandatePeriods", periods: 1 },
    usualDecisionBody: "executiveBoard",
  },
  {
    key: "program",
    name: { sv: "Program", en: "Programme" },
    validity: { kind: "mandatePeriods", periods: 1 },
    usualDecisionBody: "council",
  },
  { key: "plan", name: { sv: "Plan", en: "Plan" }, validity: { kind: "years", years: 4 }, usualDecisionBody: "council" },
  { key: "anvisning", name: { sv: "Anvisning", en: "Instruction" }, validity: { kind: "years", years: 2 }, usualDecisionBody: "committee" },
  {
    key: "reglemente",
    name: { sv: "Reglemente", en: "Rules of procedure" },
    validity: { kind: "mandatePeriods", periods: 1 },
    usualDecisionBody: "council",
  },
  { key: "taxa", name: { sv: "Taxa", en: "Fee schedule" }, validity: { kind: "years", years: 1 }, usualDecisionBody: "council" },
  {
    key: "delegationsordning",
    name: { sv: "Delegationsordning", en: "Delegation order" },
    validity: { kind: "mandatePeriods", periods: 1 },
    usualDecisionBody: "committee",
  },
  {
    key: "kontinuitetsplan",
    name: { sv: "Kontinuitetsplan", en: "Continuity plan" },
    validity: { kind: "years", years: 1 },
    usualDecisionBody: "committee",
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

/** The register's fields of a document, apart from its versions and status. */
const metadataFields = {
  title: Name,
  typeKey: Key,
  /** The body that adopts it (kommunfullmäktige, a committee). */
  decisionBodyId: Key,
  /** The person responsible (dokumentansvarig) and the owning body (processägare). */
  ownerPersonId: Guid,
  owningBodyId: Key,
  summary: z.string().trim().max(2000),
  appliesTo: z.string().trim().max(500),
  diaryNumber: singleLine(50, 0).nullable(),
  /** The document it belongs under: a policy's guideline or instruction. */
  parentId: Key.nullable(),
  /** The document it replaces, which is repealed when this one is adopted. */
  supersedesId: Key.nullable(),
  relatedGoalIds: z.array(Key).max(50),
};

/** A document's metadata; the optional fields default to empty. */
export const DocumentMetadataBody = z.strictObject({
  ...metadataFields,
  summary: metadataFields.summary.default(""),
  appliesTo: metadataFields.appliesTo.default(""),
  diaryNumber: metadataFields.diaryNumber.default(null),
  parentId: metadataFields.parentId.default(null),
  supersedesId: metadataFields.supersedesId.default(null),
  relatedGoalIds: metadataFields.relatedGoalIds.default([]),
});
export type DocumentMetadataBody = z.infer<typeof DocumentMetadataBody>;

export const CreateDocumentBody = DocumentMetadataBody;
export type CreateDocumentBody = z.infer<typeof CreateDocumentBody>;

/** The fields to change; those left out stay as they are. */
export const UpdateDocumentBody = z
  .strictObject(metadataFields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdateDocumentBody = z.infer<typeof UpdateDocumentBody>;

export const DocumentTransitionBody = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("startRevision") }),
  /** Adopts the draft as the next version; valid-until defaults from the type. */
  z.strictObject({ action: z.literal("adopt"), decision: DocumentDecision, validUntil: IsoDate.optional() }),
  z.strictObject({ action: z.literal("repeal"), decision: DocumentDecision }),
]);
export type DocumentTransitionBody = z.infer<typeof DocumentTransitionBody>;

export const DocumentStatus = z.enum(["draft", "inRevision", "adopted", "expired", "repealed"]);

/** A file filed in the document library: which item, which of its versions, and what was uploaded. */
export const DocumentFile = z.object({
  /** The library it was filed in (a later change of library leaves it where it is). */
  siteId: z.string(),
  driveId: z.string(),
  itemId: z.string(),
  /** The file's name in the library. */
  name: z.string(),
  size: z.number().int().min(0),
  contentType: z.string(),
  /** SHA-256 of the content, hex: what was filed, whatever the library does later. */
  sha256: z.string(),
  /** The library's version label at filing ("2.0"). */
  libraryVersion: z.string(),
  /** Where SharePoint opens it; null in the local folder (the API serves the file). */
  webUrl: z.string().nullable(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});
export type DocumentFile = z.infer<typeof DocumentFile>;

/** One adopted version: frozen when adopted, kept for good (records law, QUALITY-BAR 11). */
export const DocumentVersion = z.object({
  version: z.number().int().min(1),
  adoptedOn: IsoDate,
  decision: DocumentDecision,
  validUntil: IsoDate,
  metadata: DocumentMetadataBody,
  /** The file adopted, as the library holds it; absent for versions registered without one. */
  file: DocumentFile.nullable().optional(),
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
  /**
   * Whether it needs revising: `expired`, or `dueSoon` within 180 days of valid-until (the
   * first alert), with the days left; null when neither (or not in force).
   */
  revision: z.object({ state: z.enum(["expired", "dueSoon"]), daysLeft: z.number().int() }).nullable(),
  /** The person responsible, by name (empty when no longer in the directory). */
  ownerName: z.string(),
  /**
   * The name of every body the document and its versions' decisions name (decision body,
   * owning body, the bodies that adopted each version), by id: no screen reads the
   * organisation to print them. A body no longer in the organisation is missing.
   */
  bodyNames: z.record(z.string(), z.string()),
  versions: z.array(DocumentVersion),
  /** The current file (a draft being revised, or the adopted one); null before the first upload. */
  file: DocumentFile.nullable(),
  /** An upload that reached no conclusion (the library failed): the next upload or the hourly job settles it. */
  pendingUpload: z.object({ name: z.string(), startedAt: z.string() }).nullable(),
  /** Whether the caller may change it (register, file, decide): the API checks again on every write. */
  canEdit: z.boolean(),
  /** The titles of its parent and of the document it supersedes, when it names them. */
  parentTitle: z.string().nullable(),
  supersedesTitle: z.string().nullable(),
  /** The documents under it: a policy's guidelines and instructions. */
  children: z.array(z.object({ id: Key, title: z.string(), typeKey: z.string() })),
}).extend(RecordMeta.shape);
export type GoverningDocument = z.infer<typeof GoverningDocument>;

/** A row of the register: the document without its versions. */
export const DocumentListItem = GoverningDocument.omit({
  versions: true,
  ownerName: true,
  bodyNames: true,
  file: true,
  pendingUpload: true,
  children: true,
  canEdit: true,
  parentTitle: true,
  supersedesTitle: true,
});
export type DocumentListItem = z.infer<typeof DocumentListItem>;

/** A row of the staff's register: a list item with the names of its bodies (empty when no longer in the organisation). */
export const RegisterRow = DocumentListItem.extend({ decisionBodyName: z.string(), owningBodyName: z.string() });
export type RegisterRow = z.infer<typeof RegisterRow>;

export const DocumentRegister = z.object({
  documents: z.array(RegisterRow),
  today: IsoDate,
  /** The bodies that decide governing documents, by name: the register's filter offers them. */
  decisionBodies: z.array(z.object({ id: Key, name: z.string() })),
});
export type DocumentRegister = z.infer<typeof DocumentRegister>;

export const DocumentListQuery = z.strictObject({
  typeKey: Key.optional(),
  decisionBodyId: Key.optional(),
  ownerPersonId: Guid.optional(),
  status: DocumentStatus.optional(),
  /** In force and valid until within this many days from today; expired ones are the `expired` status. */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

export const DocumentSettingsBody = z.strictObject({
  types: z
    .array(DocumentType)
    .min(1)
    .max(30)
    .refine((types) => new Set(types.map((t) => t.key)).size === types.length, { message: "Each type key once." }),
  /** Publish the register (adopted documents, no names of people) as open data. */
  publishRegister: z.boolean().default(false),
});
export type DocumentSettingsBody = z.infer<typeof DocumentSettingsBody>;

export const DocumentSettings = DocumentSettingsBody.extend({ etag: z.string() });
export type DocumentSettings = z.infer<typeof DocumentSettings>;

/** The register as open data: adopted documents as decided, bodies by name, no person. */
export const PublicDocument = z.object({
  id: Key,
  title: z.string(),
  type: z.string(),
  decisionBody: z.string(),
  owningBody: z.string(),
  status: z.enum(["adopted", "inRevision", "expired", "repealed"]),
  version: z.number().int(),
  adoptedOn: IsoDate,
  lastRevised: z.string(),
  validUntil: IsoDate,
  summary: z.string(),
  appliesTo: z.string(),
  diaryNumber: z.string().nullable(),
  parentId: Key.nullable(),
  supersededById: Key.nullable(),
});
export const PublicRegister = z.object({
  municipality: z.string(),
  publishedAt: z.string(),
  licence: z.string(),
  documents: z.array(PublicDocument),
});
export type PublicRegister = z.infer<typeof PublicRegister>;
export const PublicRegisterQuery = z.strictObject({ format: z.enum(["json", "csv"]).default("json") });

export const DisposeDocumentBody = z.strictObject({
  /** The disposal decision (gallringsbeslut) and its date. */
  decisionReference: singleLine(100),
  decisionDate: IsoDate,
  reason: z.string().trim().min(1).max(1000),
});
export type DisposeDocumentBody = z.infer<typeof DisposeDocumentBody>;

/** A document's whole record for a public-records request: every version, its metadata and its audit trail. */
export const DocumentRecordsExport = z.object({
  municipality: z.string(),
  exportedAt: z.string(),
  exportedBy: z.string(),
  documentId: Key,
  /** The document as the register shows it; null once disposed of. */
  document: GoverningDocument.nullable(),
  disposal: z
    .object({ at: z.string(), by: z.string(), decisionReference: z.string(), decisionDate: IsoDate, reason: z.string() })
    .nullable(),
  versions: z.array(DocumentVersion),
  audit: z.array(AuditEntry),
});
export type DocumentRecordsExport = z.infer<typeof DocumentRecordsExport>;

/** The upload's file name; the body is the file's bytes. */
export const DocumentFileQuery = z.strictObject({ name: singleLine(200) });
/** Which version's file to read; the current file when left out. */
export const DocumentFileGetQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });
