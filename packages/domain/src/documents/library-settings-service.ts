import type { TenantRecord } from "../directory/directory-repository.js";
import { type Principal, requireMember, requireMunicipalityAdministrator } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import { createDocumentContext, type DocumentDeps, invalid } from "./document-context.js";
import type { DocumentLibraryBody, DocumentLibrarySettings, LibraryCandidates } from "./library-contracts.js";

/** Where the municipality files its documents: the library, its columns, and settling what the library holds. */
export function createLibrarySettingsService(deps: DocumentDeps) {
  const { documents, library } = deps;
  const { sync } = createDocumentContext(deps);

  return {
    async getLibrarySettings(p: Principal): Promise<DocumentLibrarySettings> {
      requireMember(p);
      const stored = await documents.findLibrarySettings(p.tenantId);
      return { kind: library.kind, choice: stored?.choice ?? null, etag: stored?.etag ?? newRecordEtag };
    },

    /** The libraries of a SharePoint site, for the administrator to choose among (the app sees only sites granted to it). */
    async libraryCandidates(p: Principal, tenant: TenantRecord, siteUrl: string): Promise<LibraryCandidates> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "documents.library");
      const found = await library.candidates(p.tenantId, siteUrl);
      return { ...found, libraries: [...found.libraries] };
    },

    async updateLibrarySettings(
      p: Principal,
      tenant: TenantRecord,
      body: DocumentLibraryBody,
      etag: string,
    ): Promise<DocumentLibrarySettings> {
      requireMunicipalityAdministrator(p, tenant.rootOrgUnitId, "documents.library");
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

export type LibrarySettingsService = ReturnType<typeof createLibrarySettingsService>;
