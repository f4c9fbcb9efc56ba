import type { TenantRecord } from "../directory/directory-repository.js";
import { notFound } from "../shared/errors.js";
import { type Principal, requireMunicipalityAdministrator } from "../shared/principal.js";
import { assertVersion, dataOf } from "../shared/records.js";
import type { DisposeDocumentBody, DocumentRecordsExport } from "./contracts.js";
import { createDocumentContext, type DocumentDeps, invalid } from "./document-context.js";

/** A document's records: the export for the archive, and disposal when its retention ends. */
export function createDocumentRecordsService(deps: DocumentDeps) {
  const { documents, clock } = deps;
  const { today, documentOrThrow, statusOf, detail } = createDocumentContext(deps);

  return {
    async exportRecords(p: Principal, tenant: TenantRecord, id: string): Promise<DocumentRecordsExport> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "documents.records");
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
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "documents.dispose");
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
  };
}

export type DocumentRecordsService = ReturnType<typeof createDocumentRecordsService>;
