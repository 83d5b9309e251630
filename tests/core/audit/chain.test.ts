import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_GENESIS_HASH } from '../../../electron/core/audit/chain';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { CHANNELS, contract } from '../../../shared/contract';
import type { AuditVerifyDto } from '../../../shared/dto';
import { EXAMPLE_OFFICE, openTempCore, tempDir, type TempCore } from '../../helpers/tempCore';

let t: TempCore;
beforeEach(async () => {
  t = await openTempCore();
  await t.must('settings.update', EXAMPLE_OFFICE);
  const groups = await t.must('agencyGroups.list');
  for (const name of ['Dinas Satu', 'Dinas Dua', 'Dinas Tiga']) await t.must('agencies.create', { name, groupId: groups[0]!.id });
});
afterEach(async () => t.cleanup());

/** Raw SQL on the file with the append-only triggers dropped: what an attacker with the file could do. */
function tamper(sql: string, ...params: unknown[]): void {
  const db = new Database(t.dbPath);
  db.exec(`DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; DROP TRIGGER IF EXISTS audit_log_extends_chain;`);
  db.prepare(sql).run(...params);
  db.close();
}

function swap(a: number, b: number): void {
  tamper(`UPDATE audit_log SET seq = 1000000 WHERE seq = ?`, a);
  tamper(`UPDATE audit_log SET seq = ? WHERE seq = ?`, a, b);
  tamper(`UPDATE audit_log SET seq = ? WHERE seq = 1000000`, b);
}

const row = (seq: number) => {
  const db = new Database(t.dbPath, { readonly: true });
  const r = db.prepare(`SELECT * FROM audit_log WHERE seq = ?`).get(seq) as Record<string, string>;
  db.close();
  return r;
};

describe('audit hash chain', () => {
  it('chains every entry to the one before, from the genesis hash, and verifies', async () => {
    const v = await t.must('audit.verify');
    expect(v).toMatchObject({ ok: true, broken: null });
    expect(v.entries).toBeGreaterThanOrEqual(5);
    expect(v.head?.seq).toBe(v.entries);
    expect(row(1).prev_hash).toBe(AUDIT_GENESIS_HASH);
    expect(row(2).prev_hash).toBe(row(1).hash);
    expect(v.head?.hash).toBe(row(v.entries).hash);
  });

  it('chains a large batch written in one request (the demo set) and savepoint rollbacks', async () => {
    const demo = await openTempCore();
    try {
      await demo.must('system.loadDemo');
      const v = await demo.must('audit.verify');
      expect(v.ok).toBe(true);
      expect(v.entries).toBeGreaterThan(200);
    } finally {
      await demo.cleanup();
    }
  });

  it.each([
    ['a changed value', () => tamper(`UPDATE audit_log SET after_json = '{"name":"Dinas Palsu"}' WHERE seq = 4`), 4, 'contentChanged'],
    ['a changed actor', () => tamper(`UPDATE audit_log SET actor_name = 'Orang Lain' WHERE seq = 3`), 3, 'contentChanged'],
    ['a removed entry', () => tamper(`DELETE FROM audit_log WHERE seq = 3`), 3, 'entryMissing'],
    ['a relinked entry', () => tamper(`UPDATE audit_log SET prev_hash = ? WHERE seq = 4`, AUDIT_GENESIS_HASH), 4, 'linkBroken'],
    ['swapped positions', () => swap(2, 3), 2, 'linkBroken'],
  ])('finds %s and reports the first broken entry', async (_name, act, position, reason) => {
    act();
    const v = await t.must('audit.verify');
    expect(v.ok).toBe(false);
    // The entry now standing at that position is the one named.
    expect(v.broken).toEqual({ id: row(position)?.id ?? row(position + 1).id, position, reason });
  });

  it('finds an entry forged at the end with a made-up hash', async () => {
    const last = (await t.must('audit.verify')).head!;
    tamper(
      `INSERT INTO audit_log (id, seq, office_code, at, actor_id, actor_name, transport, channel, action, entity, entity_id, before_json, after_json, prev_hash, hash)
       VALUES ('palsu', ?, 'BABEL', '2025-01-01T00:00:00.000Z', 'x', 'X', 'test', 'agencies.create', 'create', 'agency', 'y', NULL, NULL, ?, ?)`,
      last.seq + 1,
      last.hash,
      'f'.repeat(64),
    );
    const v: AuditVerifyDto = await t.must('audit.verify');
    expect(v.broken).toEqual({ id: 'palsu', position: last.seq + 1, reason: 'contentChanged' });
  });

  it('refuses, in the database itself, an entry that does not extend the chain, and any update or delete', () => {
    const db = new Database(t.dbPath);
    const insert = (seq: number, prev: string) =>
      db
        .prepare(
          `INSERT INTO audit_log (id, seq, office_code, at, actor_id, actor_name, transport, channel, action, entity, entity_id, prev_hash, hash)
           VALUES (?, ?, 'BABEL', 'x', 'x', 'x', 'test', 'c', 'a', 'e', 'i', ?, ?)`,
        )
        .run(`f-${seq}`, seq, prev, 'e'.repeat(64));
    const head = db.prepare(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).get() as { seq: number; hash: string };
    expect(() => insert(head.seq + 2, head.hash)).toThrow(/extend the hash chain/);
    expect(() => insert(head.seq + 1, AUDIT_GENESIS_HASH)).toThrow(/extend the hash chain/);
    expect(() => db.prepare(`UPDATE audit_log SET action = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log WHERE seq = 1`).run()).toThrow(/append-only/);
    db.close();
  });

  it('has no channel that changes the audit trail', () => {
    const auditChannels = CHANNELS.filter((c) => c.startsWith('audit.'));
    expect(auditChannels.sort()).toEqual(['audit.facets', 'audit.list', 'audit.verify']);
    for (const c of auditChannels) expect(contract[c].kind).toBe('query');
  });

  it('chains the entries of a database from before the chain, in the order they were written', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'simpul.sqlite');
    const old = await openDatabase({ dbPath, backupDir: join(dir, 'backups'), appVersion: 'x', migrations: MIGRATIONS.slice(0, 4) });
    const insert = old.raw.prepare(`INSERT INTO audit_log (id, office_code, at, actor_id, actor_name, transport, channel, action, entity, entity_id, before_json, after_json) VALUES (?, 'BABEL', ?, 'local-operator', 'Operator lokal', 'ipc', 'agencies.create', 'create', 'agency', ?, NULL, ?)`);
    // Ids deliberately out of order: the chain follows insertion order, not the id.
    for (const [id, n] of [['c', 1], ['a', 2], ['b', 3]] as const) insert.run(id, `2025-01-0${n}T00:00:00.000Z`, `ag-${n}`, JSON.stringify({ name: `Dinas ${n}` }));
    await old.dataSource.destroy();

    const upgraded = await openTempCore({ dbPath });
    try {
      const v = await upgraded.must('audit.verify');
      expect(v).toMatchObject({ ok: true, entries: 3 });
      const db = new Database(dbPath, { readonly: true });
      expect(db.prepare(`SELECT id, seq FROM audit_log ORDER BY seq`).all()).toEqual([{ id: 'c', seq: 1 }, { id: 'a', seq: 2 }, { id: 'b', seq: 3 }]);
      db.close();
      await upgraded.must('settings.update', EXAMPLE_OFFICE);
      const after = await upgraded.must('audit.verify');
      expect(after.ok).toBe(true);
      expect(after.entries).toBeGreaterThan(3);
    } finally {
      await upgraded.cleanup();
    }
  });
});

