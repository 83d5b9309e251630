/** mulberry32: a tiny seeded PRNG, so the same seed always yields the same demo office. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/** A UUIDv7-shaped id from the generator, with a fixed time base: reproducible demo ids. */
export function seededUuid(rand: () => number, ms: number): string {
  const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');
  const time = hex(ms, 12);
  const r = () => hex(rand() * 0x10000, 4);
  const variant = hex(0x8000 | Math.floor(rand() * 0x4000), 4);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${r().slice(1)}-${variant}-${r()}${r()}${r()}`;
}

/** An invented NIP with the shape of a real one: birth date, appointment year-month, sex digit, sequence. */
export function demoNip(rand: () => number): string {
  const year = 1968 + Math.floor(rand() * 25);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const appointed = year + 22 + Math.floor(rand() * 8);
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${year}${p(month, 2)}${p(day, 2)}${appointed}${p(1 + Math.floor(rand() * 12), 2)}${1 + Math.floor(rand() * 2)}${p(1 + Math.floor(rand() * 999), 3)}`;
}
