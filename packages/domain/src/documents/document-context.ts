import type { DirectoryRepository, TenantRecord, TenantRegistry } from "../directory/directory-repository.js";
import type { GoalRepository } from "../goals/goal-repository.js";
import { stockholmDate } from "../shared/dates.js";
import { DomainError, type ErrorDetail, notFound } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { dataOf, metaOf } from "../shared/records.js";
import { holdsRole } from "../shared/roles.js";
import type { Clock, IdGenerator, Stored } from "../shared/store.js";
import { type DocumentFile, type DocumentListItem, defaultDocumentTypes, type GoverningDocument } from "./contracts.js";
import type { DocumentLibrary, LibraryColumns } from "./document-library.js";
import { createLibrarySync } from "./document-library-sync.js";
import type { DocumentData, DocumentRepository, DocumentSummary } from "./document-repository.js";
import { decisionBodyKinds, type EffectiveDocumentStatus, effectiveStatus, owningBodyKinds, revisionState } from "./document-rules.js";

/** What every documents service is built from. */
export interface DocumentDeps {
  readonly documents: DocumentRepository;
  readonly library: DocumentLibrary;
  readonly directory: DirectoryRepository;
  readonly goals: Pick<GoalRepository, "findGoals">;
  readonly tenants: Pick<TenantRegistry, "findTenant">;
  readonly clock: Clock;
  readonly ids: Pick<IdGenerator, "newId">;
}

/** Bodies that adopt governing documents, and those that may own them. */
/** What may still change once a version is adopted: who answers for it and what it links to, not what was decided. */
export const administrativeFields = new Set(["ownerPersonId", "owningBodyId", "relatedGoalIds", "parentId", "diaryNumber"]);

export const invalid = (details: ErrorDetail[]) => new DomainError("validation_failed", "The document has errors.", { details });

