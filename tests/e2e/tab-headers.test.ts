import { request } from "node:http";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

/** A raw GET, so the path reaches the server exactly as written (no URL normalising). */
const rawGet = (path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(baseUrl);
    const req = request({ host: url.hostname, port: url.port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (c) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });

describe("tab pages (QUALITY-BAR 8)", () => {
  it("may be framed by Teams, Microsoft 365 and Outlook only, with no plugins and no base URL", async () => {
    const res = await fetch(baseUrl);
    const csp = res.headers.get("content-security-policy") ?? "";
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(" ") ?? [];
    for (const host of [
      "https://teams.microsoft.com",
      "https://*.teams.microsoft.com",
      "https://*.cloud.microsoft",
      "https://*.office.com",
      "https://outlook.office.com",
      "https://outlook.office365.com",
    ]) {
      expect(ancestors).toContain(host);
    }
    expect(ancestors).not.toContain("*");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(res.headers.get("strict-transport-security")).toContain("max-age=31536000");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBeTruthy();
  });

  it("serves nothing outside the built app", async () => {
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/..%2f..%2fpackage.json", "/assets/../../../package.json"]) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain("workspaces");
    }
  });
});

describe("static files (issue 13: speed)", () => {
  it("are sent compressed as the browser accepts, and hashed assets cached for good", async () => {
    const page = await (await fetch(baseUrl, { headers: { "accept-encoding": "br, gzip" } })).text();
    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const url = new URL(script as string, baseUrl);
    const raw = await new Promise<{ headers: Record<string, string | string[] | undefined>; length: number }>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, headers: { "accept-encoding": "gzip, deflate, br" } },
        (res) => {
          let length = 0;
          res.on("data", (c: Buffer) => {
            length += c.length;
          });
          res.on("end", () => resolve({ headers: res.headers, length }));
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(raw.headers["content-encoding"]).toBe("br");
    expect(raw.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(raw.headers.vary).toBe("Accept-Encoding");
    const plain = await new Promise<number>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname }, (res) => {
        let length = 0;
        res.on("data", (c: Buffer) => {
          length += c.length;
        });
        res.on("end", () => resolve(length));
      });
      req.on("error", reject);
      req.end();
    });
    expect(raw.length).toBeLessThan(plain / 2);
  });
});
