import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseEncoding, createCompressedFiles } from "./compressed-files.js";

describe("the local host's compressed static files", () => {
  it("chooses brotli, then gzip, as the request accepts", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("*")).toBe("br");
  });

  it("compresses text once and serves the same bytes again; leaves images and small files alone", () => {
    const files = createCompressedFiles();
    const script = Buffer.from("export const x = 1;\n".repeat(500));
    const first = files.encode("/assets/a.js", 1, ".js", script, "br");
    expect(first.encoding).toBe("br");
    expect(first.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(first.body).equals(script)).toBe(true);
    expect(files.encode("/assets/a.js", 1, ".js", script, "br").body).toBe(first.body);
    expect(gunzipSync(files.encode("/assets/a.js", 1, ".js", script, "gzip").body).equals(script)).toBe(true);
    expect(files.encode("/icon.png", 1, ".png", script, "br").encoding).toBe("identity");
    expect(files.encode("/tiny.js", 1, ".js", Buffer.from("x"), "br").encoding).toBe("identity");
  });
});
