// Draws the Simpul icon (two interlocking rings, a "simpul" = knot, on a blue tile) and writes
//   resources/icon.png  512x512
//   resources/icon.ico  16, 24, 32, 48, 64, 128, 256 (PNG-compressed entries, Windows Vista+)
// No dependencies: PNG is encoded by hand with node:zlib. Deterministic, so the committed
// files only change when this script does. Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng, render } from './lib/png.mjs';

const RESOURCES = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const TILE = [0x0b, 0x4f, 0x8a];
const RING_A = [0xff, 0xff, 0xff];
const RING_B = [0xf2, 0xb7, 0x05];

/** Colour (RGBA 0..1 coverage) of the unit-square point (x, y), both in 0..1. */
function shade(x, y) {
  // Rounded tile with a margin.
  const margin = 0.04;
  const radius = 0.2;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - margin - radius), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - margin - radius), 0);
  if (Math.hypot(qx, qy) > radius) return null;
  const ring = (cx, cy) => Math.abs(Math.hypot(x - cx, y - cy) - 0.2) < 0.055;
  const inA = ring(0.39, 0.5);
  const inB = ring(0.61, 0.5);
  // Over-under at the two crossings makes the rings read as a knot, not a Venn diagram.
  if (inA && inB) return y < 0.5 ? RING_A : RING_B;
  if (inA) return RING_A;
  if (inB) return RING_B;
  return TILE;
}

/** ICO file bytes with one PNG-compressed entry per image. */
function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size; // 0 means 256
    entry[1] = size >= 256 ? 0 : size;
    entry[2] = 0; // no palette
    entry[3] = 0; // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const images = ICO_SIZES.map((size) => ({ size, png: encodePng(size, render(size, shade)) }));
writeFileSync(join(RESOURCES, 'icon.ico'), encodeIco(images));
writeFileSync(join(RESOURCES, 'icon.png'), encodePng(512, render(512, shade)));
console.log(`wrote icon.ico (${ICO_SIZES.join(', ')}) and icon.png (512) to ${RESOURCES}`);
