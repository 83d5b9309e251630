import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract';
import { fuzzContext } from '../helpers/fuzz/harness';
import { inputJsonSchema } from '../helpers/fuzz/shapes';
import { openTempCore, type TempCore } from '../helpers/tempCore';

/**
 * Search boxes pass the clerk's text to SQL LIKE (or full-text search). Wildcards and quotes
 * typed by a clerk must be matched as text: on the demo office, which holds no such
 * characters, "%" or "_" must find nothing, not everything. Generic over every list channel
 * with a `search` field whose answer has a `total`.
 */
const PROBES = ['%', '_', '%%', "'", '"', '\\', '*', 'NEAR(', '"%"'];

let t: TempCore;
const ctx = fuzzContext();
beforeAll(async () => {
  t = await openTempCore();
  await t.must('system.loadDemo', {});
}, 120_000);
afterAll(async () => t?.cleanup());

const searchChannels = CHANNELS.filter((c) => contract[c].kind === 'query' && inputJsonSchema(contract[c].input).properties?.search !== undefined);

describe('search text is matched literally', () => {
  it('covers the list channels', () => {
    expect(searchChannels.length).toBeGreaterThan(3);
  });

  it.each(searchChannels)('%s finds nothing for wildcards and quotes', async (channel) => {
    const all = await t.core.dispatch(channel, { search: '' }, ctx);
    expect(all.ok).toBe(true);
    if (!all.ok || typeof (all.value as { total?: unknown }).total !== 'number') return;
    for (const search of PROBES) {
      const r = await t.core.dispatch(channel, { search }, ctx);
      expect(r.ok, `${channel} search ${search}: ${JSON.stringify(r)}`).toBe(true);
      if (r.ok) expect((r.value as { total: number }).total, `${channel} search ${JSON.stringify(search)}`).toBe(0);
    }
  });
});
