import type { FileHandle } from "node:fs/promises";
import { mkdir, open, readdir, readFile, rename, rm, truncate } from "node:fs/promises";
import { join } from "node:path";

/** One change to a container, as the journal keeps it: the whole document after the change, or its removal. */
export type JournalEntry =
  | { readonly c: string; readonly k: string; readonly d: Record<string, unknown> }
  | { readonly c: string; readonly k: string; readonly x: string };

const segmentName = (seq: number) => `cosmos-journal.${String(seq).padStart(8, "0")}.jsonl`;
const segmentPattern = /^cosmos-journal\.(\d{8})\.jsonl$/;

/** Writes `bytes` to `file` and makes them durable: fsync of the file, then of its folder (the new name). */
export async function writeDurably(dir: string, file: string, bytes: string): Promise<void> {
  const tmp = join(dir, `${file}.${process.pid}.tmp`);
  const handle = await open(tmp, "w");
  try {
    await handle.writeFile(bytes, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, join(dir, file));
  await syncFolder(dir);
}

async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The journal's segments in `dir`, oldest first. */
export async function listSegments(dir: string): Promise<number[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names
    .map((n) => segmentPattern.exec(n)?.[1])
    .filter((s): s is string => s !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Reads a segment's entries up to its first incomplete or unreadable line: a write torn by
 * a crash was never acknowledged (the answer waits for the fsync), so it is dropped, and the
 * file is cut there so that later appends do not follow garbage.
 */
export async function readSegment(dir: string, seq: number, log: (line: string) => void): Promise<JournalEntry[]> {
  const file = join(dir, segmentName(seq));
  const text = await readFile(file, "utf8");
  const entries: JournalEntry[] = [];
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf("\n", offset);
    const line = end === -1 ? null : text.slice(offset, end);
    let entry: JournalEntry | null = null;
    try {
      entry = line === null ? null : (JSON.parse(line) as JournalEntry);
    } catch {
      entry = null;
    }
    if (entry === null || typeof entry.c !== "string") {
      const kept = Buffer.byteLength(text.slice(0, offset), "utf8");
      log(`Journal ${segmentName(seq)}: dropped an incomplete write at byte ${kept} (a crash mid-write; it was never acknowledged).`);
      await truncate(file, kept);
      break;
    }
    entries.push(entry);
    offset = (end as number) + 1;
  }
  return entries;
}

export async function removeSegmentsThrough(dir: string, seq: number): Promise<void> {
  for (const s of await listSegments(dir)) if (s <= seq) await rm(join(dir, segmentName(s)), { force: true });
}

/**
 * The write-ahead journal of the local runtime's database (QUALITY-BAR 24). Every change
 * the stand-in makes is recorded in memory at once, in the order it was made; an answer is
 * sent only after `durable()`, which appends what is recorded and fsyncs it. Changes that
 * arrive while an fsync runs are written together by the next one (group commit).
 * `rotate()` starts a new segment, so a snapshot can take over the older ones.
 */
export class Journal {
  private buffer: string[] = [];
  private handle: FileHandle | null = null;
  private flushing: Promise<void> | null = null;
  private failure: Error | null = null;
  /** Recording starts once the state it continues from is safe in a snapshot. */
  enabled = false;

  private constructor(
    private readonly dir: string,
    private seq: number,
  ) {}

  /** Opens (appending to) segment `seq`. */
  static async open(dir: string, seq: number): Promise<Journal> {
    await mkdir(dir, { recursive: true });
    const journal = new Journal(dir, seq);
    journal.handle = await open(join(dir, segmentName(seq)), "a");
    await syncFolder(dir);
    return journal;
  }

  get segment(): number {
    return this.seq;
  }

  /** True when something is recorded and not yet durable. */
  get pending(): boolean {
    return this.buffer.length > 0 || this.flushing !== null;
  }

  record(entry: JournalEntry): void {
    if (this.enabled) this.buffer.push(`${JSON.stringify(entry)}\n`);
  }

  /** Resolves once everything recorded before the call is on disk; rejects if it cannot be. */
  async durable(): Promise<void> {
    while (this.buffer.length > 0 || this.flushing) {
      if (this.failure) throw this.failure;
      if (this.flushing) {
        await this.flushing;
        continue;
      }
      this.flushing = this.write(this.buffer.splice(0).join("")).finally(() => {
        this.flushing = null;
      });
    }
    if (this.failure) throw this.failure;
  }

  private async write(text: string): Promise<void> {
    try {
      const handle = this.handle;
      if (!handle) throw new Error("the journal is closed");
      await handle.write(text);
      await handle.datasync();
    } catch (error) {
      // A journal that could not be written acknowledges nothing more: the process must restart.
      this.failure = error instanceof Error ? error : new Error(String(error));
      throw this.failure;
    }
  }

  /** Makes what is recorded durable, then continues in a new segment; returns the number of the one closed. */
  async rotate(): Promise<number> {
    await this.durable();
    const closed = this.seq;
    const next = await open(join(this.dir, segmentName(closed + 1)), "a");
    await syncFolder(this.dir);
    await this.handle?.close();
    this.handle = next;
    this.seq = closed + 1;
    return closed;
  }

  /** True when the current segment holds no change yet. */
  async isEmpty(): Promise<boolean> {
    await this.durable();
    return ((await this.handle?.stat())?.size ?? 0) === 0;
  }

  async close(): Promise<void> {
    this.enabled = false;
    try {
      await this.durable();
    } finally {
      await this.handle?.close();
      this.handle = null;
    }
  }
}
