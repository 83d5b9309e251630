import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_OFFICE, openTempCore, type TempCore } from '../helpers/tempCore';

/** Cases the channel fuzz found, kept as plain tests so they stay fixed whatever the seed. */
let t: TempCore;
beforeEach(async () => {
  t = await openTempCore();
  await t.must('settings.update', EXAMPLE_OFFICE);
});
afterEach(async () => t.cleanup());

describe('found by fuzzing', () => {
  it('refuses a second primary starting on 9999-12-31 with a conflict, not an internal error', async () => {
    // The overlap check used 9999-12-31 as "open end", so a start on that very day looked
    // like no overlap and only the database's unique index refused the insert (INTERNAL).
    const [group] = await t.must('agencyGroups.list');
    const agency = await t.must('agencies.create', { name: 'Dinas Kependudukan Kota Pangkalpinang', groupId: group!.id });
    await t.must('roster.assign', { agencyId: agency.id, person: { newPerson: { name: 'Rina Marlina' } }, startDate: '2024-01-02' });
    const r = await t.call('roster.assign', { agencyId: agency.id, person: { newPerson: { name: "' OR '1'='1" } }, startDate: '9999-12-31' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.fields?.startDate).toBeDefined();
    }
  });
});
