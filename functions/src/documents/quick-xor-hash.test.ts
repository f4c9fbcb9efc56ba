import { describe, expect, it } from "vitest";
import { quickXorHash } from "./quick-xor-hash.js";

// rclone's published vectors (backend/onedrive/quickxorhash): input and hash, both base64.
const vectors: [string, string][] = [
  ["", "AAAAAAAAAAAAAAAAAAAAAAAAAAA="],
  ["Sg==", "SgAAAAAAAAAAAAAAAQAAAAAAAAA="],
  ["tbQ=", "taAFAAAAAAAAAAAAAgAAAAAAAAA="],
  ["n6Neh7p6fFgm", "nxiFFw6hCz3wAQsmCQAAAAAAAAA="],
  ["2fuxhBJXtpWFe8dOfdGeHw==", "O9tHLAghgSvYohKFyMMxnNCHaHg="],
  ["T6LYJIfDh81JrAK309H2JMJTXis=", "zBTHrspn3mEcohlJdIUAbjGNaNg="],
  ["DWAAX5/CIfrmErgZa8ot6ZraeSbu", "LR2Z0PjuRYGKQB/mhQAuMrAGZbQ="],
  ["LlUe7wHerLqEtbSZLZgZa9u0m7hbiFs=", "TqVZpxs3cN61BnuFvwUtMtECTGQ="],
];

describe("quickXorHash", () => {
  it.each(vectors)("hashes %s as SharePoint does", (input, hash) => {
    expect(quickXorHash(Buffer.from(input, "base64"))).toBe(hash);
  });

  it("tells contents apart that differ in one byte or in length", () => {
    const a = new Uint8Array(1000).fill(7);
    const b = Uint8Array.from(a);
    b[999] = 8;
    expect(quickXorHash(a)).not.toBe(quickXorHash(b));
    expect(quickXorHash(a)).not.toBe(quickXorHash(a.subarray(0, 999)));
  });
});
