import type { RecordStorePort, Stored } from "../shared/store.js";
import type { DocumentDecision, DocumentFile, DocumentType, DocumentVersion } from "./contracts.js";
import type { StoredDocumentStatus } from "./document-rules.js";
import type { DocumentLibraryChoice } from "./library-contracts.js";

/** A governing document in the register: its metadata now, its status, and every adopted version. */
export interface DocumentData {
  readonly id: string;
  readonly title: string;
  readonly typeKey: string;
  readonly decisionBodyId: string;
  readonly ownerPersonId: string;
  readonly owningBodyId: string;
  /** The owning body's path, for role checks down the organisation. */
  readonly owningBodyPath: readonly string[];
  readonly summary: string;
  readonly appliesTo: string;
  readonly diaryNumber: string | null;
  readonly parentId: string | null;
  readonly supersedesId: string | null;
  readonly relatedGoalIds: readonly string[];
  readonly status: StoredDocumentStatus;
  /** The version in force; 0 before the first adoption. */
  readonly version: number;
  readonly adoptedOn: string | null;
  readonly lastRevised: DocumentDecision | null;
  readonly validUntil: string | null;
  /** Every adopted version, oldest first; never changed once written. */
  readonly versions: readonly DocumentVersion[];
  /** Set when the document was disposed of (gallring): it leaves the register, its record stays. */
  readonly disposal?: DocumentDisposal;
  /** The current file in the library; absent in records written before filing existed. */
  readonly file?: DocumentFile | null;
  /** An upload begun and not known to have finished: the intent is written before the library is touched. */
  readonly pendingUpload?: PendingUpload | null;
  /** The library's columns lag the register (a write to the library failed); the job writes them. */
  readonly libraryColumnsStale?: boolean;
}

export interface PendingUpload {
  /** The library it goes to, and its name there. */
  readonly siteId: string;
  readonly driveId: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  readonly sha256: string;
  /** The library's hash of the content, to recognise it in the library on a retry. */
  readonly contentHash: string;
  readonly startedAt: string;
  readonly by: string;
  /** The version the uploader edited; a retry with it is still the same upload. */
  readonly baseEtag: string;
}

export interface DocumentDisposal {
  readonly at: string;
  readonly by: string;
  /** The disposal decision (gallringsbeslut) it was done under. */
  readonly decisionReference: string;
  readonly decisionDate: string;
  readonly reason: string;
}

/** What a document that has never been adopted says about adoption: a draft, version 0. */
export const neverAdopted = {
  status: "draft",
  version: 0,
  adoptedOn: null,
  lastRevised: null,
  validUntil: null,
  versions: [],
} as const satisfies Pick<DocumentData, "status" | "version" | "adoptedOn" | "lastRevised" | "validUntil" | "versions">;

/** The municipality's document types and their default validity; one record, id `current`. */
export interface DocumentSettingsData {
  readonly id: string;
  readonly types: readonly DocumentType[];
  readonly publishRegister: boolean;
}

/** A document as the register lists it: its metadata and state, without its versions or files. */
export type DocumentSummary = Omit<DocumentData, "versions" | "disposal" | "file" | "pendingUpload" | "libraryColumnsStale">;
/** The fields a summary holds, for a repository's projection. */
export const documentSummaryFields = [
  "title",
  "typeKey",
  "decisionBodyId",
  "ownerPersonId",
  "owningBodyId",
  "owningBodyPath",
  "summary",
  "appliesTo",
  "diaryNumber",
  "parentId",
  "supersedesId",
  "relatedGoalIds",
  "status",
  "version",
  "adoptedOn",
  "lastRevised",
  "validUntil",
] as const satisfies readonly (keyof DocumentSummary)[];

/** The site and library the municipality files into; one record, id `current`. */
export interface DocumentLibrarySettingsData {
  readonly id: string;
  readonly choice: DocumentLibraryChoice | null;
}

export interface DocumentRecordTypes {
  document: DocumentData;
  documentSettings: DocumentSettingsData;
  documentLibrary: DocumentLibrarySettingsData;
}
export type DocumentRecordType = keyof DocumentRecordTypes;
/** The document store's records, as the audit trail names them. */
export const documentObjectTypes = ["document", "documentSettings", "documentLibrary"] as const satisfies readonly DocumentRecordType[];

/** Storage of one tenant's governing-document register; the same contract as the other repositories. */
export interface DocumentRepository extends RecordStorePort<DocumentRecordTypes> {
  findSettings(tenantId: string): Promise<Stored<DocumentSettingsData> | null>;
  findLibrarySettings(tenantId: string): Promise<Stored<DocumentLibrarySettingsData> | null>;
  /** Documents the library job has work for: an upload not known to have finished, or columns not yet written. */
  listLibraryWork(tenantId: string): Promise<Stored<DocumentData>[]>;
  /** The whole register of a tenant: one query. */
  listDocuments(tenantId: string): Promise<Stored<DocumentData>[]>;
  /** The whole register without versions and files: one query reading only the listed fields. */
  listSummaries(tenantId: string): Promise<Stored<DocumentSummary>[]>;
  /** The documents `personId` is responsible for, as summaries: one query. */
  findOwnedBy(tenantId: string, personId: string): Promise<Stored<DocumentSummary>[]>;
  findDocument(tenantId: string, id: string): Promise<Stored<DocumentData> | null>;
  /** The stored record even after disposal, for the records export. */
  findDocumentRecord(tenantId: string, id: string): Promise<{ readonly record: Stored<DocumentData>; readonly disposed: boolean } | null>;
  /** In one query, as summaries: the documents under `id`, and the documents named in `keys` (its parent, the one it supersedes). */
  findRelated(tenantId: string, id: string, keys: readonly string[]): Promise<Stored<DocumentSummary>[]>;
  /** The documents that name `id` as the one they supersede. */
  findSuccessors(tenantId: string, id: string): Promise<Stored<DocumentData>[]>;
}
