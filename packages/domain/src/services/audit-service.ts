import { type AuditEntry, directoryObjectTypes, documentObjectTypes } from "../contracts/audit.js";
import type { DirectoryRepository, RecordType, TenantRecord } from "../ports/directory-repository.js";
import type { DocumentRecordType, DocumentRepository } from "../ports/document-repository.js";
import type { GoalRecordType, GoalRepository } from "../ports/goal-repository.js";
import { type Principal, requireRole } from "../principal.js";

type Deps = {
  readonly directory: Pick<DirectoryRepository, "listAudit">;
  readonly goals: Pick<GoalRepository, "listAudit">;
  readonly documents: Pick<DocumentRepository, "listAudit">;
};

type ObjectType = RecordType | GoalRecordType | DocumentRecordType;
const isDirectoryType = (t: ObjectType): t is RecordType => (directoryObjectTypes as readonly string[]).includes(t);
const isDocumentType = (t: ObjectType): t is DocumentRecordType => (documentObjectTypes as readonly string[]).includes(t);

/** The audit trail of any record, newest first, from the store that holds it. Municipality administrators only. */
export function createAuditService({ directory, goals, documents }: Deps) {
  return {
    async trail(p: Principal, tenant: TenantRecord, objectType: ObjectType, objectId: string): Promise<{ entries: AuditEntry[] }> {
      requireRole(p, ["administrator"], [tenant.rootOrgUnitId], "audit.read");
      const entries = isDirectoryType(objectType)
        ? await directory.listAudit(p.tenantId, objectType, objectId)
        : isDocumentType(objectType)
          ? await documents.listAudit(p.tenantId, objectType, objectId)
          : await goals.listAudit(p.tenantId, objectType, objectId);
      return { entries: entries.map((e) => ({ ...e, before: e.before ?? null, after: e.after ?? null })) };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
