import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOnboarding } from "../../functions/src/directory/onboarding-cli.js";
import { startLocalRuntime } from "../../functions/src/local/local-runtime.js";
import { createTokenForge, entraClaims, type TokenForge } from "../../functions/src/testing/token-forge.js";

const tenant = "7b1f8c2e-5d4a-4e39-9c61-2f0a8b3d6e15";
const admin = "c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f";
const args = ["--tenant", tenant, "--name", "Bodens kommun", "--admin", admin, "--admin-name", "Eva Ek", "--admin-mail", "eva.ek@boden.se"];

describe("npm run onboard, against the local runtime's data folder", () => {
  let dir: string;
  let forge: TokenForge;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kvk-onboard-"));
    forge = await createTokenForge();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The local runtime on the folder, as `npm start` opens it, with a test's signing keys. */
  async function signInAsAdmin<T>(use: (get: (path: string) => Promise<{ status: number; json: unknown }>) => Promise<T>) {
    const runtime = await startLocalRuntime({ dataDir: dir, verificationKeys: forge.keys, timers: false, log: () => {} });
    try {
      const token = await forge.sign(entraClaims(tenant, admin));
      return await use(async (path) => {
        const res = await fetch(`${runtime.url.replace(/\/$/, "")}${path}`, { headers: { authorization: `Bearer ${token}` } });
        return { status: res.status, json: await res.json() };
      });
    } finally {
      await runtime.stop();
    }
  }

  it("registers the municipality and its first administrator, who can then sign in and administer it", async () => {
    const first = await runOnboarding(args, { DATA_DIR: dir }, log);
    expect(first.done).toEqual(["tenant registered", "root unit created", "administrator added", "administrator role granted"]);
    await signInAsAdmin(async (get) => {
      const units = await get("/api/org/units");
      expect(units.status).toBe(200);
      expect(JSON.stringify(units.json)).toContain("Bodens kommun");
      expect((await get("/api/health/details")).status).toBe(200);
      const me = await get("/api/me");
      expect(JSON.stringify(me.json)).toContain("administrator");
    });
  });

  it("is idempotent: a second run changes nothing, a new name only renames", async () => {
    expect((await runOnboarding(args, { DATA_DIR: dir }, log)).done).toEqual([]);
    expect(lines.at(-1)).toBe("Bodens kommun was already onboarded; nothing changed.");
    const renamed = [...args];
    renamed[3] = "Bodens kommun (test)";
    expect((await runOnboarding(renamed, { DATA_DIR: dir }, log)).done).toEqual(["tenant renamed"]);
  });

  it("refuses bad arguments with the flag to fix, and writes nothing", async () => {
    await expect(runOnboarding(["--tenant", "boden", "--name", "B", "--admin", admin], { DATA_DIR: dir }, log)).rejects.toThrow(
      /--tenant: .*; --name: .*; --admin-name: /,
    );
    await expect(runOnboarding([...args, "--admin-role", "chair"], { DATA_DIR: dir }, log)).rejects.toThrow(/admin-role/);
  });
});
