import { type ChildProcess, spawn } from "node:child_process";
import { appendFile, mkdtemp, readdir, readFile, rm, stat, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pitea } from "../support/catalogue.js";
import { personId, startHarness } from "../support/harness.js";

// QUALITY-BAR 24: the local runtime loses no acknowledged write, not even to kill -9.

/** Starts the runtime in a child process on `dataDir` and waits for its URL. */
async function startChild(dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/child-runtime.ts"], {
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (c: Buffer) => {
    errors += c.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once("exit", (code) => reject(new Error(`the runtime exited (${code}): ${errors}`)));
  });
  return { child, base: url.replace(/\/$/, "") };
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/** Starts the runtime again on `dir` and hands `check` the organisation's unit ids and the start's log lines. */
async function restarted(dir: string, check: (ids: Set<string>, logs: readonly string[]) => void): Promise<void> {
  const after = await startHarness({ dataDir: dir });
  try {
    const tree = await after.request("GET", "/api/org/units", { token: await after.tokenFor(pitea, "anna.lind") });
    check(new Set(tree.json.units.map((u: { id: string }) => u.id)), after.logs);
  } finally {
    await after.stop();
  }
}

describe("no acknowledged write is lost on a crash of the local runtime", () => {
  let dir: string;
  const created: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kk-crash-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("finds every one of 200 acknowledged writes after kill -9 right after the last answer", async () => {
    const { child, base } = await startChild(dir);
    try {
      const { accessToken } = (await (
        await fetch(`${base}/dev/token`, { method: "POST", body: JSON.stringify({ userId: personId(pitea, "anna.lind") }) })
      ).json()) as { accessToken: string };
      const write = async (i: number) => {
        const res = await fetch(`${base}/api/org/units`, {
          method: "POST",
          headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
          body: JSON.stringify({ parentId: "fkf", kind: "unit", name: `Enhet ${i}` }),
        });
        expect(res.status).toBe(201);
        created.push(((await res.json()) as { id: string }).id);
      };
      // Ten at a time, so that writes share an fsync; the last one alone.
      for (let i = 0; i < 190; i += 10) await Promise.all(Array.from({ length: 10 }, (_, k) => write(i + k)));
      for (let i = 190; i < 200; i++) await write(i);
    } finally {
      await killHard(child);
    }
    expect(created).toHaveLength(200);

    await restarted(dir, (ids, logs) => {
      expect(created.filter((id) => !ids.has(id))).toEqual([]);
      expect(logs.some((l) => l.includes("Loaded demo data"))).toBe(false);
      expect(logs.some((l) => /Replayed \d+ journalled change/.test(l))).toBe(true);
    });
  });

  it("drops a write torn by a crash and keeps everything before it", async () => {
    const segments = (await readdir(dir)).filter((f) => f.startsWith("cosmos-journal.")).sort();
    const last = join(dir, segments.at(-1) as string);
    await appendFile(last, '{"c":"directory","k":"\\"x\\"","d":{"id":"torn"');
    const torn = (await stat(last)).size;

    await restarted(dir, (ids, logs) => {
      expect(created.every((id) => ids.has(id))).toBe(true);
      expect(logs.some((l) => l.includes("dropped an incomplete write"))).toBe(true);
    });
    expect((await stat(last).catch(() => ({ size: 0 }))).size).toBeLessThan(torn);
  });

  it("starts from the snapshot before a damaged one, with the journal since, and loses nothing", async () => {
    const snapshot = join(dir, "cosmos-snapshot.json");
    const size = (await stat(snapshot)).size;
    await truncate(snapshot, Math.floor(size / 2));
    await restarted(dir, (ids, logs) => {
      expect(created.every((id) => ids.has(id))).toBe(true);
      expect(logs.some((l) => l.includes("is damaged"))).toBe(true);
    });
    // The damaged file is kept beside the data for whoever wants to look at it.
    expect((await readdir(dir)).some((f) => f.startsWith("cosmos-snapshot.json.damaged-"))).toBe(true);
    expect(JSON.parse(await readFile(snapshot, "utf8")).version).toBeGreaterThan(0);
  });
});
