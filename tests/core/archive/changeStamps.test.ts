import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_TABLES } from '../../../electron/core/db/tableRegistry';
import { mouEditableFields } from '../../../shared/contract/mous';
import { demoOffice } from '../../helpers/archives';
import { openTempCore, type TempCore } from '../../helpers/tempCore';

/**
 * Incremental archives carry what changed since the last one by its change stamp, so every
 * change must move the stamp: each service's writes are checked here by comparing every
 * synchronised row before and after the request. A feature adding services adds a case.
 */
let t: TempCore;
beforeAll(async () => {
  t = await openTempCore(demoOffice());
  await t.must('system.loadDemo', {});
});
afterAll(() => t?.cleanup());

type Rows = Map<string, Record<string, unknown>>;
function snapshot(): Map<string, Rows> {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    return new Map(SYNC_TABLES.map((s) => [s.name, new Map((db.prepare(`SELECT * FROM ${s.name}`).all() as Array<Record<string, unknown>>).map((r) => [String(r.id), r]))]));
  } finally {
    db.close();
  }
}

/** Every row whose content changed has a later change stamp; returns how many rows changed. */
async function expectStamped(run: () => Promise<unknown>): Promise<number> {
  const before = snapshot();
  await run();
  const after = snapshot();
  let changed = 0;
  for (const s of SYNC_TABLES) {
    for (const [id, row] of after.get(s.name)!) {
      const old = before.get(s.name)!.get(id);
      if (!old) continue;
      const { [s.changedAt]: oldStamp, ...oldRest } = old;
      const { [s.changedAt]: newStamp, ...newRest } = row;
      if (JSON.stringify(oldRest) === JSON.stringify(newRest)) continue;
      changed += 1;
      expect({ table: s.name, id, later: String(newStamp) > String(oldStamp) }).toEqual({ table: s.name, id, later: true });
    }
  }
  return changed;
}

describe('every change moves updated_at (what incremental exports rely on)', () => {
  it('agencies: correction, deactivation, group rename', async () => {
    const [a, b] = (await t.must('agencies.list', { pageSize: 2 })).items;
    expect(await expectStamped(() => t.must('agencies.update', { id: a!.id, name: a!.name, groupId: a!.groupId, region: a!.region, notes: 'Dikoreksi' }))).toBeGreaterThan(0);
    expect(await expectStamped(() => t.must('agencies.setActive', { id: b!.id, active: false, reason: 'Digabung' }))).toBeGreaterThan(0);
    const [g] = await t.must('agencyGroups.list');
    expect(await expectStamped(() => t.must('agencyGroups.save', { id: g!.id, name: `${g!.name} (baru)`, sortOrder: g!.sortOrder, active: true }))).toBeGreaterThan(0);
  });

  it('focal points: person correction, confirmation', async () => {
    const [p] = (await t.must('persons.list', { search: '' })).items;
    expect(await expectStamped(() => t.must('persons.update', { id: p!.id, name: p!.name, position: 'Jabatan baru' }))).toBeGreaterThan(0);
    const roster = await t.must('roster.list', { pageSize: 3 });
    const ids = roster.items.flatMap((r) => (r.primary ? [r.primary.id] : [])).slice(0, 2);
    expect(await expectStamped(() => t.must('roster.confirm', { assignmentIds: ids }))).toBeGreaterThan(0);
  });

  it('MoUs: corrections', async () => {
    const [m] = (await t.must('mous.list', {})).items;
    expect(await expectStamped(() => t.must('mous.update', { id: m!.id, ...mouEditableFields(m!), notes: 'Catatan baru' }))).toBeGreaterThan(0);
  });

  it('office profile', async () => {
    const s = (await t.must('settings.get'))!;
    const { updatedAt, ...profile } = s;
    void updatedAt;
    expect(await expectStamped(() => t.must('settings.update', { ...profile, address: 'Jl. Baru No. 1' }))).toBeGreaterThan(0);
  });
});
