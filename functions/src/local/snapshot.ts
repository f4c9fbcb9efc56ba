import { mkdir, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import type { Database } from "@azure/cosmos";
import { containerNames } from "../modules.js";
import { Journal, type JournalEntry, listSegments, readSegment, removeSegmentsThrough, writeDurably } from "./journal.js";

/** Bumped whenever stored documents change shape; an older snapshot is set aside, not restored. */
export const snapshotVersion = 8;

/** Every container's documents, as of the end of journal segment `through`. */
type Snapshot = { version: number; through?: number; containers: Record<string, Record<string, unknown>[]> };

const current = "cosmos-snapshot.json";
const previous = "cosmos-snapshot.prev.json";
const systemFields = ["_rid", "_self", "_etag", "_ts", "_attachments"];
const strip = (doc: Record<string, unknown>) => Object.fromEntries(Object.entries(doc).filter(([k]) => !systemFields.includes(k)));
/** Every container is partitioned by `/tenantId` (schema.ts); the journal keys a document the same way. */
const keyOf = (partition: string, id: unknown) => `${partition}\u0000${String(id)}`;

async function readSnapshot(dir: string, file: string): Promise<Snapshot | "missing" | "damaged"> {
  let text: string;
  try {
    text = await readFile(join(dir, file), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Snapshot;
    return typeof parsed.version === "number" && typeof parsed.containers === "object" ? parsed : "damaged";
  } catch {
    return "damaged";
  }
}

/**
 * The local runtime's database kept on disk, so that no acknowledged write is lost, not
 * even to `kill -9` (QUALITY-BAR 24):
 * - every change is appended to a journal and fsynced before the stand-in answers it;
 * - a checkpoint (every few seconds, and on stop) starts a new journal segment, writes a
 *   snapshot of every container, fsynced and renamed into place, and keeps the one before
 *   it, with the journal segments since, as a second way back;
 * - on start the snapshot is loaded and the journal replayed over it; a write torn by a
 *   crash is dropped (it was never acknowledged), a damaged snapshot is set aside and the
 *   one before it used.
 */
export async function openDurableStore(dir: string, log: (line: string) => void) {
  await mkdir(dir, { recursive: true });
  const segments = await listSegments(dir);
  const journal = await Journal.open(dir, (segments.at(-1) ?? 0) + 1);

  async function setAside(files: readonly string[], why: string): Promise<void> {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    for (const f of files) {
      try {
        await rename(join(dir, f), join(dir, `${f}.${why}-${stamp}`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
  }

  /** The newest state the folder can give back, or null when there is none (a first start, or data of an older shape). */
  async function recover(): Promise<Map<string, Map<string, Record<string, unknown>>> | null> {
    let base = await readSnapshot(dir, current);
    if (base === "damaged") {
      log(`[error] ${current} is damaged; it is set aside and the snapshot before it is used with the journal since.`);
      await setAside([current], "damaged");
      base = await readSnapshot(dir, previous);
    } else if (base === "missing") {
      // A checkpoint stopped between keeping the old snapshot and placing the new one.
      base = await readSnapshot(dir, previous);
    }
    if (base === "damaged") {
      throw new Error(`The local data in ${dir} cannot be read. Move the folder aside (or delete it to start over with demo data).`);
    }
    if (base === "missing") return null;
    if (base.version !== snapshotVersion) {
      const old = (await listSegments(dir))
        .filter((s) => s < journal.segment)
        .map((s) => `cosmos-journal.${String(s).padStart(8, "0")}.jsonl`);
      await setAside([current, previous, ...old], `v${base.version}.old`);
      return null;
    }
    const state = new Map<string, Map<string, Record<string, unknown>>>(containerNames.map((c) => [c, new Map()]));
    for (const [name, docs] of Object.entries(base.containers)) {
      const container = state.get(name) ?? new Map();
      state.set(name, container);
      for (const doc of docs) container.set(keyOf(JSON.stringify(doc.tenantId ?? null), doc.id), doc);
    }
    let replayed = 0;
    for (const seq of segments.filter((s) => s > (base.through ?? 0))) {
      for (const entry of await readSegment(dir, seq, log)) {
        apply(state, entry);
        replayed += 1;
      }
    }
    if (replayed > 0) log(`Replayed ${replayed} journalled change(s) since the last snapshot.`);
    return state;
  }

  function apply(state: Map<string, Map<string, Record<string, unknown>>>, entry: JournalEntry): void {
    const container = state.get(entry.c) ?? new Map<string, Record<string, unknown>>();
    state.set(entry.c, container);
    if ("d" in entry) container.set(keyOf(entry.k, entry.d.id), entry.d);
    else container.delete(keyOf(entry.k, entry.x));
  }

  async function dump(database: Database): Promise<Snapshot["containers"]> {
    const containers: Snapshot["containers"] = {};
    for (const name of containerNames) {
      const { resources } = await database.container(name).items.query<Record<string, unknown>>("SELECT * FROM c").fetchAll();
      containers[name] = resources.map(strip).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    }
    return containers;
  }

  let lastThrough: number | null = null;
  let running: Promise<boolean> = Promise.resolve(false);

  async function checkpoint(database: Database): Promise<boolean> {
    if (journal.enabled && lastThrough !== null && (await journal.isEmpty())) return false;
    const through = await journal.rotate();
    // Changes from here on are in the new segment; the dump below holds at least everything before it.
    journal.enabled = true;
    const snapshot: Snapshot = { version: snapshotVersion, through, containers: await dump(database) };
    const [before, older] = [await readSnapshot(dir, current), await readSnapshot(dir, previous)];
    if (typeof before === "object") await rename(join(dir, current), join(dir, previous));
    await writeDurably(dir, current, JSON.stringify(snapshot));
    // The snapshot kept as `previous` needs the journal after its own `through`; older segments can go.
    const kept = typeof before === "object" ? before : typeof older === "object" ? older : snapshot;
    await removeSegmentsThrough(dir, kept.through ?? 0);
    lastThrough = through;
    return true;
  }

  return {
    journal,

    /** Loads what the folder holds into the (empty) database; false when there is nothing to load. */
    async restoreInto(database: Database): Promise<boolean> {
      const state = await recover();
      if (!state) return false;
      for (const [name, docs] of state) {
        const container = database.container(name);
        const all = [...docs.values()];
        for (let i = 0; i < all.length; i += 50) await Promise.all(all.slice(i, i + 50).map((d) => container.items.upsert(d)));
      }
      return true;
    },

    /**
     * Writes a snapshot that takes over the journal so far, and from then on journals every
     * change; one at a time, and skipped when nothing was journalled since the last one.
     */
    checkpoint(database: Database): Promise<boolean> {
      running = running.then(
        () => checkpoint(database),
        () => checkpoint(database),
      );
      return running;
    },

    async close(database: Database): Promise<void> {
      try {
        await this.checkpoint(database);
      } finally {
        await journal.close();
      }
    },
  };
}

export type DurableStore = Awaited<ReturnType<typeof openDurableStore>>;
