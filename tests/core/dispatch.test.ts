import { dataPaths } from '../../electron/core/service';
import { agencyEditableFields } from '../../shared/contract/agencies';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgencyEntity } from '../../electron/core/agencies/entities';
import { createDispatch } from '../../electron/core/dispatch';
import { openDatabase, type OpenDatabase } from '../../electron/core/db/open';
import { handlers } from '../../electron/core/handlers';
import type { Handlers } from '../../electron/core/service';
import { contextAs, databaseChecksum, EXAMPLE_OFFICE, openTempCore, tempDir, type TempCore } from '../helpers/tempCore';
import { join } from 'node:path';
import { uuidv7 } from '../../shared/uuid';

let t: TempCore;
beforeEach(async () => {
  t = await openTempCore();
  await t.must('settings.update', EXAMPLE_OFFICE);
});
afterEach(async () => t.cleanup());

const auditRows = (dbPath: string) => {
  const db = new Database(dbPath, { readonly: true });
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY rowid').all() as Array<Record<string, string>>;
  db.close();
  return rows;
};

describe('dispatch', () => {
  it('answers an unknown channel with an error value', async () => {
    const r = await t.core.dispatch('agencies.drop', {}, t.ctx);
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Permintaan tidak dikenal.', key: 'unknownChannel' } });
    const proto = await t.core.dispatch('__proto__', {}, t.ctx);
    expect(proto.ok).toBe(false);
  });

  it('checks the permission the contract names before running anything', async () => {
    const before = databaseChecksum(t.dbPath);
    const groups = await t.must('agencyGroups.list');
    const r = await t.call('agencies.create', { name: 'Dinas Baru', groupId: groups[0]!.id }, contextAs('viewer'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    expect(databaseChecksum(t.dbPath)).toBe(before);
    const staffSettings = await t.call('settings.update', EXAMPLE_OFFICE, contextAs('staff'));
    expect(staffSettings.ok === false && staffSettings.error.code).toBe('FORBIDDEN');
    const read = await t.call('agencies.list', {}, contextAs('viewer'));
    expect(read.ok).toBe(true);
  });

  it('returns field errors in the request language', async () => {
    const r = await t.call('agencies.create', { name: '', groupId: 'nope' } as never, { ...t.ctx, lang: 'en' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.fields?.name?.message).toBe('Required');
    expect(r.error.fields?.groupId?.code).toBe('uuid');
  });

  it('writes the change and its audit entry together, with before and after', async () => {
    const groups = await t.must('agencyGroups.list');
    const a = await t.must('agencies.create', { name: 'Dinas Sosial Kabupaten Bangka', groupId: groups[1]!.id });
    await t.must('agencies.update', { ...agencyEditableFields(a), id: a.id, name: 'Dinas Sosial Kab. Bangka', expectedUpdatedAt: a.updatedAt });
    const rows = auditRows(t.dbPath).filter((r) => r.entity_id === a.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1]!.channel).toBe('agencies.update');
    expect(rows[1]!.actor_id).toBe('local-operator');
    expect(rows[1]!.office_code).toBe('BABEL');
    expect(JSON.parse(rows[1]!.before_json!).name).toBe('Dinas Sosial Kabupaten Bangka');
    expect(JSON.parse(rows[1]!.after_json!).name).toBe('Dinas Sosial Kab. Bangka');
  });

  it('keeps the audit trail append-only', async () => {
    const db = new Database(t.dbPath);
    expect(() => db.prepare('UPDATE audit_log SET actor_id = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});

describe('dispatch transactions', () => {
  let db: OpenDatabase;
  let dir: string;
  beforeEach(async () => {
    dir = tempDir();
    db = await openDatabase({ dbPath: join(dir, 'x.sqlite'), backupDir: dir, appVersion: 'x' });
  });
  afterEach(async () => db.dataSource.destroy());

  const withHandler = (over: Partial<Handlers>) =>
    createDispatch({ dataSource: db.dataSource, raw: db.raw, handlers: { ...handlers, ...over } as Handlers, appVersion: 'x', schemaVersion: 1, paths: dataPaths(dir, dir), logError: () => {} });

  it('rolls back a mutation that fails half-way, audit included', async () => {
    const dispatch = withHandler({
      'settings.update': async (input, ctx) => {
        await handlers['settings.update'](input, ctx);
        throw new Error('disk on fire');
      },
    });
    const r = await dispatch('settings.update', EXAMPLE_OFFICE, contextAs('admin'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INTERNAL');
      expect(r.error.message).not.toMatch(/disk on fire/);
    }
    expect(db.raw.prepare('SELECT count(*) AS n FROM office_settings').get()).toEqual({ n: 0 });
    expect(db.raw.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    expect(db.raw.prepare('SELECT count(*) AS n FROM agency_groups').get()).toEqual({ n: 0 });
  });

  it('refuses to commit a mutation that recorded no audit entry', async () => {
    const dispatch = withHandler({
      'settings.update': async (input, ctx) => {
        const now = ctx.now().toISOString();
        await ctx.manager.query(
          `INSERT INTO office_settings (id, office_code, is_local, office_name, province, city, head_name, head_position, paper_size, letter_number_pattern, created_at, updated_at)
           VALUES (?, 'SILENT', 1, 'x', 'x', 'x', 'x', 'x', 'A4', '{nomor}/{tahun}', ?, ?)`,
          [uuidv7(), now, now],
        );
        return null as never;
      },
    });
    const r = await dispatch('settings.update', EXAMPLE_OFFICE, contextAs('admin'));
    expect(r.ok).toBe(false);
    expect(db.raw.prepare('SELECT count(*) AS n FROM office_settings').get()).toEqual({ n: 0 });
  });

  it('serialises concurrent requests so each keeps its own transaction', async () => {
    const dispatch = withHandler({});
    const admin = contextAs('admin');
    await dispatch('settings.update', EXAMPLE_OFFICE, admin);
    const groups = (await dispatch('agencyGroups.list', undefined, admin)) as { ok: true; value: Array<{ id: string }> };
    const names = Array.from({ length: 40 }, (_, i) => `Kecamatan Nomor ${i}`);
    // Every fifth request collides with an earlier name and must fail alone.
    const results = await Promise.all(
      names.map((name, i) => dispatch('agencies.create', { name: i % 5 === 4 ? names[i - 1] : name, groupId: groups.value[0]!.id }, admin)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(32);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'DUPLICATE')).toBe(true);
    expect(await db.dataSource.manager.count(AgencyEntity)).toBe(32);
    const audited = db.raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'agency'`).get() as { n: number };
    expect(audited.n).toBe(32);
  });
});
