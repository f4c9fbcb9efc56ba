import { type DocumentLibrary, DomainError, type LibraryItem, type LibraryLocation, type LibraryPatience } from "@kvalitetskedjan/domain";
import { type Client, ResponseType } from "@microsoft/microsoft-graph-client";
import { parseRetryAfter, retryOptions } from "../platform/graph-client.js";
import {
  columnEntries,
  columnsForbidden,
  type DriveItem,
  isStatus,
  itemOf,
  libraryError,
  nextOffset,
  unavailable,
} from "./graph-library-mapping.js";
import { quickXorHash } from "./quick-xor-hash.js";

/** Graph's limit for a simple upload (`PUT …:/content`); larger files go through an upload session. */
export const simpleUploadLimit = 4 * 1024 * 1024;
/** Upload-session fragments must be a multiple of 320 KiB (Graph's rule). */
export const fragmentUnit = 327_680;
/** 16 × 320 KiB = 5 MiB, within Graph's advice of 5–10 MiB and its 60 MiB ceiling. */
const defaultChunkBytes = 16 * fragmentUnit;
/** A click waits at most this long on one throttled fragment; a timer waits what Graph asks (up to 180 s). */
const impatientWaitSeconds = 5;
const patientWaitSeconds = 180;
/** Fragments failing this many times in a row give up the upload (the announced intent remains for a retry). */
const maxFragmentFailures = 5;
const fragmentTimeoutMs = 60_000;

