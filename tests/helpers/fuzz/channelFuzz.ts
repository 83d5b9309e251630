import fc from 'fast-check';
import { openTempCore, type TempCore } from '../tempCore';
import { capturedLog, prototypeKeys, recordIds } from './harness';
import type { FuzzPools } from './shapes';

export interface FuzzTotals {
  channels: number;
  calls: number;
  failures: number;
}

export interface ChannelFuzz {
  inputs: fc.Arbitrary<unknown>;
  /** Which generated inputs this run is about (e.g. only those the schema refuses). */
  admit(input: unknown): boolean;
  /** Calls the channel and throws on an unacceptable answer. */
  probe(input: unknown): Promise<void>;
  runs: number;
  seed: number;
  totals: FuzzTotals;
}

/** One channel's property run, counted into the totals, then a check that no prototype was polluted. */
export async function fuzzChannel(run: ChannelFuzz): Promise<void> {
  const protoBefore = prototypeKeys().join();
  let calls = 0;
  try {
    await fc.assert(
      fc.asyncProperty(run.inputs, async (input) => {
        fc.pre(run.admit(input));
        calls++;
        await run.probe(input);
      }),
      { numRuns: run.runs, seed: run.seed, maxSkipsPerRun: 1000 },
    );
  } catch (error) {
    run.totals.failures++;
    throw error;
  } finally {
    run.totals.channels++;
    run.totals.calls += calls;
  }
  if (prototypeKeys().join() !== protoBefore || ({} as Record<string, unknown>).polluted !== undefined) {
    throw new Error('Object.prototype was polluted');
  }
}

export interface FuzzTarget {
  t: TempCore;
  pools: FuzzPools;
  log: ReturnType<typeof capturedLog>;
}

/** A populated demo office to fuzz, ids of its records, and what dispatch logged. */
export async function demoFuzzTarget(): Promise<FuzzTarget> {
  const log = capturedLog();
  const t = await openTempCore({ logError: log.logError });
  await t.must('system.loadDemo', {});
  return { t, pools: { ids: recordIds(t.dbPath) }, log };
}

/** The seed of every fuzz run: fixed, so a failure replays; SIMPUL_FUZZ_SEED varies it. */
export const FUZZ_SEED = Number(process.env.SIMPUL_FUZZ_SEED ?? 7_2024);
