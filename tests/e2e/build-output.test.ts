import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import "../../functions/src/modules.js";
import { routeTable } from "../../functions/src/platform/routes.js";
import { timerTable } from "../../functions/src/platform/timers.js";

describe("build output", () => {
  it("keeps the local identity provider and local host out of the Azure bundle", async () => {
    const azure = await readFile("functions/dist/main.cjs", "utf8");
    for (const marker of ["/dev/token", "/dev/users", "createDevIdentity", "cosmosdb-server", "startLocalRuntime"]) {
      expect(azure, marker).not.toContain(marker);
    }
    const local = await readFile("functions/dist/local-main.cjs", "utf8");
    expect(local).toContain("/dev/token");
  });

  it("registers every route and timer with the Functions worker, as the route table has them", async () => {
    const out = execFileSync(process.execPath, ["tests/support/load-azure-bundle.cjs", "functions/dist/main.cjs"], { encoding: "utf8" });
    type Binding = { type: string; methods?: string[]; route?: string; authLevel?: string; schedule?: string };
    const registered = (JSON.parse(out) as { name: string; bindings: Record<string, Binding> }[]).map((r) => ({
      name: r.name,
      trigger: Object.values(r.bindings).find((b) => b.type.endsWith("Trigger")) as Binding,
    }));
    const routes = routeTable();
    expect(routes.length).toBeGreaterThan(60);
    expect(
      registered
        .filter((r) => r.trigger.type === "httpTrigger")
        .map((r) => r.name)
        .sort(),
    ).toEqual([...routes.map((r) => r.spec.name), "tabs"].sort());
    // The tabs take what no API route takes (a catch-all is the least specific route).
    expect(registered.find((r) => r.name === "tabs")?.trigger).toMatchObject({
      methods: ["GET", "HEAD"],
      route: "{*path}",
      authLevel: "anonymous",
    });
    for (const { spec } of routes) {
      const found = registered.find((r) => r.name === spec.name);
      expect(found?.trigger, spec.name).toMatchObject({ methods: [spec.method], route: `api/${spec.route}`, authLevel: "anonymous" });
    }
    const timers = timerTable();
    expect(timers.length).toBeGreaterThan(3);
    for (const timer of timers) {
      expect(registered.find((r) => r.name === timer.name)?.trigger, timer.name).toMatchObject({
        type: "timerTrigger",
        schedule: timer.schedule,
      });
    }
  });

  it("builds the deployable package: the bundle, host.json and a package.json without dependencies, loadable alone", async () => {
    expect((await readdir("functions/dist/app")).sort()).toEqual(["host.json", "main.cjs", "main.cjs.map", "package.json", "www"]);
    // The tabs as built, which the same Function App serves at /.
    expect((await readdir("functions/dist/app/www")).sort()).toEqual((await readdir("apps/tabs/dist")).sort());
    const pkg = JSON.parse(await readFile("functions/dist/app/package.json", "utf8"));
    expect(pkg).toMatchObject({ main: "main.cjs", dependencies: {}, engines: { node: "^22" } });
    const host = JSON.parse(await readFile("functions/dist/app/host.json", "utf8"));
    expect(host).toMatchObject({ version: "2.0", extensions: { http: { routePrefix: "" } } });
    // Alone in a folder with no node_modules above it, as Azure runs it.
    const alone = await mkdtemp(join(tmpdir(), "kvk-app-"));
    try {
      await cp("functions/dist/app", alone, { recursive: true });
      // With Application Insights named, as in Azure: the exporter starts without complaint.
      const run = spawnSync(process.execPath, [resolve("tests/support/load-azure-bundle.cjs"), join(alone, "main.cjs")], {
        encoding: "utf8",
        cwd: alone,
        env: {
          ...process.env,
          APPLICATIONINSIGHTS_CONNECTION_STRING:
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://example.invalid/",
        },
      });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      // Every route and timer, and the tabs.
      expect((JSON.parse(run.stdout) as unknown[]).length).toBe(routeTable().length + timerTable().length + 1);
    } finally {
      await rm(alone, { recursive: true, force: true });
    }
  });
});
