// Writes the add-in icons (assets/icon-<size>.png) without an image library: a PNG is a signature,
// an IHDR chunk, zlib-deflated scanlines in IDAT and IEND, each chunk with its CRC-32.
// The logo: a rounded teal tile with three rising white bars (receivables collected over time).
// Run: node scripts/generate-icons.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x0f, 0x6c, 0xbd]; // Office blue, readable on light and dark ribbons
const BAR = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA of pixel (x, y) at the given size: transparent corners, tile, three bars. */
function pixel(x, y, size) {
  const r = size * 0.18; // corner radius
  const cx = Math.min(Math.max(x + 0.5, r), size - r);
  const cy = Math.min(Math.max(y + 0.5, r), size - r);
  if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) return [0, 0, 0, 0];
  const margin = size * 0.2;
  const barWidth = (size - 2 * margin) / 5; // bar, gap, bar, gap, bar
  const column = Math.floor((x - margin) / barWidth);
  if (x >= margin && column >= 0 && column <= 4 && column % 2 === 0) {
    const heights = [0.3, 0.5, 0.7]; // share of the tile's inner height
    const top = size - margin - (size - 2 * margin) * heights[column / 2];
    if (y >= top && y < size - margin) return [...BAR, 255];
  }
  return [...TILE, 255];
}

export function iconPng(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1); // each scanline starts with filter type 0
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../assets");
  mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    writeFileSync(path.join(out, `icon-${size}.png`), iconPng(size));
    console.log(`assets/icon-${size}.png`);
  }
}