export interface GraphLibraryOptions {
  readonly graph: (tenantId: string) => Client;
  /** Fragments go to the pre-authenticated upload URL with plain fetch: never with the Graph token. */
  readonly fetchUpload?: typeof fetch;
  readonly chunkBytes?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const enc = encodeURIComponent;
const byPath = (at: LibraryLocation, name: string) => `/drives/${enc(at.driveId)}/root:/${enc(name)}`;
const byId = (at: LibraryLocation, itemId: string) => `/drives/${enc(at.driveId)}/items/${enc(itemId)}`;
const itemSelect = "id,name,size,file,webUrl";

/**
 * The document library in SharePoint, through Microsoft Graph with app-only access to the
 * site the municipality granted (`Sites.Selected`). Files go up in one `PUT` up to 4 MiB and
 * through an upload session above it (fragments of 5 MiB, resumed from Graph's
 * `nextExpectedRanges` after a failure, restarted when the session has expired); the
 * register's columns are created when missing and set in one `PATCH …/listItem/fields`
 * guarded by the item's `eTag`, read again on 412. Throttling is retried as QUALITY-BAR 13
 * says; what is left becomes 503 with `Retry-After`, and the register's intent lets a retry
 * finish the same upload (QUALITY-BAR 14).
 */
export function createGraphDocumentLibrary(options: GraphLibraryOptions): DocumentLibrary {
  const fetchUpload = options.fetchUpload ?? fetch;
  const chunkBytes = options.chunkBytes ?? defaultChunkBytes;
  if (chunkBytes % fragmentUnit !== 0) throw new Error("chunkBytes must be a multiple of 320 KiB.");
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const policies = { patient: [retryOptions("patient")], impatient: [retryOptions("impatient")] };
  /** tenant/drive → the library's list id, once its columns are known to exist. */
  const prepared = new Map<string, Promise<string>>();

  const api = (tenantId: string, path: string, patience: LibraryPatience) =>
    options.graph(tenantId).api(path).middlewareOptions(policies[patience]);

  async function call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw libraryError(error);
    }
  }

  async function readItem(tenantId: string, path: string, patience: LibraryPatience): Promise<LibraryItem | null> {
    try {
      const d = (await api(tenantId, path, patience).select(itemSelect).expand("listItem($expand=fields)").get()) as DriveItem;
      return itemOf(d);
    } catch (error) {
      if (isStatus(error, 404)) return null;
      throw libraryError(error);
    }
  }

  /** Creates the register's columns in the library's list where they are missing; once per process and library. */
  const preparedKey = (tenantId: string, at: LibraryLocation) => `${tenantId}/${at.siteId}/${at.driveId}`;

  function ensureColumns(tenantId: string, at: LibraryLocation, patience: LibraryPatience): Promise<string> {
    const key = preparedKey(tenantId, at);
    let ready = prepared.get(key);
    if (!ready) {
      ready = call(async () => {
        const list = (await api(tenantId, `/drives/${enc(at.driveId)}/list`, patience)
          .select("id")
          .get()) as { id: string };
        const columnsPath = `/sites/${enc(at.siteId)}/lists/${enc(list.id)}/columns`;
        const existing = (await api(tenantId, columnsPath, patience).select("name").get()) as { value: { name: string }[] };
        const have = new Set(existing.value.map((c) => c.name));
        for (const [, column] of columnEntries) {
          if (have.has(column.name)) continue;
          const type =
            column.kind === "date"
              ? { dateTime: { format: "dateOnly" } }
              : column.kind === "number"
                ? { number: { decimalPlaces: "none" } }
                : { text: {} };
          try {
            await api(tenantId, columnsPath, patience).post({ name: column.name, displayName: column.displayName, ...type });
          } catch (error) {
            // Another instance created it first.
            if (isStatus(error, 409)) continue;
            if (isStatus(error, 403))
              throw columnsForbidden(
                columnEntries.map(([, c]) => c).filter((c) => !have.has(c.name)),
                error,
              );
            throw error;
          }
        }
        return list.id;
      });
      prepared.set(key, ready);
      ready.catch(() => prepared.delete(key));
    }
    return ready;
  }

  async function waitOrGiveUp(seconds: number | undefined, patience: LibraryPatience, attempt: number): Promise<void> {
    const wait = seconds ?? Math.min(2 ** attempt, 30);
    if (wait > (patience === "patient" ? patientWaitSeconds : impatientWaitSeconds)) throw unavailable(wait);
    await sleep(wait * 1000);
  }

  async function fragmentAnswer(url: string, init: RequestInit): Promise<Response | null> {
    try {
      return await fetchUpload(url, { ...init, signal: AbortSignal.timeout(fragmentTimeoutMs) });
    } catch {
      return null;
    }
  }

  /**
   * An upload session: fragments in order; after a failed fragment, Graph is asked where
   * the session stands and the upload resumes there; an expired or lost session (404) is
   * started again once. No Authorization header goes to the upload URL.
   */
  async function uploadInSession(tenantId: string, at: LibraryLocation, name: string, content: Uint8Array, patience: LibraryPatience) {
    for (let session = 0; session < 2; session++) {
      const { uploadUrl } = (await call(() =>
        api(tenantId, `${byPath(at, name)}:/createUploadSession`, patience).post({
          item: { "@microsoft.graph.conflictBehavior": "replace" },
        }),
      )) as { uploadUrl: string };
      let offset = 0;
      let failures = 0;
      for (;;) {
        const end = Math.min(offset + chunkBytes, content.length);
        const answer = await fragmentAnswer(uploadUrl, {
          method: "PUT",
          headers: { "Content-Range": `bytes ${offset}-${end - 1}/${content.length}` },
          body: content.subarray(offset, end),
        });
        if (answer && (answer.status === 200 || answer.status === 201)) return (await answer.json()) as DriveItem;
        if (answer?.status === 202) {
          offset = nextOffset((await answer.json()) as { nextExpectedRanges?: string[] });
          failures = 0;
          continue;
        }
        if (answer?.status === 404) break;
        if (++failures > maxFragmentFailures) throw unavailable(parseRetryAfter(answer?.headers.get("Retry-After")));
        await waitOrGiveUp(parseRetryAfter(answer?.headers.get("Retry-After")), patience, failures);
        // Where does the session stand? Resume there (416 and lost answers included).
        const status = await fragmentAnswer(uploadUrl, { method: "GET" });
        if (status?.status === 404) break;
        if (status?.ok) offset = nextOffset((await status.json()) as { nextExpectedRanges?: string[] });
      }
    }
    throw unavailable(undefined);
  }

  return {
    kind: "graph",
    hash: quickXorHash,

    async prepare(tenantId, at) {
      await ensureColumns(tenantId, at, "impatient");
    },

    async candidates(tenantId, siteUrl) {
      const url = new URL(siteUrl);
      const path = url.pathname.replace(/\/$/, "");
      const site = (await call(() =>
        api(tenantId, `/sites/${enc(url.hostname)}${path ? `:${path.split("/").map(enc).join("/")}` : ""}`, "impatient")
          .select("id,displayName,webUrl")
          .get(),
      )) as { id: string; displayName?: string; webUrl?: string };
      const drives = (await call(() =>
        api(tenantId, `/sites/${enc(site.id)}/drives`, "impatient")
          .select("id,name,webUrl,driveType")
          .get(),
      )) as { value: { id: string; name: string; webUrl?: string; driveType?: string }[] };
      return {
        siteId: site.id,
        siteName: site.displayName ?? url.hostname,
        siteWebUrl: site.webUrl ?? null,
        libraries: drives.value
          .filter((d) => d.driveType === undefined || d.driveType === "documentLibrary")
          .map((d) => ({ driveId: d.id, name: d.name, webUrl: d.webUrl ?? null })),
      };
    },

    async put(tenantId, at, file, patience) {
      // An upload that reached SharePoint before a failure is there already: no second version.
      const existing = await readItem(tenantId, byPath(at, file.name), patience);
      if (existing && existing.contentHash === quickXorHash(file.content)) return existing;
      const uploaded =
        file.content.length <= simpleUploadLimit
          ? ((await call(() =>
              api(tenantId, `${byPath(at, file.name)}:/content`, patience)
                .header("Content-Type", file.contentType)
                // A Buffer over exactly these bytes: the client sends a typed array's whole backing buffer.
                .put(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength)),
            )) as DriveItem)
          : await uploadInSession(tenantId, at, file.name, file.content, patience);
      return (await readItem(tenantId, byId(at, uploaded.id), patience)) ?? itemOf(uploaded);
    },

    find: (tenantId, at, name, patience) => readItem(tenantId, byPath(at, name), patience),

    async setColumns(tenantId, at, itemId, columns, patience) {
      await ensureColumns(tenantId, at, patience);
      const fields = Object.fromEntries(columnEntries.map(([key, column]) => [column.name, columns[key]]));
      let columnsChecked = false;
      for (let attempt = 0; ; attempt++) {
        const listItem = (await call(() =>
          api(tenantId, `${byId(at, itemId)}/listItem`, patience)
            .select("id,eTag")
            .get(),
        )) as {
          eTag: string;
        };
        try {
          await api(tenantId, `${byId(at, itemId)}/listItem/fields`, patience)
            .header("If-Match", listItem.eTag)
            .patch(fields);
          break;
        } catch (error) {
          if (attempt >= 2) throw libraryError(error);
          if (isStatus(error, 400) && !columnsChecked) {
            // A column removed in SharePoint since this process created them: create it again.
            columnsChecked = true;
            prepared.delete(preparedKey(tenantId, at));
            await ensureColumns(tenantId, at, patience);
            continue;
          }
          // Someone (a person in SharePoint, another instance) changed the item between the read and the write: read again.
          if (!isStatus(error, 412)) throw libraryError(error);
        }
      }
      const item = await readItem(tenantId, byId(at, itemId), patience);
      if (!item) {
        throw new DomainError("conflict", "The file is no longer in the library.", { details: [{ reason: "library_not_found" }] });
      }
      return item;
    },

    item: (tenantId, at, itemId) => readItem(tenantId, byId(at, itemId), "impatient"),

    async versions(tenantId, at, itemId) {
      try {
        const answer = (await api(tenantId, `${byId(at, itemId)}/versions`, "impatient").get()) as {
          value: { id: string; size?: number; lastModifiedDateTime?: string }[];
        };
        return answer.value.map((v) => ({ label: v.id, size: v.size ?? 0, modifiedAt: v.lastModifiedDateTime ?? "" }));
      } catch (error) {
        if (isStatus(error, 404)) return [];
        throw libraryError(error);
      }
    },

    async content(tenantId, at, itemId, label) {
      const current = await readItem(tenantId, byId(at, itemId), "impatient");
      if (!current) return null;
      // The current version is read as the item's content; Graph redirects both to a download URL without our token.
      const path =
        label === null || label === current.versionLabel
          ? `${byId(at, itemId)}/content`
          : `${byId(at, itemId)}/versions/${enc(label)}/content`;
      try {
        const bytes = (await api(tenantId, path, "impatient").responseType(ResponseType.ARRAYBUFFER).get()) as ArrayBuffer;
        return new Uint8Array(bytes);
      } catch (error) {
        if (isStatus(error, 404)) return null;
        throw libraryError(error);
      }
    },
  };
}