describe('audit list', () => {
  it('filters by user, record, channel, action and local dates, newest first, in pages', async () => {
    const all = await t.must('audit.list', {});
    expect(all.items.map((e) => e.seq)).toEqual([...all.items.map((e) => e.seq)].sort((a, b) => b - a));
    const agency = all.items.find((e) => e.entity === 'agency')!;
    const byRecord = await t.must('audit.list', { entity: 'agency', entityId: agency.entityId });
    expect(byRecord.items.map((e) => e.id)).toEqual([agency.id]);
    expect(byRecord.items[0]!.after).toMatchObject({ name: expect.stringMatching(/^Dinas/) });
    expect((await t.must('audit.list', { channel: 'agencies.create' })).total).toBe(3);
    expect((await t.must('audit.list', { action: 'create', entity: 'office_settings' })).total).toBe(1);
    expect((await t.must('audit.list', { actorId: 'local-operator' })).total).toBe(all.total);
    expect((await t.must('audit.list', { actorId: 'orang-lain' })).total).toBe(0);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect((await t.must('audit.list', { from: iso, to: iso })).total).toBe(all.total);
    expect((await t.must('audit.list', { to: '2000-01-01' })).total).toBe(0);
    const page2 = await t.must('audit.list', { page: 2, pageSize: 2 });
    expect(page2.items.map((e) => e.seq)).toEqual(all.items.slice(2, 4).map((e) => e.seq));
    const backwards = await t.call('audit.list', { from: '2025-02-01', to: '2025-01-01' });
    expect(backwards).toMatchObject({ ok: false, error: { fields: { to: { code: 'dateRange' } } } });
    const facets = await t.must('audit.facets');
    expect(facets.entities).toEqual(expect.arrayContaining(['agency', 'office_settings']));
    expect(facets.actors).toEqual([{ id: 'local-operator', name: 'Operator lokal' }]);
  });
});
