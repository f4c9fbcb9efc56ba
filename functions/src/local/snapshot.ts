import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Database } from "@azure/cosmos";
import { containerNames } from "../adapters/cosmos/schema.js";

/** Bumped whenever stored documents change shape; an older snapshot is set aside, not restored. */
export const snapshotVersion = 8;
type Snapshot = { version: number; containers: Record<string, Record<string, unknown>[]> };

const systemFields = ["_rid", "_self", "_etag", "_ts", "_attachments"];
const strip = (doc: Record<string, unknown>) => Object.fromEntries(Object.entries(doc).filter(([k]) => !systemFields.includes(k)));

/**
 * Saves every container of the local database to one JSON file and restores it. The
 * file is written to a temporary name and renamed, so a crash mid-write leaves the
 * previous snapshot intact. `save` skips the write when nothing changed.
 */
export function createSnapshotter(database: Database, file: string) {
  let lastHash = "";

  async function dump(): Promise<Snapshot> {
    const containers: Snapshot["containers"] = {};
    for (const name of containerNames) {
      const { resources } = await database.container(name).items.query<Record<string, unknown>>("SELECT * FROM c").fetchAll();
      containers[name] = resources.map(strip).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    }
    return { version: snapshotVersion, containers };
  }

  return {
    /** Loads the snapshot into the (empty) database; false when there is none. */
    async restore(): Promise<boolean> {
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
        throw error;
      }
      const snapshot = JSON.parse(text) as Snapshot;
      if (snapshot.version !== snapshotVersion) {
        await rename(file, `${file}.v${snapshot.version}.old`);
        return false;
      }
      for (const name of containerNames) {
        const docs = snapshot.containers[name] ?? [];
        const container = database.container(name);
        for (let i = 0; i < docs.length; i += 50) {
          await Promise.all(docs.slice(i, i + 50).map((d) => container.items.upsert(d)));
        }
      }
      lastHash = createHash("sha256")
        .update(JSON.stringify(await dump()))
        .digest("hex");
      return true;
    },
    async save(): Promise<boolean> {
      const json = JSON.stringify(await dump());
      const hash = createHash("sha256").update(json).digest("hex");
      if (hash === lastHash) return false;
      await mkdir(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, json, "utf8");
      await rename(tmp, file);
      lastHash = hash;
      return true;
    },
  };
}
