import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalRuntime } from "../../functions/src/local/local-runtime.js";
import { startKoladaStandIn } from "../support/kolada-stand-in.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The runtime's data folder: the local document library is under `library/`. */
    dataDir: string;
  }
}

/** Starts the whole product, as `npm start` does, on a free port with a fresh data folder. */
export default async function setup(project: TestProject) {
  const staticDir = resolve("apps/tabs/dist");
  if (!existsSync(join(staticDir, "index.html"))) throw new Error("Build the tabs first (npm run build): apps/tabs/dist is missing.");
  const dataDir = await mkdtemp(join(tmpdir(), "kk-e2e-"));
  // Kolada's API from the recorded fixtures: the browser tests search its KPI catalogue.
  const kolada = await startKoladaStandIn();
  const runtime = await startLocalRuntime({
    env: { KOLADA_BASE_URL: kolada.url },
    staticDir,
    dataDir,
    log: process.env.E2E_LOG ? (line: string) => console.error(line) : () => {},
    testControls: true,
  });
  project.provide("baseUrl", runtime.url);
  project.provide("dataDir", dataDir);
  return async () => {
    await runtime.stop();
    await kolada.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
