import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../electron/core/demo/generate';
import { nameKey } from '../../shared/text';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../helpers/tempCore';

let t: TempCore | undefined;
afterEach(async () => t?.cleanup());

describe('demo data', () => {
  it('is deterministic and realistic', () => {
    const a = generateDemoData();
    expect(generateDemoData()).toEqual(a);
    expect(generateDemoData({ seed: 7 })).not.toEqual(a);
    const names = a.agencies.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['PT Timah Tbk', 'Kepolisian Daerah Kepulauan Bangka Belitung', 'Pemerintah Kota Pangkalpinang', 'Inspektorat Kabupaten Belitung Timur']));
    expect(a.agencies.filter((x) => x.group === 'Pemerintah Kabupaten/Kota' && x.name.startsWith('Pemerintah '))).toHaveLength(7);
    expect(a.agencies.every((x) => x.headNip === '' || /^\d{18}$/.test(x.headNip))).toBe(true);
  });

  it('grows to any size with unique names', () => {
    const big = generateDemoData({ agencyCount: 3000 });
    expect(big.agencies).toHaveLength(3000);
    expect(new Set(big.agencies.map((x) => nameKey(x.name))).size).toBe(3000);
    expect(new Set(big.agencies.map((x) => x.id)).size).toBe(3000);
  });

  it('loads into an empty database only', async () => {
    t = await openTempCore();
    const r = await t.must('system.loadDemo');
    expect(r.agencies).toBe(generateDemoData().agencies.length);
    const page = await t.must('agencies.list', { status: 'all', pageSize: 500 });
    expect(page.total).toBe(r.agencies);
    expect((await t.must('settings.get'))?.city).toBe('Pangkalpinang');
    const before = databaseChecksum(t.dbPath);
    const again = await t.call('system.loadDemo');
    expect(again.ok === false && again.error.code).toBe('PRECONDITION');
    expect(databaseChecksum(t.dbPath)).toBe(before);

    const other = await openTempCore();
    await other.must('settings.update', EXAMPLE_OFFICE);
    const refused = await other.call('system.loadDemo');
    expect(refused.ok).toBe(false);
    await other.cleanup();
  });
});
