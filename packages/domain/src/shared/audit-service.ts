import type { AuditEntry } from "./audit-contracts.js";
import { notFound } from "./errors.js";
import { type Principal, requireMunicipalityAdministrator } from "./principal.js";
import type { AuditRecord } from "./store.js";

/** A module's store, as the audit trail reads it: the object types it holds and their entries. */
export interface AuditSource {
  readonly objectTypes: readonly string[];
  listAudit(tenantId: string, objectType: string, objectId: string): Promise<AuditRecord[]>;
}

/** The audit trail of any record, newest first, from the store that holds it. Municipality administrators only. */
export function createAuditService({ sources }: { readonly sources: readonly AuditSource[] }) {
  return {
    async trail(p: Principal, rootOrgUnitId: string, objectType: string, objectId: string): Promise<{ entries: AuditEntry[] }> {
      requireMunicipalityAdministrator(p, rootOrgUnitId, "audit.read");
      const source = sources.find((s) => s.objectTypes.includes(objectType));
      if (!source) throw notFound("audit_object_type");
      const entries = await source.listAudit(p.tenantId, objectType, objectId);
      return { entries: entries.map((e) => ({ ...e, before: e.before ?? null, after: e.after ?? null })) };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
