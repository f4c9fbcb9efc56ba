import { describe, expect, it } from "vitest";
import { configurationChecks, delegatedScope, loadConfig } from "./config.js";

describe("configuration", () => {
  it("reads and types the settings, with defaults", () => {
    const config = loadConfig({ COSMOS_ENDPOINT: "https://x.documents.azure.com:443/", COSMOS_KEY: "k", AUTH_AUDIENCES: "api://a, b" });
    expect(config.AUTH_AUDIENCES).toEqual(["api://a", "b"]);
    expect(config.RATE_LIMIT_USER_PER_MINUTE).toBe(300);
    expect(config.COSMOS_DATABASE).toBe("kvalitetskedjan");
  });

  it("names every missing or malformed setting in one error", () => {
    expect(() => loadConfig({ COSMOS_ENDPOINT: "not a url", RATE_LIMIT_USER_PER_MINUTE: "-1" })).toThrow(
      /COSMOS_ENDPOINT.*AUTH_AUDIENCES.*RATE_LIMIT_USER_PER_MINUTE/,
    );
  });

  it("delivers through the outbox by default and asks for the Graph settings only when told to use Graph", () => {
    const base = { COSMOS_ENDPOINT: "https://x.documents.azure.com:443/", COSMOS_KEY: "k", AUTH_AUDIENCES: "api://a" };
    expect(loadConfig(base).NOTIFY_CHANNEL).toBe("outbox");
    expect(() => loadConfig({ ...base, NOTIFY_CHANNEL: "graph" })).toThrow(/GRAPH_CLIENT_ID.*GRAPH_CLIENT_SECRET.*TEAMS_APP_ID/);
    const graph = loadConfig({
      ...base,
      NOTIFY_CHANNEL: "graph",
      GRAPH_CLIENT_ID: "0f9e8d7c-6b5a-4d3c-9b2a-1f0e9d8c7b6a",
      GRAPH_CLIENT_SECRET: "s",
      TEAMS_APP_ID: "7d1f0c4e-1b2a-4c3d-8e9f-0a1b2c3d4e5f",
    });
    expect(graph.GRAPH_BASE_URL).toBe("https://graph.microsoft.com/v1.0");
  });

  it("files documents in a local folder by default and needs the Graph credentials for SharePoint", () => {
    const base = { COSMOS_ENDPOINT: "https://x.documents.azure.com:443/", COSMOS_KEY: "k", AUTH_AUDIENCES: "api://a" };
    expect(loadConfig(base)).toMatchObject({ DOCUMENT_LIBRARY: "local", LOCAL_LIBRARY_DIR: ".data/library" });
    expect(() => loadConfig({ ...base, DOCUMENT_LIBRARY: "graph" })).toThrow(/GRAPH_CLIENT_ID.*GRAPH_CLIENT_SECRET/);
    expect(() => loadConfig({ ...base, DOCUMENT_LIBRARY: "sharepoint" })).toThrow(/DOCUMENT_LIBRARY/);
    const graph = loadConfig({
      ...base,
      DOCUMENT_LIBRARY: "graph",
      GRAPH_CLIENT_ID: "0f9e8d7c-6b5a-4d3c-9b2a-1f0e9d8c7b6a",
      GRAPH_CLIENT_SECRET: "s",
    });
    expect(graph.DOCUMENT_LIBRARY).toBe("graph");
  });

  it("checks that the Graph app registration is the one the manifest's webApplicationInfo names, as activity notifications need", () => {
    const graph = {
      COSMOS_ENDPOINT: "https://x.documents.azure.com:443/",
      COSMOS_KEY: "k",
      NOTIFY_CHANNEL: "graph",
      GRAPH_CLIENT_SECRET: "s",
      TEAMS_APP_ID: "7d1f0c4e-1b2a-4c3d-8e9f-0a1b2c3d4e5f",
    };
    const id = "0f9e8d7c-6b5a-4d3c-9b2a-1f0e9d8c7b6a";
    const same = loadConfig({ ...graph, GRAPH_CLIENT_ID: id, AUTH_AUDIENCES: `${id},api://kk.example.se/${id}` });
    expect(configurationChecks(same)).toEqual([expect.objectContaining({ name: "graphClientMatchesManifest", ok: true })]);
    const other = loadConfig({ ...graph, GRAPH_CLIENT_ID: id, AUTH_AUDIENCES: "api://kk.example.se/11111111-1111-4111-8111-111111111111" });
    expect(configurationChecks(other)).toEqual([
      expect.objectContaining({ ok: false, message: expect.stringContaining("webApplicationInfo") }),
    ]);
    expect(configurationChecks(loadConfig({ ...graph, NOTIFY_CHANNEL: "outbox", AUTH_AUDIENCES: "x" }))).toEqual([]);
    expect(delegatedScope(same)).toBe(`api://kk.example.se/${id}/access_as_user`);
  });

  it("runs in production mode wherever Azure runs it, and in development mode elsewhere, unless told", () => {
    const base = { COSMOS_ENDPOINT: "https://x.documents.azure.com:443/", AUTH_AUDIENCES: "api://a" };
    expect(loadConfig(base).APP_ENVIRONMENT).toBe("development");
    expect(loadConfig({ ...base, WEBSITE_INSTANCE_ID: "abc" }).APP_ENVIRONMENT).toBe("production");
    expect(loadConfig({ ...base, WEBSITE_INSTANCE_ID: "abc", APP_ENVIRONMENT: "development" }).APP_ENVIRONMENT).toBe("development");
    expect(() => loadConfig({ ...base, APP_ENVIRONMENT: "staging" })).toThrow(/APP_ENVIRONMENT/);
  });

  it("needs no Cosmos key (the managed identity signs in) and reads the allowed laptop-only parts, refusing unknown ones", () => {
    const base = { COSMOS_ENDPOINT: "https://x.documents.azure.com:443/", AUTH_AUDIENCES: "api://a" };
    expect(loadConfig(base).COSMOS_KEY).toBeUndefined();
    expect(loadConfig({ ...base, ALLOW_IN_PRODUCTION: "localLibrary, consoleNotifier" }).ALLOW_IN_PRODUCTION).toEqual([
      "localLibrary",
      "consoleNotifier",
    ]);
    expect(() => loadConfig({ ...base, ALLOW_IN_PRODUCTION: "everything" })).toThrow(/ALLOW_IN_PRODUCTION/);
  });

  it("asks Graph for the credential material of the chosen kind only: none for the managed identity", () => {
    const base = {
      COSMOS_ENDPOINT: "https://x.documents.azure.com:443/",
      AUTH_AUDIENCES: "api://a",
      DOCUMENT_LIBRARY: "graph",
      GRAPH_CLIENT_ID: "11111111-1111-4111-8111-111111111111",
    };
    expect(loadConfig({ ...base, GRAPH_CREDENTIAL: "managedIdentity" }).GRAPH_CREDENTIAL).toBe("managedIdentity");
    expect(() => loadConfig({ ...base, GRAPH_CREDENTIAL: "certificate" })).toThrow(
      /GRAPH_CLIENT_CERTIFICATE: required when DOCUMENT_LIBRARY is graph/,
    );
    expect(() => loadConfig(base)).toThrow(/GRAPH_CLIENT_SECRET: required when DOCUMENT_LIBRARY is graph/);
  });
});
