import type { TenantRecord } from "../directory/directory-repository.js";
import type { ErrorDetail } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, dataOf } from "../shared/records.js";
import type { CreateDocumentBody, DocumentTransitionBody, GoverningDocument, UpdateDocumentBody } from "./contracts.js";
import { administrativeFields, createDocumentContext, type DocumentDeps, invalid } from "./document-context.js";
import { type DocumentData, neverAdopted } from "./document-repository.js";
import { defaultValidUntil, documentTransitions, effectiveStatus } from "./document-rules.js";

/** A governing document's lifecycle: register, change, and draft → adopted → in revision → adopted again → repealed, each adopted version kept. */
export function createDocumentService(deps: DocumentDeps) {
  const { documents, directory, ids } = deps;
  const { today, sync, typesOf, requireEditor, documentOrThrow, checkReferences, detail } = createDocumentContext(deps);

  return {
    async get(p: Principal, tenant: TenantRecord, id: string): Promise<GoverningDocument> {
      requireMember(p);
      const [doc, successors] = await Promise.all([documentOrThrow(p.tenantId, id), documents.findSuccessors(p.tenantId, id)]);
      return detail(p, tenant, doc, successors, today());
    },

    /** A new document, as a draft. */
    async create(p: Principal, tenant: TenantRecord, body: CreateDocumentBody): Promise<GoverningDocument> {
      requireMember(p);
      // Whether the caller may register for that body is decided before anything else is looked up.
      const owningBody = await directory.findOrgUnit(p.tenantId, body.owningBodyId);
      // Naming oneself the person responsible is no licence: registering takes a role on the owning body.
      requireEditor(p, tenant, { owningBodyPath: owningBody?.path ?? [], ownerPersonId: null }, "documents.create");
      const owningBodyPath = await checkReferences(p.tenantId, body, null);
      const data: DocumentData = {
        id: ids.newId(),
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
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
