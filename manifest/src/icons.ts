import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** An RGBA PNG of `size`×`size` from a pixel function. */
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Three linked rings: the quality chain. `unit` is the drawing's scale in pixels. */
function chain(x: number, y: number, size: number): boolean {
  const r = size * 0.16;
  const w = size * 0.05;
  const cy = size / 2;
  return [0.28, 0.5, 0.72].some((f) => Math.abs(Math.hypot(x + 0.5 - size * f, y + 0.5 - cy) - r) < w);
}

/** Colour icon 192×192: white chain on the accent colour (production), or on amber for a test or development package. */
export const colorIcon = (trial = false): Buffer =>
  png(192, (x, y) => (chain(x, y, 192) ? [255, 255, 255, 255] : trial ? [0x8a, 0x4b, 0x00, 255] : [0x2b, 0x5a, 0x8c, 255]));

/** Outline icon 32×32: white on transparent, as Teams requires. */
export const outlineIcon = (): Buffer => png(32, (x, y) => (chain(x, y, 32) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
