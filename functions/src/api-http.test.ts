import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import "./modules.js";
import { routeTable } from "./platform/routes.js";

describe("api.http", () => {
  it("has an example of every route", async () => {
    const text = await readFile(new URL("../api.http", import.meta.url), "utf8");
    for (const { spec } of routeTable()) {
      const pattern = new RegExp(
        `^${spec.method} \\{\\{base\\}\\}/api/${spec.route.replace(/\{[a-zA-Z]+\}/g, "[^\\s?]+").replace(/\./g, "\\.")}(\\?|$)`,
        "m",
      );
      expect(text, `${spec.method} /api/${spec.route}`).toMatch(pattern);
    }
  });
});
