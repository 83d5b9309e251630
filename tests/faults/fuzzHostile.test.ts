import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract';
import { demoFuzzTarget, FUZZ_SEED, fuzzChannel, type FuzzTarget } from '../helpers/fuzz/channelFuzz';
import { callSafely, fuzzContext, problemWith, storageHealth } from '../helpers/fuzz/harness';
import { repairTowardsValid } from '../helpers/fuzz/repair';
import { inputJsonSchema, schemaAccepts, validShaped } from '../helpers/fuzz/shapes';

/**
 * Inputs every channel's schema accepts, carrying hostile text where free text is allowed
 * (SQL fragments, LIKE wildcards, FTS syntax, path traversal, device names, spreadsheet
 * formulas, odd Unicode, tabs and line breaks in notes) and real or random record ids. They
 * may succeed or be refused by a rule of the domain; they must never escape dispatch, never
 * come back as INTERNAL (that would mean a service trusted something the schema let
 * through), and the database must stay sound.
 */
const RUNS = Number(process.env.SIMPUL_FUZZ_HOSTILE_RUNS ?? 60);

let target: FuzzTarget;
const ctx = fuzzContext();
const totals = { channels: 0, calls: 0, failures: 0, succeeded: 0, refused: 0 };

beforeAll(async () => {
  target = await demoFuzzTarget();
}, 120_000);

afterAll(async () => {
  console.log(
    `fuzz (hostile, schema-valid): ${totals.channels} channels × ${RUNS} inputs = ${totals.calls} calls ` +
      `(${totals.succeeded} succeeded, ${totals.refused} refused by a domain rule), ${totals.failures} failures`,
  );
  await target?.t.cleanup();
});

describe('schema-valid hostile input on every channel', () => {
  it.each(CHANNELS)('%s never fails internally and keeps the database sound', async (channel) => {
    const { t, pools, log } = target;
    const schema = contract[channel].input;
    await fuzzChannel({
      inputs: validShaped(inputJsonSchema(schema), pools).map((v) => repairTowardsValid(schema, v, pools)),
      admit: (input) => schemaAccepts(schema, input),
      probe: async (input) => {
        const answer = await callSafely(t.core, channel, input, ctx);
        const problem = problemWith(answer, false);
        if (problem) throw new Error(`${problem}${log.take()}`);
        if ('ok' in answer && answer.ok) totals.succeeded++;
        else totals.refused++;
      },
      runs: RUNS,
      seed: FUZZ_SEED,
      totals,
    });
    expect(storageHealth(t.dbPath)).toEqual({ integrity: 'ok', foreignKeyViolations: 0 });
  }, 120_000);
});
