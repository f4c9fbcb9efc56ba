import { z } from "zod";
import { singleLine } from "../shared/common-contracts.js";

// The document library's contracts: which SharePoint site and library a municipality files
// into, and a document's file as the library holds it.

/** The site and library a municipality files into. */
export const DocumentLibraryChoice = z.object({
  siteUrl: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  driveId: z.string(),
  driveName: z.string(),
  webUrl: z.string().nullable(),
});
export type DocumentLibraryChoice = z.infer<typeof DocumentLibraryChoice>;

export const DocumentLibrarySettings = z.object({
  /** `graph`: SharePoint, where the administrator must choose a site and library; `local`: the folder under .data. */
  kind: z.enum(["local", "graph"]),
  choice: DocumentLibraryChoice.nullable(),
  etag: z.string(),
});
export type DocumentLibrarySettings = z.infer<typeof DocumentLibrarySettings>;

export const DocumentLibraryBody = z.strictObject({
  /** The SharePoint site's address, e.g. https://pitea.sharepoint.com/sites/styrdokument. */
  siteUrl: z.url({ protocol: /^https?$/ }).max(400),
  driveId: singleLine(200),
});
export type DocumentLibraryBody = z.infer<typeof DocumentLibraryBody>;

export const LibraryCandidatesQuery = z.strictObject({ siteUrl: z.url({ protocol: /^https?$/ }).max(400) });
export const LibraryCandidates = z.object({
  siteId: z.string(),
  siteName: z.string(),
  siteWebUrl: z.string().nullable(),
  libraries: z.array(z.object({ driveId: z.string(), name: z.string(), webUrl: z.string().nullable() })),
});
export type LibraryCandidates = z.infer<typeof LibraryCandidates>;

/** A document's file as the library holds it: its columns and versions, and whether they agree with the register. */
export const DocumentLibraryView = z.object({
  library: z.string(),
  item: z
    .object({
      name: z.string(),
      size: z.number(),
      versionLabel: z.string(),
      webUrl: z.string().nullable(),
      columns: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    })
    .nullable(),
  versions: z.array(z.object({ label: z.string(), size: z.number(), modifiedAt: z.string() })),
  /** The columns the library holds differ from the register's (null when there is no file). */
  inSync: z.boolean().nullable(),
});
export type DocumentLibraryView = z.infer<typeof DocumentLibraryView>;
