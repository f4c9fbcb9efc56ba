import type { TenantRecord } from "../directory/directory-repository.js";
import { DomainError } from "../shared/errors.js";
import { isMunicipalityAdministrator, type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import { type DocumentSettings, type DocumentSettingsBody, defaultDocumentTypes } from "./contracts.js";
import { type DocumentDeps, invalid } from "./document-context.js";

/** The municipality's document types (and their usual decision bodies and revision intervals). */
export function createDocumentTypeService(deps: DocumentDeps) {
  const { documents } = deps;

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
      if (!isMunicipalityAdministrator(p, tenant.rootOrgUnitId)) {
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
  };
}

export type DocumentTypeService = ReturnType<typeof createDocumentTypeService>;
