import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("configuration", () => {
  it("reads and types the settings, with defaults", () => {
    const config = loadConfig({ COSMOS_ENDPOINT: "https://x.documents.azure.com:443/", COSMOS_KEY: "k", AUTH_AUDIENCES: "api://a, b" });
    expect(config.AUTH_AUDIENCES).toEqual(["api://a", "b"]);
    expect(config.RATE_LIMIT_USER_PER_MINUTE).toBe(300);
    expect(config.COSMOS_DATABASE).toBe("kvalitetskedjan");
  });

  it("names every missing or malformed setting in one error", () => {
    expect(() => loadConfig({ COSMOS_ENDPOINT: "not a url", RATE_LIMIT_USER_PER_MINUTE: "-1" })).toThrow(
      /COSMOS_ENDPOINT.*COSMOS_KEY.*AUTH_AUDIENCES.*RATE_LIMIT_USER_PER_MINUTE/,
    );
  });
});
