import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type {
  Clock,
  DocumentLibrary,
  LibraryCandidate,
  LibraryColumns,
  LibraryItem,
  LibraryLocation,
  LibraryVersion,
} from "@kvalitetskedjan/domain";
import { DomainError } from "@kvalitetskedjan/domain";
import { quickXorHash } from "./quick-xor-hash.js";

/** The local folder's libraries, standing in for a site's document libraries. */
const localLibraries = [
  { driveId: "styrande-dokument", name: "Styrande dokument" },
  { driveId: "dokument", name: "Dokument" },
] as const;

interface ItemRecord {
  readonly itemId: string;
  readonly name: string;
  readonly columns: Partial<LibraryColumns>;
  readonly versions: readonly (LibraryVersion & { readonly hash: string })[];
}

const itemIdOf = (name: string) => `local-${Buffer.from(name, "utf8").toString("base64url")}`;
const nameOf = (itemId: string): string | null =>
  itemId.startsWith("local-") ? Buffer.from(itemId.slice("local-".length), "base64url").toString("utf8") : null;
const safeSegment = (s: string) => /^[A-Za-z0-9-]{1,64}$/.test(s);
const safeName = (s: string) =>
  s.length > 0 && s.length <= 200 && !/[/\\]/.test(s) && !s.includes(String.fromCharCode(0)) && s !== "." && s !== "..";

/**
 * The document library as a folder (the local default): each library a folder under
 * `root/{tenant}/`, each file there under its name as the current version, every version
 * kept under `.versions/{name}/{label}`, and the register's columns in `.columns/{name}.json`.
 * A new upload under a taken name is the item's next major version, as in SharePoint.
 */
export function createLocalDocumentLibrary(root: string, clock: Clock): DocumentLibrary {
  const folderOf = (tenantId: string, at: LibraryLocation) => {
    if (!safeSegment(tenantId) || !safeSegment(at.driveId) || !localLibraries.some((l) => l.driveId === at.driveId)) {
      throw new DomainError("conflict", "The chosen library does not exist.", { details: [{ reason: "library_not_found" }] });
    }
    return join(root, tenantId, at.driveId);
  };
  const recordPath = (folder: string, name: string) => join(folder, ".columns", `${name}.json`);

  async function readRecord(folder: string, name: string): Promise<ItemRecord | null> {
    if (!safeName(name)) return null;
    try {
      return JSON.parse(await readFile(recordPath(folder, name), "utf8")) as ItemRecord;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  /** Written whole to a temporary file and renamed, so a crash leaves the old or the new, never half. */
  async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, path);
  }

  const itemOf = (r: ItemRecord): LibraryItem => {
    const current = r.versions.at(-1);
    return {
      itemId: r.itemId,
      name: r.name,
      size: current?.size ?? 0,
      contentHash: current?.hash ?? null,
      versionLabel: current?.label ?? "0.0",
      webUrl: null,
      columns: r.columns,
    };
  };

  // One change of a file at a time, as SharePoint does: two uploads at once file one after the other, never a torn record.
  const queues = new Map<string, Promise<unknown>>();
  function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (queues.get(key) ?? Promise.resolve()).then(work, work);
    queues.set(key, run);
    const forget = () => {
      if (queues.get(key) === run) queues.delete(key);
    };
    run.then(forget, forget);
    return run;
  }

  /** A new version of the file, unless its content is already the current one (a retry whose first try arrived). */
  async function putNow(folder: string, file: { readonly name: string; readonly content: Uint8Array }): Promise<LibraryItem> {
    const existing = await readRecord(folder, file.name);
    const hash = quickXorHash(file.content);
    const current = existing?.versions.at(-1);
    if (existing && current?.hash === hash) return itemOf(existing);
    const label = `${(existing?.versions.length ?? 0) + 1}.0`;
    await writeAtomically(join(folder, ".versions", file.name, label), file.content);
    await writeAtomically(join(folder, file.name), file.content);
    const record: ItemRecord = {
      itemId: itemIdOf(file.name),
      name: file.name,
      columns: existing?.columns ?? {},
      versions: [...(existing?.versions ?? []), { label, size: file.content.length, modifiedAt: clock.now().toISOString(), hash }],
    };
    await writeAtomically(recordPath(folder, file.name), JSON.stringify(record, null, 2));
    return itemOf(record);
  }

  const byItemId = async (tenantId: string, at: LibraryLocation, itemId: string) => {
    const name = nameOf(itemId);
    return name === null ? null : readRecord(folderOf(tenantId, at), name);
  };

  return {
    kind: "local",
    hash: quickXorHash,

    /** A local folder has every column it needs. */
    async prepare() {},

    async candidates(_tenantId, siteUrl): Promise<LibraryCandidate> {
      return {
        siteId: "local",
        siteName: `Lokal mapp (${new URL(siteUrl).host})`,
        siteWebUrl: null,
        libraries: localLibraries.map((l) => ({ ...l, webUrl: null })),
      };
    },

    async put(tenantId, at, file) {
      const folder = folderOf(tenantId, at);
      if (!safeName(file.name))
        throw new DomainError("validation_failed", "Invalid file name.", { details: [{ reason: "invalid_file_name" }] });
      return oneAtATime(join(folder, file.name), () => putNow(folder, file));
    },

    async find(tenantId, at, name) {
      const record = await readRecord(folderOf(tenantId, at), name);
      return record ? itemOf(record) : null;
    },

    async setColumns(tenantId, at, itemId, columns) {
      const folder = folderOf(tenantId, at);
      const missing = () =>
        new DomainError("conflict", "The file is no longer in the library.", { details: [{ reason: "library_item_missing" }] });
      const name = nameOf(itemId);
      if (name === null) throw missing();
      return oneAtATime(join(folder, name), async () => {
        const record = await readRecord(folder, name);
        if (!record) throw missing();
        const next = { ...record, columns };
        await writeAtomically(recordPath(folder, record.name), JSON.stringify(next, null, 2));
        return itemOf(next);
      });
    },

    async item(tenantId, at, itemId) {
      const record = await byItemId(tenantId, at, itemId);
      return record ? itemOf(record) : null;
    },

    async versions(tenantId, at, itemId) {
      const record = await byItemId(tenantId, at, itemId);
      return (record?.versions ?? []).map(({ label, size, modifiedAt }) => ({ label, size, modifiedAt })).reverse();
    },

    async content(tenantId, at, itemId, label) {
      const record = await byItemId(tenantId, at, itemId);
      const version = label === null ? record?.versions.at(-1) : record?.versions.find((v) => v.label === label);
      if (!record || !version) return null;
      return readFile(join(folderOf(tenantId, at), ".versions", record.name, version.label));
    },
  };
}
