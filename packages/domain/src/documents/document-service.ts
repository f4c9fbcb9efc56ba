import type { DirectoryRepository, TenantRecord, TenantRegistry } from "../directory/directory-repository.js";
import type { MyItem } from "../directory/me-contracts.js";
import type { GoalRepository } from "../goals/goal-repository.js";
import { addDays, stockholmDate } from "../reporting/reporting-rules.js";
import { DomainError, type ErrorDetail, notFound } from "../shared/errors.js";
import { type Principal, requireMember, requireRole } from "../shared/principal.js";
import { assertVersion, dataOf, metaOf, newRecordEtag } from "../shared/records.js";
import { holdsRole } from "../shared/roles.js";
import type { Clock, Stored } from "../shared/store.js";
import {
  type CreateDocumentBody,
  type DisposeDocumentBody,
  type DocumentFile,
  type DocumentLibraryBody,
  type DocumentLibrarySettings,
  type DocumentLibraryView,
  type DocumentListItem,
  type DocumentListQuery,
  type DocumentRecordsExport,
  type DocumentRegister,
  type DocumentSettings,
  type DocumentSettingsBody,
  type DocumentTransitionBody,
  defaultDocumentTypes,
  type GoverningDocument,
  type LibraryCandidates,
  type PublicRegister,
  type UpdateDocumentBody,
} from "./contracts.js";
import type { DocumentLibrary, LibraryColumns } from "./document-library.js";
import { createLibrarySync } from "./document-library-sync.js";
import { type DocumentData, type DocumentRepository, type DocumentSummary, neverAdopted } from "./document-repository.js";
import {
  decisionBodyKinds,
  defaultValidUntil,
  documentTransitions,
  type EffectiveDocumentStatus,
  effectiveStatus,
  owningBodyKinds,
  revisionState,
} from "./document-rules.js";
import { documentFileTypes, extensionOf, fileProblems, isDocumentFileExtension, libraryFileName } from "./file-rules.js";

interface Deps {
  readonly documents: DocumentRepository;
  readonly library: DocumentLibrary;
  readonly directory: DirectoryRepository;
  readonly goals: Pick<GoalRepository, "findGoals">;
  readonly tenants: Pick<TenantRegistry, "findTenant">;
  readonly clock: Clock;
}

/** Bodies that adopt governing documents, and those that may own them. */
/** What may still change once a version is adopted: who answers for it and what it links to, not what was decided. */
const administrativeFields = new Set(["ownerPersonId", "owningBodyId", "relatedGoalIds", "parentId", "diaryNumber"]);

const invalid = (details: ErrorDetail[]) => new DomainError("validation_failed", "The document has errors.", { details });

/**
 * The register of governing documents (styrande dokument): metadata from the header of the
 * 2017 quality policy, a lifecycle of draft → adopted → in revision → adopted again (each
 * adopted version frozen and kept) → repealed, expiry derived from valid-until. Anyone in
 * the municipality reads the register; the municipality's administrators, and the document
 * owners of the owning body, change it.
 */
