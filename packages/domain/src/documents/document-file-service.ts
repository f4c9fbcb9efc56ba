import type { TenantRecord } from "../directory/directory-repository.js";
import { DomainError, notFound } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion } from "../shared/records.js";
import type { GoverningDocument } from "./contracts.js";
import { createDocumentContext, type DocumentDeps, invalid } from "./document-context.js";
import { effectiveStatus } from "./document-rules.js";
import { documentFileTypes, extensionOf, fileProblems, isDocumentFileExtension, libraryFileName } from "./file-rules.js";
import type { DocumentLibraryView } from "./library-contracts.js";

/** A document's files, filed in the library (SharePoint or a folder), every version kept. */
export function createDocumentFileService(deps: DocumentDeps) {
  const { documents, library } = deps;
  const { today, sync, requireEditor, documentOrThrow, detail, fileOf, columnsAgree } = createDocumentContext(deps);

  return {
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
  };
}

export type DocumentFileService = ReturnType<typeof createDocumentFileService>;
