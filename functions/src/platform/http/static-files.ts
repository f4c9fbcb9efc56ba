import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { HttpResponseInit } from "@azure/functions";
import { DomainError } from "@kvalitetskedjan/domain";
import { chooseEncoding, createCompressedFiles } from "./compressed-files.js";
import { errorResponse } from "./route.js";
import { tabPageHeaders } from "./security-headers.js";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

const notFound: HttpResponseInit = {
  status: 404,
  headers: { ...tabPageHeaders, "Content-Type": "text/plain; charset=utf-8" },
  body: "Not found",
};

/**
 * The built tabs (`apps/tabs/dist`) as both hosts serve them — the local host and, in Azure,
 * the Function App's `tabs` function: `tabPageHeaders` on every answer, hashed assets cached
 * for good and pages revalidated, brotli or gzip once per file, nothing outside the folder.
 */
export function createStaticFiles(root: string) {
  const base = resolve(root);
  const compressed = createCompressedFiles();
  return {
    async serve(pathname: string, acceptEncoding: string | null | undefined): Promise<HttpResponseInit> {
      let relative: string;
      try {
        relative = pathname === "/" || pathname === "" ? "index.html" : decodeURIComponent(pathname.replace(/^\//, ""));
      } catch {
        // The client's error, as on the API's routes (QUALITY-BAR 27).
        return errorResponse(
          new DomainError("validation_failed", "The path has malformed percent-encoding.", {
            details: [{ path: "request", reason: "bad_percent_encoding" }],
          }),
        );
      }
      const file = resolve(join(base, normalize(relative)));
      if (!file.startsWith(base + sep)) return notFound;
      try {
        const info = await stat(file);
        if (!info.isFile()) return notFound;
        const bytes = await readFile(file);
        const sent = compressed.encode(file, info.mtimeMs, extname(file), bytes, chooseEncoding(acceptEncoding ?? undefined));
        return {
          status: 200,
          headers: {
            ...tabPageHeaders,
            "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream",
            "Cache-Control": relative.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache",
            Vary: "Accept-Encoding",
            ...(sent.encoding === "identity" ? {} : { "Content-Encoding": sent.encoding }),
          },
          body: sent.body,
        };
      } catch {
        return notFound;
      }
    },
  };
}
