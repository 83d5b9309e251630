/** Timing helpers for benchmarks: figures are printed, never asserted. */
export interface Stats {
  n: number;
  mean: number;
  p50: number;
  p95: number;
}

export function summarize(samplesMs: number[]): Stats {
  const s = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { n: s.length, mean: s.reduce((a, b) => a + b, 0) / s.length, p50: at(0.5), p95: at(0.95) };
}

export async function timeEach(n: number, fn: (i: number) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

export const ms = (v: number) => `${v.toFixed(3)} ms`;

export function row(label: string, st: Stats): string {
  return `${label.padEnd(44)} n=${String(st.n).padStart(4)}  mean ${ms(st.mean).padStart(11)}  p50 ${ms(st.p50).padStart(11)}  p95 ${ms(st.p95).padStart(11)}`;
}