/** What the documents services read and check alike: types, who may edit, a document and its references, its DTOs. */
export function createDocumentContext({ documents, library, directory, goals, clock }: DocumentDeps) {
  const today = () => stockholmDate(clock.now());
  const sync = createLibrarySync({ library, documents, directory, clock });

  async function typesOf(tenantId: string) {
    return (await documents.findSettings(tenantId))?.types ?? defaultDocumentTypes;
  }

  /** Administrators above the owning body, its document owners, and the person responsible for the document (when given). */
  function canEdit(p: Principal, tenant: TenantRecord, owningBodyPath: readonly string[], ownerPersonId: string | null): boolean {
    return (
      holdsRole(p.assignments, ["administrator"], [tenant.rootOrgUnitId, ...owningBodyPath]) ||
      holdsRole(p.assignments, ["documentOwner"], owningBodyPath) ||
      (ownerPersonId !== null && p.userId === ownerPersonId)
    );
  }

  function requireEditor(
    p: Principal,
    tenant: TenantRecord,
    doc: { readonly owningBodyPath: readonly string[]; readonly ownerPersonId: string | null },
    action: string,
  ) {
    requireMember(p);
    if (!canEdit(p, tenant, doc.owningBodyPath, doc.ownerPersonId)) {
      throw new DomainError("forbidden", "You do not have the role this requires.", {
        details: [{ reason: `requires_administrator_or_documentOwner:${action}` }],
      });
    }
  }

  async function documentOrThrow(tenantId: string, id: string): Promise<Stored<DocumentData>> {
    const doc = await documents.findDocument(tenantId, id);
    if (!doc) throw notFound("The document");
    return doc;
  }

  /** Checks every reference of the metadata at once and names each bad one; returns the owning body's path. */
  async function checkReferences(
    tenantId: string,
    m: Pick<DocumentData, "typeKey" | "decisionBodyId" | "ownerPersonId" | "owningBodyId" | "parentId" | "supersedesId" | "relatedGoalIds">,
    selfId: string | null,
  ): Promise<readonly string[]> {
    const [types, decisionBody, owningBody, owner, parent, superseded, related] = await Promise.all([
      typesOf(tenantId),
      directory.findOrgUnit(tenantId, m.decisionBodyId),
      directory.findOrgUnit(tenantId, m.owningBodyId),
      directory.findPerson(tenantId, m.ownerPersonId),
      m.parentId ? documents.findDocument(tenantId, m.parentId) : Promise.resolve(null),
      m.supersedesId ? documents.findDocument(tenantId, m.supersedesId) : Promise.resolve(null),
      m.relatedGoalIds.length > 0 ? goals.findGoals(tenantId, m.relatedGoalIds) : Promise.resolve([]),
    ]);
    const details: ErrorDetail[] = [];
    if (!types.some((t) => t.key === m.typeKey)) details.push({ path: "body.typeKey", reason: "unknown_document_type" });
    if (!decisionBody || !decisionBodyKinds.includes(decisionBody.kind))
      details.push({ path: "body.decisionBodyId", reason: "not_a_decision_body" });
    if (!owningBody || !owningBodyKinds.includes(owningBody.kind))
      details.push({ path: "body.owningBodyId", reason: "not_an_owning_body" });
    // A person of another municipality is simply not in this one's directory.
    if (!owner) details.push({ path: "body.ownerPersonId", reason: "unknown_person" });
    else if (!owner.active) details.push({ path: "body.ownerPersonId", reason: "inactive_person" });
    if (m.parentId && (!parent || m.parentId === selfId)) details.push({ path: "body.parentId", reason: "unknown_document" });
    if (m.supersedesId && (!superseded || m.supersedesId === selfId))
      details.push({ path: "body.supersedesId", reason: "unknown_document" });
    const found = new Set(related.map((g) => g.id));
    m.relatedGoalIds.forEach((id, i) => {
      if (!found.has(id)) details.push({ path: `body.relatedGoalIds.${i}`, reason: "unknown_goal" });
    });
    if (details.length > 0) throw invalid(details);
    return [...(owningBody?.path ?? [])];
  }

  function listItem(d: Stored<DocumentSummary>, supersededById: string | null, date: string): DocumentListItem {
    // Whole records (a document's page) carry more than a summary: the list item takes the summary's fields only.
    const {
      owningBodyPath: _p,
      versions: _v,
      status,
      file: _f,
      pendingUpload: _u,
      libraryColumnsStale: _s,
      disposal: _d,
      ...rest
    } = dataOf(d) as DocumentData;
    const effective = statusOf(status, d.validUntil, supersededById, date);
    return {
      ...rest,
      relatedGoalIds: [...rest.relatedGoalIds],
      ...metaOf(d),
      status: effective,
      supersededById,
      revision: revisionState(effective, d.validUntil, date),
    };
  }

  function statusOf(
    stored: DocumentData["status"],
    validUntil: string | null,
    supersededById: string | null,
    date: string,
  ): EffectiveDocumentStatus {
    // Replaced by an adopted successor: repealed by that decision, whatever its own dates say.
    return supersededById !== null && stored !== "draft" ? "repealed" : effectiveStatus(stored, validUntil, date);
  }

  async function detail(
    p: Principal,
    tenant: TenantRecord,
    d: Stored<DocumentData>,
    successors: readonly Stored<DocumentData>[],
    date: string,
  ): Promise<GoverningDocument> {
    const supersededById = successors.find((s) => s.version > 0)?.id ?? null;
    const [owner, bodies, related] = await Promise.all([
      directory.findPerson(p.tenantId, d.ownerPersonId),
      directory.findOrgUnits(p.tenantId, [...new Set([d.decisionBodyId, d.owningBodyId, ...d.versions.map((v) => v.decision.bodyId)])]),
      documents.findRelated(
        p.tenantId,
        d.id,
        [d.parentId, d.supersedesId].filter((k): k is string => k !== null),
      ),
    ]);
    const titleOf = (key: string | null) => (key === null ? null : (related.find((r) => r.id === key)?.title ?? null));
    const children = related.filter((r) => r.parentId === d.id);
    return {
      ...listItem(d, supersededById, date),
      ownerName: owner?.name ?? "",
      bodyNames: Object.fromEntries(bodies.map((u) => [u.id, u.name])),
      canEdit: canEdit(p, tenant, d.owningBodyPath, d.ownerPersonId),
      parentTitle: titleOf(d.parentId),
      supersedesTitle: titleOf(d.supersedesId),
      versions: [...d.versions],
      file: d.file ?? null,
      pendingUpload: d.pendingUpload ? { name: d.pendingUpload.name, startedAt: d.pendingUpload.startedAt } : null,
      children: children
        .map((c) => ({ id: c.id, title: c.title, typeKey: c.typeKey }))
        .sort((a, b) => a.title.localeCompare(b.title, "sv")),
    };
  }

  /** A file of the document: the current one, or the one a version was adopted with. */
  function fileOf(d: DocumentData, version: number | undefined): DocumentFile {
    const file = version === undefined ? d.file : d.versions.find((v) => v.version === version)?.file;
    if (!file) throw notFound(version === undefined ? "The document's file" : `Version ${version}'s file`);
    return file;
  }

  const columnsAgree = (held: Partial<LibraryColumns>, wanted: LibraryColumns) =>
    Object.entries(wanted).every(([k, v]) => String(held[k as keyof LibraryColumns] ?? "") === String(v ?? ""));

  return {
    today,
    sync,
    typesOf,
    canEdit,
    requireEditor,
    documentOrThrow,
    checkReferences,
    listItem,
    statusOf,
    detail,
    fileOf,
    columnsAgree,
  };
}
