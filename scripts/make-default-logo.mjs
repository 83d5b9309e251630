// Draws the default letterhead logo, resources/logo-default.png (512x512, transparent):
// a neutral round seal (double ring) around a balance, the sign of fair public service.
// It is deliberately not the official Ombudsman RI emblem, which each office uploads itself
// in Settings. Deterministic; run: node scripts/make-default-logo.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng, render } from './lib/png.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'logo-default.png');
const INK = [0x05, 0x4a, 0x6e];
const SIZE = 512;

/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
function segment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function pan(x, y, cx) {
  // A shallow bowl: the lower half of a disc, hung from two cords.
  const top = 0.56;
  const inBowl = y >= top && Math.hypot(x - cx, y - top) < 0.095;
  const cords = Math.min(segment(x, y, cx, 0.33, cx - 0.09, top), segment(x, y, cx, 0.33, cx + 0.09, top));
  return inBowl || cords < 0.007;
}

function shade(x, y) {
  const r = Math.hypot(x - 0.5, y - 0.5);
  if (Math.abs(r - 0.465) < 0.025) return INK; // outer ring
  if (Math.abs(r - 0.405) < 0.007) return INK; // inner ring
  if (r > 0.39) return null;
  const post = Math.abs(x - 0.5) < 0.017 && y > 0.27 && y < 0.72;
  const knob = Math.hypot(x - 0.5, y - 0.255) < 0.03;
  const beam = segment(x, y, 0.29, 0.33, 0.71, 0.33) < 0.014;
  const foot = Math.abs(x - 0.5) < 0.13 && y > 0.71 && y < 0.745;
  const step = Math.abs(x - 0.5) < 0.07 && y > 0.685 && y < 0.715;
  if (post || knob || beam || foot || step || pan(x, y, 0.29) || pan(x, y, 0.71)) return INK;
  return null;
}

writeFileSync(OUT, encodePng(SIZE, render(SIZE, shade)));
console.log(`wrote ${OUT}`);
