import { DomainError } from "../shared/errors.js";

/**
 * Where governing documents are filed: a SharePoint document library through Microsoft
 * Graph in production, a folder under `.data/` locally. The register (DocumentRepository)
 * is the record of what was decided; the library holds the files, their versions, and the
 * register's metadata as columns, so the documents read right in SharePoint too.
 */

/** The site and library a municipality files into, as its administrator chose them. */
export interface LibraryLocation {
  readonly siteId: string;
  readonly driveId: string;
}

/** The register's metadata as library columns; null clears a column. */
export interface LibraryColumns {
  readonly title: string;
  readonly type: string;
  readonly owner: string;
  readonly owningBody: string;
  readonly decisionBody: string;
  readonly adopted: string | null;
  readonly version: number | null;
  readonly lastRevised: string | null;
  readonly paragraph: string | null;
  readonly validUntil: string | null;
  readonly appliesTo: string;
  readonly diaryNumber: string | null;
}

/** One file in the library, as the library reports it. */
export interface LibraryItem {
  readonly itemId: string;
  readonly name: string;
  readonly size: number;
  /** The library's hash of the current content (`hash`), or null when it reports none. */
  readonly contentHash: string | null;
  /** The library's label of the current version ("3.0"). */
  readonly versionLabel: string;
  /** Where a person opens it (SharePoint); null for the local folder, whose files the API serves. */
  readonly webUrl: string | null;
  /** The register's columns as the library holds them; absent ones not yet set. */
  readonly columns: Partial<LibraryColumns>;
}

export interface LibraryVersion {
  readonly label: string;
  readonly size: number;
  readonly modifiedAt: string;
}

export interface LibraryFile {
  readonly name: string;
  readonly content: Uint8Array;
  readonly contentType: string;
}

export interface LibraryCandidate {
  readonly siteId: string;
  readonly siteName: string;
  readonly siteWebUrl: string | null;
  readonly libraries: readonly { readonly driveId: string; readonly name: string; readonly webUrl: string | null }[];
}

/** How patient a call is with throttling: a click waits seconds, a timer minutes (QUALITY-BAR 13). */
export type LibraryPatience = "impatient" | "patient";

export interface DocumentLibrary {
  /** `local` or `graph`: whether a municipality must choose a site before filing. */
  readonly kind: "local" | "graph";
  /** The site at `siteUrl` and its document libraries, for the administrator's choice. */
  candidates(tenantId: string, siteUrl: string): Promise<LibraryCandidate>;
  /**
   * Makes the chosen library ready for the register: its columns exist (created where the
   * app may, else a refusal naming what to grant or create). Run when the administrator chooses it.
   */
  prepare(tenantId: string, at: LibraryLocation): Promise<void>;
  /**
   * Files `file` under its name, as a new version when the name is taken. Idempotent: when
   * the library already holds exactly this content under the name (an upload that reached
   * the library before a failure), nothing is uploaded again.
   */
  put(tenantId: string, at: LibraryLocation, file: LibraryFile, patience: LibraryPatience): Promise<LibraryItem>;
  /** The hash the library reports for this content (SharePoint's quickXorHash). */
  hash(content: Uint8Array): string;
  /** The item under `name`, or null; how a later run finds an upload nobody heard back from. */
  find(tenantId: string, at: LibraryLocation, name: string, patience: LibraryPatience): Promise<LibraryItem | null>;
  /** Sets the register's columns (creating missing columns first), with one write guarded by the item's version. */
  setColumns(
    tenantId: string,
    at: LibraryLocation,
    itemId: string,
    columns: LibraryColumns,
    patience: LibraryPatience,
  ): Promise<LibraryItem>;
  item(tenantId: string, at: LibraryLocation, itemId: string): Promise<LibraryItem | null>;
  versions(tenantId: string, at: LibraryLocation, itemId: string): Promise<LibraryVersion[]>;
  /** A version's bytes (`label`), or the current ones. */
  content(tenantId: string, at: LibraryLocation, itemId: string, label: string | null): Promise<Uint8Array | null>;
}

/** The local folder's one site and its libraries; the local adapter files into `defaultLocalLibrary` until another is chosen. */
export const defaultLocalLibrary: LibraryLocation = { siteId: "local", driveId: "styrande-dokument" };

/**
 * Where the municipality files: the library its administrator chose, or locally the default
 * folder. With SharePoint and no choice yet, nothing can be filed (409 `library_not_configured`).
 */
export async function libraryLocationOf(
  library: Pick<DocumentLibrary, "kind">,
  choiceOf: (tenantId: string) => Promise<{ readonly siteId: string; readonly driveId: string } | null>,
  tenantId: string,
): Promise<LibraryLocation> {
  const choice = await choiceOf(tenantId);
  if (choice) return { siteId: choice.siteId, driveId: choice.driveId };
  if (library.kind === "local") return defaultLocalLibrary;
  throw new DomainError("conflict", "No SharePoint library is chosen for governing documents yet.", {
    details: [{ reason: "library_not_configured" }],
  });
}
