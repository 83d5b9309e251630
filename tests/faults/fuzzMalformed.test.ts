import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract';
import { demoFuzzTarget, FUZZ_SEED, fuzzChannel, type FuzzTarget } from '../helpers/fuzz/channelFuzz';
import { callSafely, fuzzContext, problemWith } from '../helpers/fuzz/harness';
import { inputJsonSchema, malformed, schemaAccepts } from '../helpers/fuzz/shapes';
import { databaseChecksum } from '../helpers/tempCore';

/**
 * Every channel of the contract, whoever added it, gets inputs its schema refuses: wrong
 * types, missing and extra keys (`__proto__`, `constructor`), NaN and Infinity, invalid dates,
 * huge strings, deep nesting, odd Unicode, arbitrary JSON and structured-clone values. Each
 * must come back as a VALIDATION error value, nothing may escape dispatch, and the populated
 * demo database must be byte-for-byte the same afterwards.
 */
const RUNS = Number(process.env.SIMPUL_FUZZ_MALFORMED_RUNS ?? 2000);

let target: FuzzTarget;
const ctx = fuzzContext();
const totals = { channels: 0, calls: 0, failures: 0 };

beforeAll(async () => {
  target = await demoFuzzTarget();
}, 120_000);

afterAll(async () => {
  console.log(`fuzz (malformed): ${totals.channels} channels × ${RUNS} inputs = ${totals.calls} calls, ${totals.failures} failures`);
  await target?.t.cleanup();
});

describe('malformed input on every channel', () => {
  it.each(CHANNELS)('%s answers with a validation error and changes nothing', async (channel) => {
    const { t, pools, log } = target;
    const schema = contract[channel].input;
    const before = databaseChecksum(t.dbPath);
    await fuzzChannel({
      inputs: malformed(inputJsonSchema(schema), pools),
      admit: (input) => !schemaAccepts(schema, input),
      probe: async (input) => {
        const problem = problemWith(await callSafely(t.core, channel, input, ctx), true);
        if (problem) throw new Error(`${problem}${log.take()}`);
      },
      runs: RUNS,
      seed: FUZZ_SEED,
      totals,
    });
    expect(databaseChecksum(t.dbPath)).toBe(before);
  }, 120_000);
});
