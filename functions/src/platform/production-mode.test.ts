import { describe, expect, it } from "vitest";
import { azureSettings } from "../testing/azure-settings.js";
import { loadConfig } from "./config.js";
import { laptopPartsCheck, laptopPartsInUse, productionRefusals, refusalError } from "./production-mode.js";

const azure = azureSettings;

describe("production mode", () => {
  it("finds no laptop-only part in a production configuration", () => {
    expect(laptopPartsInUse(loadConfig(azure))).toEqual([]);
    expect(productionRefusals(loadConfig(azure))).toEqual([]);
    expect(laptopPartsCheck(loadConfig(azure)).ok).toBe(true);
  });

  const cases = [
    ["cosmosStandIn", { COSMOS_ENDPOINT: "https://127.0.0.1:8081/" }, "COSMOS_ENDPOINT"],
    ["cosmosStandIn", { COSMOS_ENDPOINT: "https://localhost:8081/" }, "COSMOS_ENDPOINT"],
    ["devIdentity", { AUTH_JWKS_URI: "http://localhost:4280/dev/jwks" }, "AUTH_JWKS_URI"],
    ["consoleNotifier", { NOTIFY_CHANNEL: "outbox" }, "NOTIFY_CHANNEL"],
    ["localLibrary", { DOCUMENT_LIBRARY: "local" }, "DOCUMENT_LIBRARY"],
  ] as const;
  for (const [part, change, setting] of cases) {
    it(`refuses ${part} (${setting}) unless ALLOW_IN_PRODUCTION names it`, () => {
      const refused = productionRefusals(loadConfig({ ...azure, ...change }));
      expect(refused.map((r) => [r.part, r.setting])).toEqual([[part, setting]]);
      const error = refusalError(refused);
      expect(error.code).toBe("service_unavailable");
      expect(error.message).toContain(part);
      expect(error.details).toEqual([{ path: `config.${setting}`, reason: part }]);
      const allowed = loadConfig({ ...azure, ...change, ALLOW_IN_PRODUCTION: part });
      expect(productionRefusals(allowed)).toEqual([]);
      expect(laptopPartsCheck(allowed)).toMatchObject({ ok: false, message: expect.stringContaining(part) });
    });
  }

  it("refuses the stand-ins a host brings: the local host's Cosmos stand-in, identity provider and /dev routes", () => {
    const host = { cosmosStandIn: true, devIdentity: true, devRoutes: true };
    expect(productionRefusals(loadConfig(azure), host).map((r) => [r.part, r.setting])).toEqual([
      ["cosmosStandIn", "host"],
      ["devIdentity", "host"],
      ["devRoutes", "host"],
    ]);
  });

  it("allows everything in development mode", () => {
    const laptop = { ...azure, APP_ENVIRONMENT: "development", NOTIFY_CHANNEL: "outbox", DOCUMENT_LIBRARY: "local" };
    expect(laptopPartsInUse(loadConfig(laptop)).length).toBe(2);
    expect(productionRefusals(loadConfig(laptop), { cosmosStandIn: true, devRoutes: true })).toEqual([]);
    expect(laptopPartsCheck(loadConfig(laptop)).ok).toBe(true);
  });
});
