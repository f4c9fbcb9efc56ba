import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
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
    ).toEqual(routes.map((r) => r.spec.name).sort());
    for (const { spec } of routes) {
      const found = registered.find((r) => r.name === spec.name);
      expect(found?.trigger, spec.name).toMatchObject({ methods: [spec.method], route: spec.route, authLevel: "anonymous" });
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
});
