import type { DocumentDecision, DocumentType, DocumentVersion } from "../contracts/documents.js";
import type { StoredDocumentStatus } from "../rules/document-rules.js";
import type { AuditInfo, AuditRecord, Stored } from "./directory-repository.js";

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

export interface DocumentRecordTypes {
  document: DocumentData;
  documentSettings: DocumentSettingsData;
}
export type DocumentRecordType = keyof DocumentRecordTypes;

/** Storage of one tenant's governing-document register; the same contract as the other repositories. */
export interface DocumentRepository {
  findSettings(tenantId: string): Promise<Stored<DocumentSettingsData> | null>;
  /** The whole register of a tenant: one query. */
  listDocuments(tenantId: string): Promise<Stored<DocumentData>[]>;
  findDocument(tenantId: string, id: string): Promise<Stored<DocumentData> | null>;
  /** The stored record even after disposal, for the records export. */
  findDocumentRecord(tenantId: string, id: string): Promise<{ readonly record: Stored<DocumentData>; readonly disposed: boolean } | null>;
  /** The documents that name `id` as the one they supersede. */
  findSuccessors(tenantId: string, id: string): Promise<Stored<DocumentData>[]>;
  listAudit(tenantId: string, objectType: DocumentRecordType, objectId: string): Promise<AuditRecord[]>;
  create<K extends DocumentRecordType>(
    tenantId: string,
    type: K,
    data: DocumentRecordTypes[K],
    audit: AuditInfo,
  ): Promise<Stored<DocumentRecordTypes[K]>>;
  replace<K extends DocumentRecordType>(
    tenantId: string,
    type: K,
    current: Stored<DocumentRecordTypes[K]>,
    data: DocumentRecordTypes[K] & { readonly deleted?: boolean },
    etag: string,
    audit: AuditInfo,
  ): Promise<Stored<DocumentRecordTypes[K]>>;
}
