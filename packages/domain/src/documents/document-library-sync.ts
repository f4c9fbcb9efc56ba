import type { DirectoryRepository } from "../directory/directory-repository.js";
import { dataOf } from "../shared/records.js";
import type { Clock, Stored } from "../shared/store.js";
import type { DocumentFile } from "./contracts.js";
import { defaultDocumentTypes } from "./contracts.js";
import {
  type DocumentLibrary,
  type LibraryColumns,
  type LibraryItem,
  type LibraryLocation,
  type LibraryPatience,
  libraryLocationOf,
} from "./document-library.js";
import type { DocumentData, DocumentRepository, PendingUpload } from "./document-repository.js";

interface Deps {
  readonly library: DocumentLibrary;
  readonly documents: DocumentRepository;
  readonly directory: Pick<DirectoryRepository, "findOrgUnit" | "findPerson">;
  readonly clock: Clock;
}

/** An upload left unsettled this long is settled by the job (the uploader has given up). */
const settleAfterMs = 10 * 60 * 1000;

/**
 * Keeps the library in step with the register. The register is written first and is the
 * record; the library follows: an upload is announced in the register (`pendingUpload`)
 * before the library is touched, and a change of the columns is marked
 * (`libraryColumnsStale`) before they are written. Whatever fails in between is finished
 * by a retry or by the hourly job, so the two never disagree for long and no file in the
 * library is unknown to the register.
 */
