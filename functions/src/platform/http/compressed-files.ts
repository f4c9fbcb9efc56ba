import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** What the tabs' hosts (local and Azure) compress: text the browser reads, not images or fonts that are already compressed. */
const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".map", ".webmanifest"]);

export type Encoding = "br" | "gzip" | "identity";

/** The best encoding the request accepts: brotli, then gzip, else none (`q=0` refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

/**
 * Static files compressed once and kept, as a CDN in front of the production host does: each
 * file's brotli and gzip forms are made on first request and reused until the file changes
 * (its modification time is part of the key). Brotli at quality 5: the first request must not
 * wait (quality 11 takes over a second for the largest chunk, 5 takes milliseconds and is
 * within about 10 % of its size).
 */
export function createCompressedFiles() {
  const cache = new Map<string, Buffer>();
  return {
    encode(path: string, modified: number, extension: string, bytes: Buffer, encoding: Encoding): { body: Buffer; encoding: Encoding } {
      if (encoding === "identity" || !compressible.has(extension) || bytes.length < 1024) return { body: bytes, encoding: "identity" };
      const key = `${encoding}:${modified}:${path}`;
      let body = cache.get(key);
      if (!body) {
        body =
          encoding === "br"
            ? brotliCompressSync(bytes, {
                params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
              })
            : gzipSync(bytes, { level: 9 });
        cache.set(key, body);
      }
      return { body, encoding };
    },
  };
}
