/**
 * QuickXorHash, the content hash OneDrive and SharePoint report for every file
 * (`file.hashes.quickXorHash`), as Microsoft documents it: each byte is XORed into a
 * 160-bit ring at a position 11 bits further than the last, and the length (64-bit, little
 * endian) is XORed into the last 8 bytes. No maintained npm package implements it; it is
 * short, and checked against rclone's published test vectors.
 */
const widthBytes = 20;
const widthBits = widthBytes * 8;
const shift = 11;

export function quickXorHash(content: Uint8Array): string {
  const ring = new Uint8Array(widthBytes);
  let bit = 0;
  for (const byte of content) {
    const index = bit >>> 3;
    const offset = bit & 7;
    ring[index] = (ring[index] as number) ^ ((byte << offset) & 0xff);
    if (offset > 0) {
      const next = (index + 1) % widthBytes;
      ring[next] = (ring[next] as number) ^ (byte >>> (8 - offset));
    }
    bit = (bit + shift) % widthBits;
  }
  let length = BigInt(content.length);
  for (let i = widthBytes - 8; i < widthBytes; i++) {
    ring[i] = (ring[i] as number) ^ Number(length & 0xffn);
    length >>= 8n;
  }
  return Buffer.from(ring).toString("base64");
}