export function createLibrarySync({ library, documents, directory, clock }: Deps) {
  const locationOf = (tenantId: string): Promise<LibraryLocation> =>
    libraryLocationOf(library, async (t) => (await documents.findLibrarySettings(t))?.choice ?? null, tenantId);

  /** The register's metadata as the library's columns: people and bodies by name, dates as decided. */
  async function columnsOf(tenantId: string, d: DocumentData): Promise<LibraryColumns> {
    const [settings, owner, decisionBody, owningBody] = await Promise.all([
      documents.findSettings(tenantId),
      directory.findPerson(tenantId, d.ownerPersonId),
      directory.findOrgUnit(tenantId, d.decisionBodyId),
      directory.findOrgUnit(tenantId, d.owningBodyId),
    ]);
    const type = (settings?.types ?? defaultDocumentTypes).find((t) => t.key === d.typeKey);
    return {
      title: d.title,
      type: type?.name.sv ?? d.typeKey,
      owner: owner?.name ?? "",
      owningBody: owningBody?.name ?? "",
      decisionBody: decisionBody?.name ?? "",
      adopted: d.adoptedOn,
      version: d.version > 0 ? d.version : null,
      lastRevised: d.lastRevised?.date ?? null,
      paragraph: d.lastRevised?.paragraph ?? null,
      validUntil: d.validUntil,
      appliesTo: d.appliesTo,
      diaryNumber: d.diaryNumber,
    };
  }

  const fileOf = (at: LibraryLocation, item: LibraryItem, p: PendingUpload): DocumentFile => ({
    siteId: at.siteId,
    driveId: at.driveId,
    itemId: item.itemId,
    name: item.name,
    size: p.size,
    contentType: p.contentType,
    sha256: p.sha256,
    libraryVersion: item.versionLabel,
    webUrl: item.webUrl,
    uploadedAt: clock.now().toISOString(),
    uploadedBy: p.by,
  });

  /**
   * Finishes an announced upload whose file is in the library: writes the columns and
   * records the file, in one register write. The columns are set before the record, so a
   * document whose file the register knows always has its columns.
   */
  async function conclude(
    tenantId: string,
    current: Stored<DocumentData>,
    item: LibraryItem,
    at: LibraryLocation,
    patience: LibraryPatience,
    userId: string,
  ): Promise<Stored<DocumentData>> {
    const pending = current.pendingUpload as PendingUpload;
    const columns = await columnsOf(tenantId, current);
    const labelled = await library.setColumns(tenantId, at, item.itemId, columns, patience);
    return documents.replace(
      tenantId,
      "document",
      current,
      { ...dataOf(current), file: fileOf(at, { ...labelled, versionLabel: item.versionLabel }, pending), pendingUpload: null },
      current.etag,
      { userId, action: "document.file" },
    );
  }

  return {
    locationOf,
    columnsOf,

    /**
     * Files `content` as the document's current file. The intent is written first (its
     * `baseEtag` lets a retry with the same If-Match through); the library upload is
     * idempotent; the columns and the file's record follow. A failure anywhere leaves the
     * intent for a retry or the job to finish.
     */
    async upload(
      tenantId: string,
      current: Stored<DocumentData>,
      file: { readonly name: string; readonly content: Uint8Array; readonly contentType: string; readonly sha256: string },
      baseEtag: string,
      userId: string,
    ): Promise<Stored<DocumentData>> {
      const at = await locationOf(tenantId);
      const pendingUpload: PendingUpload = {
        siteId: at.siteId,
        driveId: at.driveId,
        name: file.name,
        size: file.content.length,
        contentType: file.contentType,
        sha256: file.sha256,
        contentHash: library.hash(file.content),
        startedAt: clock.now().toISOString(),
        by: userId,
        baseEtag,
      };
      const announced = await documents.replace(tenantId, "document", current, { ...dataOf(current), pendingUpload }, current.etag, {
        userId,
        action: "document.uploadStarted",
      });
      const item = await library.put(tenantId, at, file, "impatient");
      return conclude(tenantId, announced, item, at, "impatient", userId);
    },

    /**
     * After a register change that the columns show (metadata, an adoption), writes them to
     * the library. A failure leaves `libraryColumnsStale` for the job; the register's change
     * stands either way.
     */
    async pushColumns(tenantId: string, saved: Stored<DocumentData>, userId: string): Promise<Stored<DocumentData>> {
      if (!saved.file) return saved;
      try {
        const at = { siteId: saved.file.siteId, driveId: saved.file.driveId };
        await library.setColumns(tenantId, at, saved.file.itemId, await columnsOf(tenantId, saved), "impatient");
        return await documents.replace(tenantId, "document", saved, { ...dataOf(saved), libraryColumnsStale: false }, saved.etag, {
          userId,
          action: "document.libraryColumns",
        });
      } catch {
        return saved;
      }
    },

    /**
     * The job's part: finishes uploads left unsettled for 10 minutes (the file is in the
     * library with the announced content: its columns are set and it is recorded; it is not:
     * the intent is dropped, there is nothing to orphan), and writes columns left stale.
     */
    async settle(tenantId: string): Promise<{ concluded: number; dropped: number; columns: number; failed: number }> {
      const run = { concluded: 0, dropped: 0, columns: 0, failed: 0 };
      const due = await documents.listLibraryWork(tenantId);
      if (due.length === 0) return run;
      const cutoff = clock.now().getTime() - settleAfterMs;
      for (const d of due) {
        try {
          const pending = d.pendingUpload;
          if (pending) {
            if (Date.parse(pending.startedAt) > cutoff) continue;
            const at = { siteId: pending.siteId, driveId: pending.driveId };
            const item = await library.find(tenantId, at, pending.name, "patient");
            if (item && item.contentHash === pending.contentHash) {
              await conclude(tenantId, d, item, at, "patient", "system:library-sync");
              run.concluded++;
            } else {
              await documents.replace(tenantId, "document", d, { ...dataOf(d), pendingUpload: null }, d.etag, {
                userId: "system:library-sync",
                action: "document.uploadAbandoned",
              });
              run.dropped++;
            }
          } else if (d.libraryColumnsStale && d.file) {
            const at = { siteId: d.file.siteId, driveId: d.file.driveId };
            await library.setColumns(tenantId, at, d.file.itemId, await columnsOf(tenantId, d), "patient");
            await documents.replace(tenantId, "document", d, { ...dataOf(d), libraryColumnsStale: false }, d.etag, {
              userId: "system:library-sync",
              action: "document.libraryColumns",
            });
            run.columns++;
          }
        } catch {
          // Left for the next run: a library still failing, or a person editing the document meanwhile.
          run.failed++;
        }
      }
      return run;
    },
  };
}

export type LibrarySync = ReturnType<typeof createLibrarySync>;