export function createDocumentService({ documents, library, directory, goals, tenants, clock }: Deps) {
  const today = () => stockholmDate(clock.now());
  const sync = createLibrarySync({ library, documents, directory, clock });

  function requireMunicipalityAdministrator(p: Principal, tenant: TenantRecord, action: string) {
    requireRole(p, ["administrator"], [tenant.rootOrgUnitId], action);
  }

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
    const [owner, related] = await Promise.all([
      directory.findPerson(p.tenantId, d.ownerPersonId),
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
    async getSettings(p: Principal): Promise<DocumentSettings> {
      requireMember(p);
      const stored = await documents.findSettings(p.tenantId);
      return {
        types: [...(stored?.types ?? defaultDocumentTypes)],
        publishRegister: stored?.publishRegister ?? false,
        etag: stored?.etag ?? newRecordEtag,
      };
    },

    async updateSettings(p: Principal, tenant: TenantRecord, body: DocumentSettingsBody, etag: string): Promise<DocumentSettings> {
      requireMember(p);
      if (!holdsRole(p.assignments, ["administrator"], [tenant.rootOrgUnitId])) {
        throw new DomainError("forbidden", "You do not have the role this requires.", {
          details: [{ reason: "requires_administrator:documents.settings" }],
        });
      }
      const stored = await documents.findSettings(p.tenantId);
      assertVersion(stored, etag);
      // A type in use cannot disappear from the list.
      const kept = new Set(body.types.map((t) => t.key));
      const inUse = [...new Set((await documents.listSummaries(p.tenantId)).map((d) => d.typeKey))].filter((k) => !kept.has(k));
      if (inUse.length > 0) throw invalid(inUse.map((k) => ({ path: "body.types", reason: "type_in_use", message: k })));
      const data = { id: "current", types: body.types, publishRegister: body.publishRegister };
      const audit = { userId: p.userId, action: "documentSettings.update" };
      const saved = stored
        ? await documents.replace(p.tenantId, "documentSettings", stored, data, etag, audit)
        : await documents.create(p.tenantId, "documentSettings", data, audit);
      return { types: [...saved.types], publishRegister: saved.publishRegister, etag: saved.etag };
    },

    /**
     * The register as open data, when the municipality publishes it: every document that
     * has been adopted, as last decided (a revision's draft is not public until adopted),
     * bodies by name and no person.
     */
    async publicRegister(tenantId: string): Promise<PublicRegister> {
      const [tenant, settings, all, units] = await Promise.all([
        tenants.findTenant(tenantId),
        documents.findSettings(tenantId),
        documents.listDocuments(tenantId),
        directory.listOrgUnits(tenantId),
      ]);
      if (!tenant || !settings?.publishRegister) throw notFound("The municipality's register");
      const date = today();
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      const typeName = new Map(settings.types.map((t) => [t.key, t.name.sv]));
      const supersededBy = new Map(all.filter((d) => d.supersedesId && d.version > 0).map((d) => [d.supersedesId as string, d.id]));
      const published = all.flatMap((d) => {
        const decided = d.versions.at(-1);
        if (!decided || !d.lastRevised) return [];
        const status = statusOf(d.status, decided.validUntil, supersededBy.get(d.id) ?? null, date);
        if (status === "draft") return [];
        const m = decided.metadata;
        return [
          {
            id: d.id,
            title: m.title,
            type: typeName.get(m.typeKey) ?? m.typeKey,
            decisionBody: unitName.get(m.decisionBodyId) ?? "",
            owningBody: unitName.get(m.owningBodyId) ?? "",
            status,
            version: decided.version,
            adoptedOn: decided.adoptedOn,
            lastRevised: `${d.lastRevised.date} ${d.lastRevised.paragraph}`,
            validUntil: decided.validUntil,
            summary: m.summary,
            appliesTo: m.appliesTo,
            diaryNumber: m.diaryNumber,
            parentId: m.parentId,
            supersededById: supersededBy.get(d.id) ?? null,
          },
        ];
      });
      return {
        municipality: tenant.name,
        publishedAt: clock.now().toISOString(),
        licence: "CC0-1.0",
        documents: published.sort((a, b) => a.title.localeCompare(b.title, "sv")),
      };
    },

    /** The register, filtered; any member of the municipality reads it. */
    async list(p: Principal, q: DocumentListQuery): Promise<DocumentRegister> {
      requireMember(p);
      const date = today();
      const all = await documents.listSummaries(p.tenantId);
      const supersededBy = new Map(all.filter((d) => d.supersedesId && d.version > 0).map((d) => [d.supersedesId as string, d.id]));
      const horizon = q.expiringWithinDays === undefined ? null : addDays(date, q.expiringWithinDays);
      const items = all
        .map((d) => listItem(d, supersededBy.get(d.id) ?? null, date))
        .filter(
          (d) =>
            (q.typeKey === undefined || d.typeKey === q.typeKey) &&
            (q.decisionBodyId === undefined || d.decisionBodyId === q.decisionBodyId) &&
            (q.ownerPersonId === undefined || d.ownerPersonId === q.ownerPersonId) &&
            (q.status === undefined || d.status === q.status) &&
            // In force and running out: an expired document is its own filter, not one "expiring" years ago.
            (horizon === null || (d.status === "adopted" && d.validUntil !== null && d.validUntil >= date && d.validUntil <= horizon)),
        )
        .sort((a, b) => a.title.localeCompare(b.title, "sv"));
      return { documents: items, today: date };
    },

    /**
     * My items' part: the documents the person is responsible for that are expired or due for
     * revision (from the first alert on), most urgent first. One query, by owner.
     */
    async myItems(p: Principal): Promise<MyItem[]> {
      requireMember(p);
      const date = today();
      const [owned, units] = await Promise.all([documents.findOwnedBy(p.tenantId, p.userId), directory.listOrgUnits(p.tenantId)]);
      const names = new Map(units.map((u) => [u.id, u.name]));
      return owned
        .flatMap((d) => {
          const revision = revisionState(effectiveStatus(d.status, d.validUntil, date), d.validUntil, date);
          if (!revision) return [];
          return [
            {
              kind: "document",
              id: d.id,
              title: d.title,
              dueDate: d.validUntil,
              scopeName: names.get(d.owningBodyId) ?? d.owningBodyId,
              href: `#/documents/${encodeURIComponent(d.id)}`,
              revision,
            },
          ];
        })
        .sort((a, b) => a.revision.daysLeft - b.revision.daysLeft);
    },

    async get(p: Principal, tenant: TenantRecord, id: string): Promise<GoverningDocument> {
      requireMember(p);
      const [doc, successors] = await Promise.all([documentOrThrow(p.tenantId, id), documents.findSuccessors(p.tenantId, id)]);
      return detail(p, tenant, doc, successors, today());
    },

    /** A new document, as a draft. */
    async create(p: Principal, tenant: TenantRecord, body: CreateDocumentBody, newId: string): Promise<GoverningDocument> {
      requireMember(p);
      // Whether the caller may register for that body is decided before anything else is looked up.
      const owningBody = await directory.findOrgUnit(p.tenantId, body.owningBodyId);
      // Naming oneself the person responsible is no licence: registering takes a role on the owning body.
      requireEditor(p, tenant, { owningBodyPath: owningBody?.path ?? [], ownerPersonId: null }, "documents.create");
      const owningBodyPath = await checkReferences(p.tenantId, body, null);
      const data: DocumentData = {
        id: newId,
        ...body,
        owningBodyPath,
        ...neverAdopted,
        file: null,
      };
      const saved = await documents.create(p.tenantId, "document", data, { userId: p.userId, action: "document.create" });
      return detail(p, tenant, saved, [], today());
    },

    /**
     * Changes the metadata. In a draft or revision anything may change; once adopted only
     * who answers for it and what it links to (the rest is what was decided); a repealed
     * document not at all.
     */
    async update(p: Principal, tenant: TenantRecord, id: string, body: UpdateDocumentBody, etag: string): Promise<GoverningDocument> {
      const current = await documentOrThrow(p.tenantId, id);
      requireEditor(p, tenant, current, "documents.update");
      assertVersion(current, etag);
      const date = today();
      const status = effectiveStatus(current.status, current.validUntil, date);
      const changed = Object.entries(body).filter(
        ([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(current[k as keyof DocumentData]),
      );
      if (status === "repealed" && changed.length > 0) throw invalid([{ reason: "document_repealed" }]);
      if (status === "adopted" || status === "expired") {
        const frozen = changed
          .filter(([k]) => !administrativeFields.has(k))
          .map(([k]) => ({ path: `body.${k}`, reason: "adopted_version_frozen" }));
        if (frozen.length > 0) throw invalid(frozen);
      }
      const merged = { ...dataOf(current), ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) } as DocumentData;
      const owningBodyPath = await checkReferences(p.tenantId, merged, id);
      // Moving a document to another body takes a role on that body too.
      if (merged.owningBodyId !== current.owningBodyId)
        requireEditor(p, tenant, { owningBodyPath, ownerPersonId: null }, "documents.update");
      const saved = await documents.replace(
        p.tenantId,
        "document",
        current,
        { ...merged, owningBodyPath, libraryColumnsStale: Boolean(current.file) },
        etag,
        { userId: p.userId, action: "document.update" },
      );
      const synced = await sync.pushColumns(p.tenantId, saved, p.userId);
      return detail(p, tenant, synced, await documents.findSuccessors(p.tenantId, id), date);
    },

    /**
     * A document's whole record for a public-records request (utlämnande av allmän handling):
     * the document, every adopted version with its metadata, and its audit trail, also after
     * disposal. Municipality administrators (the registry) only.
     */
    async exportRecords(p: Principal, tenant: TenantRecord, id: string): Promise<DocumentRecordsExport> {
      requireMunicipalityAdministrator(p, tenant, "documents.records");
      const [found, audit, successors] = await Promise.all([
        documents.findDocumentRecord(p.tenantId, id),
        documents.listAudit(p.tenantId, "document", id),
        documents.findSuccessors(p.tenantId, id),
      ]);
      if (!found) throw notFound("The document");
      const { record, disposed } = found;
      return {
        municipality: tenant.name,
        exportedAt: clock.now().toISOString(),
        exportedBy: p.userId,
        documentId: id,
        document: disposed ? null : await detail(p, tenant, record, successors, today()),
        disposal: record.disposal ?? null,
        versions: [...record.versions],
        audit: audit.map((e) => ({ ...e, before: e.before ?? null, after: e.after ?? null })),
      };
    },

    /**
     * Disposal (gallring): the one way a document leaves the register, under a disposal
     * decision, by a municipality administrator, audited. A document in force, in revision
     * or expired is refused: it must be repealed first. The record stays for the records
     * export: nothing is deleted from storage, and no audit record ever is.
     */
    async dispose(p: Principal, tenant: TenantRecord, id: string, body: DisposeDocumentBody, etag: string): Promise<void> {
      requireMunicipalityAdministrator(p, tenant, "documents.dispose");
      const [current, successors] = await Promise.all([documentOrThrow(p.tenantId, id), documents.findSuccessors(p.tenantId, id)]);
      assertVersion(current, etag);
      const date = today();
      const status = statusOf(current.status, current.validUntil, successors.find((x) => x.version > 0)?.id ?? null, date);
      if (status !== "repealed" && !(status === "draft" && current.version === 0)) {
        throw invalid([{ reason: "document_in_force", message: status }]);
      }
      if (body.decisionDate > date) throw invalid([{ path: "body.decisionDate", reason: "decision_in_future" }]);
      const disposal = { at: clock.now().toISOString(), by: p.userId, ...body };
      await documents.replace(p.tenantId, "document", current, { ...dataOf(current), disposal, deleted: true }, etag, {
        userId: p.userId,
        action: "document.dispose",
      });
    },

    /** Starts a revision, adopts the draft as the next version, or repeals the document by a decision. */
    async transition(
      p: Principal,
      tenant: TenantRecord,
      id: string,
      body: DocumentTransitionBody,
      etag: string,
    ): Promise<GoverningDocument> {
      const current = await documentOrThrow(p.tenantId, id);
      requireEditor(p, tenant, current, `documents.${body.action}`);
      assertVersion(current, etag);
      const date = today();
      const status = effectiveStatus(current.status, current.validUntil, date);
      if (!documentTransitions[status].includes(body.action)) {
        throw invalid([{ path: "body.action", reason: "invalid_transition", message: `${status} → ${body.action}` }]);
      }
      let next: DocumentData;
      if (body.action === "startRevision") {
        next = { ...dataOf(current), status: "inRevision" };
      } else {
        const { decision } = body;
        const details: ErrorDetail[] = [];
        if (decision.bodyId !== current.decisionBodyId) details.push({ path: "body.decision.bodyId", reason: "not_the_decision_body" });
        if (decision.date > date) details.push({ path: "body.decision.date", reason: "decision_in_future" });
        if (current.adoptedOn && decision.date < current.adoptedOn)
          details.push({ path: "body.decision.date", reason: "before_last_adoption" });
        if (body.action === "repeal") {
          if (details.length > 0) throw invalid(details);
          next = { ...dataOf(current), status: "repealed", lastRevised: decision };
        } else {
          const type = (await typesOf(p.tenantId)).find((t) => t.key === current.typeKey);
          const validUntil = body.validUntil ?? (type ? defaultValidUntil(decision.date, type.validity) : null);
          if (validUntil === null) details.push({ path: "body.validUntil", reason: "required" });
          else if (validUntil <= decision.date) details.push({ path: "body.validUntil", reason: "valid_until_before_adopted" });
          if (details.length > 0 || validUntil === null) throw invalid(details);
          const {
            owningBodyPath: _p,
            versions: _v,
            status: _s,
            version: _n,
            adoptedOn: _a,
            lastRevised: _l,
            validUntil: _u,
            id: _id,
            ...metadata
          } = dataOf(current);
          const version = current.version + 1;
          next = {
            ...dataOf(current),
            status: "adopted",
            version,
            adoptedOn: decision.date,
            lastRevised: decision,
            validUntil,
            versions: [
              ...current.versions,
              {
                version,
                adoptedOn: decision.date,
                decision,
                validUntil,
                metadata: { ...metadata, relatedGoalIds: [...metadata.relatedGoalIds] },
                file: current.file ?? null,
              },
            ],
          };
        }
      }
      const saved = await documents.replace(
        p.tenantId,
        "document",
        current,
        { ...next, libraryColumnsStale: Boolean(current.file) },
        etag,
        {
          userId: p.userId,
          action: `document.${body.action}`,
        },
      );
      const synced = await sync.pushColumns(p.tenantId, saved, p.userId);
      return detail(p, tenant, synced, await documents.findSuccessors(p.tenantId, id), date);
    },

    /**
     * Files a draft in the library (a new document's, or a revision's): checked first (name,
     * type, content, size), then announced in the register, uploaded, its columns set, and
     * recorded. A retry after a failure, with the same If-Match, finishes the same upload
     * without filing it twice. An adopted version is frozen: a revision is started first.
     */
    async uploadFile(
      p: Principal,
      tenant: TenantRecord,
      id: string,
      file: { readonly name: string; readonly content: Uint8Array; readonly sha256: string },
      etag: string,
    ): Promise<GoverningDocument> {
      const current = await documentOrThrow(p.tenantId, id);
      requireEditor(p, tenant, current, "documents.upload");
      // The If-Match of an upload that failed half-way still names this upload: the intent written since is its own,
      // but only for the same file. Another file under the same If-Match is a competing edit.
      const retry = current.pendingUpload?.baseEtag === etag;
      if (retry && current.pendingUpload?.sha256 !== file.sha256) {
        throw new DomainError("precondition_failed", "Another file is being filed for this document. Reload and try again.", {
          details: [{ path: "headers.if-match", reason: "other_upload_pending" }],
        });
      }
      assertVersion(current, retry ? current.etag : etag);
      const date = today();
      const status = effectiveStatus(current.status, current.validUntil, date);
      const problems = fileProblems(file.name, file.content);
      if (status !== "draft" && status !== "inRevision") problems.unshift({ reason: "adopted_version_frozen", message: status });
      if (problems.length > 0) throw invalid(problems);
      const ext = extensionOf(file.name);
      if (!isDocumentFileExtension(ext)) throw invalid([{ path: "query.name", reason: "unsupported_file_type" }]);
      // The name in the library is fixed by the first upload, so each later draft is a version of the same file.
      const name = current.file
        ? `${current.file.name.slice(0, current.file.name.lastIndexOf("."))}${ext}`
        : libraryFileName(current.title, id, ext);
      const saved = await sync.upload(
        p.tenantId,
        current,
        { name, content: file.content, contentType: documentFileTypes[ext].contentType, sha256: file.sha256 },
        retry ? (current.pendingUpload?.baseEtag ?? etag) : etag,
        p.userId,
      );
      return detail(p, tenant, saved, await documents.findSuccessors(p.tenantId, id), date);
    },

    /** The bytes of the current file, or of the file a version was adopted with; every member reads. */
    async fileContent(p: Principal, id: string, version: number | undefined) {
      requireMember(p);
      const doc = await documentOrThrow(p.tenantId, id);
      const file = fileOf(doc, version);
      const bytes = await library.content(p.tenantId, { siteId: file.siteId, driveId: file.driveId }, file.itemId, file.libraryVersion);
      if (!bytes) throw notFound("The file in the library");
      return { bytes, name: file.name, contentType: file.contentType };
    },

    /** What the library holds for the document (its columns and versions), and whether the columns agree with the register. */
    async libraryView(p: Principal, id: string): Promise<DocumentLibraryView> {
      requireMember(p);
      const doc = await documentOrThrow(p.tenantId, id);
      const settings = await documents.findLibrarySettings(p.tenantId);
      if (!doc.file) return { library: settings?.choice?.driveName ?? "", item: null, versions: [], inSync: null };
      const at = { siteId: doc.file.siteId, driveId: doc.file.driveId };
      const [item, versions, wanted] = await Promise.all([
        library.item(p.tenantId, at, doc.file.itemId),
        library.versions(p.tenantId, at, doc.file.itemId),
        sync.columnsOf(p.tenantId, doc),
      ]);
      const choice = settings?.choice;
      return {
        library: choice && choice.driveId === at.driveId ? choice.driveName : at.driveId,
        item: item && {
          name: item.name,
          size: item.size,
          versionLabel: item.versionLabel,
          webUrl: item.webUrl,
          columns: Object.fromEntries(Object.entries(item.columns).map(([k, v]) => [k, v ?? null])),
        },
        versions,
        inSync: item ? columnsAgree(item.columns, wanted) : false,
      };
    },

    async getLibrarySettings(p: Principal): Promise<DocumentLibrarySettings> {
      requireMember(p);
      const stored = await documents.findLibrarySettings(p.tenantId);
      return { kind: library.kind, choice: stored?.choice ?? null, etag: stored?.etag ?? newRecordEtag };
    },

    /** The libraries of a SharePoint site, for the administrator to choose among (the app sees only sites granted to it). */
    async libraryCandidates(p: Principal, tenant: TenantRecord, siteUrl: string): Promise<LibraryCandidates> {
      requireMunicipalityAdministrator(p, tenant, "documents.library");
      const found = await library.candidates(p.tenantId, siteUrl);
      return { ...found, libraries: [...found.libraries] };
    },

    async updateLibrarySettings(
      p: Principal,
      tenant: TenantRecord,
      body: DocumentLibraryBody,
      etag: string,
    ): Promise<DocumentLibrarySettings> {
      requireMunicipalityAdministrator(p, tenant, "documents.library");
      const stored = await documents.findLibrarySettings(p.tenantId);
      assertVersion(stored, etag);
      const site = await library.candidates(p.tenantId, body.siteUrl);
      const chosen = site.libraries.find((l) => l.driveId === body.driveId);
      if (!chosen) throw invalid([{ path: "body.driveId", reason: "unknown_library" }]);
      // The administrator learns now, not at a document owner's first upload, whether the app may set up the columns.
      await library.prepare(p.tenantId, { siteId: site.siteId, driveId: chosen.driveId });
      const choice = {
        siteUrl: body.siteUrl,
        siteId: site.siteId,
        siteName: site.siteName,
        driveId: chosen.driveId,
        driveName: chosen.name,
        webUrl: chosen.webUrl,
      };
      const audit = { userId: p.userId, action: "documentLibrary.update" };
      const data = { id: "current", choice };
      const saved = stored
        ? await documents.replace(p.tenantId, "documentLibrary", stored, data, etag, audit)
        : await documents.create(p.tenantId, "documentLibrary", data, audit);
      return { kind: library.kind, choice: saved.choice, etag: saved.etag };
    },

    /** The hourly job's part: uploads and column writes left unfinished. */
    settleLibrary(tenantId: string) {
      return sync.settle(tenantId);
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
