import { DomainError, type LibraryColumns, type LibraryItem } from "@kvalitetskedjan/domain";
import { graphErrorOf } from "../platform/graph-client.js";

// What Graph's answers mean for the register: its columns in the library, a drive item as a
// library item, and a Graph failure as the error the caller sees.

/** The register's columns in the library: internal names (created if missing) and their column types. */
export const libraryColumns: Readonly<
  Record<keyof LibraryColumns, { name: string; displayName: string; kind: "text" | "date" | "number" }>
> = {
  title: { name: "Title", displayName: "Rubrik", kind: "text" },
  type: { name: "KvkDocumentType", displayName: "Dokumenttyp", kind: "text" },
  owner: { name: "KvkOwner", displayName: "Dokumentansvarig", kind: "text" },
  owningBody: { name: "KvkOwningBody", displayName: "Processägare", kind: "text" },
  decisionBody: { name: "KvkDecisionBody", displayName: "Beslutad av", kind: "text" },
  adopted: { name: "KvkAdopted", displayName: "Antagen", kind: "date" },
  version: { name: "KvkVersion", displayName: "Version", kind: "number" },
  lastRevised: { name: "KvkLastRevised", displayName: "Senast reviderad", kind: "date" },
  paragraph: { name: "KvkParagraph", displayName: "Paragraf", kind: "text" },
  validUntil: { name: "KvkValidUntil", displayName: "Giltig till", kind: "date" },
  appliesTo: { name: "KvkAppliesTo", displayName: "Gäller för", kind: "text" },
  diaryNumber: { name: "KvkDiaryNumber", displayName: "Diarienummer", kind: "text" },
};
export const columnEntries = Object.entries(libraryColumns) as [keyof LibraryColumns, (typeof libraryColumns)[keyof LibraryColumns]][];

export interface DriveItem {
  id: string;
  name: string;
  size?: number;
  webUrl?: string;
  file?: { hashes?: { quickXorHash?: string } };
  listItem?: { fields?: Record<string, unknown> };
}

export function unavailable(retryAfterSeconds: number | undefined, cause?: unknown): DomainError {
  return new DomainError("service_unavailable", "SharePoint is not answering. Nothing was lost; try again shortly.", {
    details: [{ reason: "library_unavailable" }],
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds ?? 30)),
    cause,
  });
}

/** What a Graph failure means for the caller: try again later, or the library refuses (a permission, a missing site). */
export function libraryError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const graph = graphErrorOf(error);
  if (!graph || graph.status === -1 || graph.status === 429 || graph.status >= 500) return unavailable(graph?.retryAfterSeconds, error);
  if (graph.status === 401 || graph.status === 403) {
    return new DomainError(
      "bad_gateway",
      "The app has no access to this SharePoint site. Grant the app (Sites.Selected) the write and manage roles on the site.",
      { details: [{ reason: "library_forbidden", message: graph.code }], cause: error },
    );
  }
  if (graph.status === 404) {
    return new DomainError("conflict", "The SharePoint site, library or file was not found.", {
      details: [{ reason: "library_not_found", message: graph.code }],
      cause: error,
    });
  }
  return new DomainError("bad_gateway", "SharePoint refused the request.", {
    details: [{ reason: "library_refused", message: `${graph.status} ${graph.code}` }],
    cause: error,
  });
}

/**
 * The app may write to the library but not create its columns: Sites.Selected's `write` role
 * does not cover list columns (Graph documents `manage` for that). Says exactly what to do.
 */
export function columnsForbidden(missing: readonly { readonly name: string; readonly displayName: string }[], cause: unknown): DomainError {
  const names = missing.map((c) => `${c.displayName} (${c.name})`).join(", ");
  return new DomainError(
    "bad_gateway",
    `The app may not create the library's columns. Grant the app the manage role on the site (Sites.Selected), or create these columns in the library: ${names}.`,
    { details: [{ reason: "library_columns_forbidden", message: names }], cause },
  );
}

export const isStatus = (error: unknown, status: number) => graphErrorOf(error)?.status === status;

/** `2027-02-15T00:00:00Z` → `2027-02-15`: SharePoint keeps dates as midnight UTC. */
export function columnsFrom(fields: Record<string, unknown> | undefined): Partial<LibraryColumns> {
  if (!fields) return {};
  const out: Record<string, string | number | null> = {};
  for (const [key, column] of columnEntries) {
    const value = fields[column.name];
    if (value === undefined) continue;
    if (value === null) out[key] = null;
    else if (column.kind === "date") out[key] = String(value).slice(0, 10);
    else if (column.kind === "number") out[key] = Number(value);
    else out[key] = String(value);
  }
  return out as Partial<LibraryColumns>;
}

export function itemOf(d: DriveItem): LibraryItem {
  const fields = d.listItem?.fields;
  return {
    itemId: d.id,
    name: d.name,
    size: d.size ?? 0,
    contentHash: d.file?.hashes?.quickXorHash ?? null,
    versionLabel: String(fields?._UIVersionString ?? "1.0"),
    webUrl: d.webUrl ?? null,
    columns: columnsFrom(fields),
  };
}

/** The first byte Graph still expects: `nextExpectedRanges: ["26-"]` → 26. */
export const nextOffset = (answer: { nextExpectedRanges?: string[] }): number =>
  Number((answer.nextExpectedRanges?.[0] ?? "0-").split("-")[0]);
