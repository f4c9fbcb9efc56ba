import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpRequest } from "../../functions/src/platform/azure-functions.js";
import { tabPageHeaders } from "../../functions/src/platform/http/security-headers.js";
import { tabsHandler } from "../../functions/src/platform/tabs.js";

/** The Function App's `tabs` function, as Azure calls it, over a small built-tabs folder. */
describe("the tabs in Azure: the Function App serves them beside the API", () => {
  let root: string;
  let outside: string;
  let serve: ReturnType<typeof tabsHandler>;
  const page = "<!doctype html><title>Kvalitetskedjan</title>";
  const script = `console.log(${JSON.stringify("x".repeat(4000))});`;
  beforeAll(async () => {
    outside = await mkdtemp(join(tmpdir(), "kvk-tabs-"));
    root = join(outside, "www");
    await mkdir(join(root, "assets"), { recursive: true });
    await writeFile(join(root, "index.html"), page);
    await writeFile(join(root, "assets", "index-abc123.js"), script);
    await writeFile(join(outside, "secret.txt"), "not for the web");
    serve = tabsHandler(root);
  });
  afterAll(() => rm(outside, { recursive: true, force: true }));

  const get = (path: string, headers: Record<string, string> = {}) =>
    serve(new HttpRequest({ method: "GET", url: `https://func-kvk.azurewebsites.net${path}`, headers }));
  const headersOf = (answer: Awaited<ReturnType<typeof get>>) => new Headers(answer.headers as Record<string, string>);

  it("answers / with the tabs' page and every header of tabPageHeaders (CSP with Teams' frame-ancestors, HSTS, nosniff)", async () => {
    const answer = await get("/");
    expect(answer.status).toBe(200);
    expect(Buffer.from(answer.body as Uint8Array).toString()).toBe(page);
    const headers = headersOf(answer);
    for (const [name, value] of Object.entries(tabPageHeaders)) expect(headers.get(name), name).toBe(value);
    expect(headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(headers.get("cache-control")).toBe("no-cache");
  });

  it("serves hashed assets compressed and cached for good", async () => {
    const answer = await get("/assets/index-abc123.js", { "accept-encoding": "gzip" });
    const headers = headersOf(answer);
    expect(headers.get("content-encoding")).toBe("gzip");
    expect(headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(gunzipSync(answer.body as Uint8Array).toString()).toBe(script);
  });

  it("reads nothing outside its folder, refuses a malformed path, and leaves /api to the API (an unknown endpoint is the API's 404)", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/nope.html"]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(String(answer.body)).not.toContain("not for the web");
    }
    const malformed = await get("/assets/%ZZ.js");
    expect(malformed.status).toBe(400);
    expect(JSON.parse(String(malformed.body))).toMatchObject({ code: "validation_failed", details: [{ reason: "bad_percent_encoding" }] });
    const api = await get("/api/nope");
    expect(api.status).toBe(404);
    expect(JSON.parse(String(api.body))).toMatchObject({ code: "not_found" });
    expect(headersOf(api).get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
