import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

describe("build output", () => {
  it("keeps the local identity provider and local host out of the Azure bundle", async () => {
    const azure = await readFile("functions/dist/main.cjs", "utf8");
    for (const marker of ["/dev/token", "/dev/users", "createDevIdentity", "cosmosdb-server", "startLocalRuntime"]) {
      expect(azure, marker).not.toContain(marker);
    }
    const local = await readFile("functions/dist/local-main.cjs", "utf8");
    expect(local).toContain("/dev/token");
  });

  it("registers every route with app.http in the Azure bundle", async () => {
    const azure = await readFile("functions/dist/main.cjs", "utf8");
    for (const name of ["health-get", "me-get", "org-units-list", "role-assignment-create", "openapi-get"]) {
      expect(azure).toContain(`name: "${name}"`);
    }
  });
});
