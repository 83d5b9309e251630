import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostEffects, RequestContext, UpdateHost } from '../../electron/core';
import { backupDatabaseFile } from '../../electron/core/db/backup';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { contract } from '../../shared/contract';
import type { UpdateStatusDto } from '../../shared/dto';
import { contextAs, databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../helpers/tempCore';

let t: TempCore;
beforeEach(async () => {
  t = await openTempCore();
});
afterEach(async () => t.cleanup());

const DOWNLOADED: UpdateStatusDto = {
  state: 'downloaded',
  currentVersion: '0.1.0',
  availableVersion: '0.2.0',
  percent: 100,
  problem: null,
  lastCheckedAt: '2025-11-22T01:00:00.000Z',
  nextCheckAt: null,
};

/** The desktop shell as the core sees it, recording what it was asked. */
function fakeHost(status: UpdateStatusDto = DOWNLOADED) {
  const calls: string[] = [];
  const updates: UpdateHost = {
    status: () => status,
    checkNow: () => (calls.push('checkNow'), { ...status, state: 'checking' }),
    installNow: async () => (calls.push('installNow'), true),
    settingsChanged: () => void calls.push('settingsChanged'),
  };
  const host: HostEffects = {
    deliverFile: async () => {
      throw new Error('not used');
    },
    openFolder: async (path) => void calls.push(`openFolder ${path}`),
    updates,
  };
  const ctx: RequestContext = { ...t.ctx, host };
  return { ctx, calls };
}

const auditRows = (entity: string) => {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    return db.prepare(`SELECT action, entity_id AS entityId, before_json AS beforeJson, after_json AS afterJson FROM audit_log WHERE entity = ? ORDER BY rowid`).all(entity);
  } finally {
    db.close();
  }
};

describe('update settings in the office profile (migration 0009)', () => {
  it('starts with updates on and no feed, and keeps both when a form leaves them out', async () => {
    const created = await t.must('settings.update', EXAMPLE_OFFICE);
    expect(created).toMatchObject({ updatesEnabled: true, updateFeedUrl: '' });
    const saved = await t.must('settings.update', { ...EXAMPLE_OFFICE, updatesEnabled: false, updateFeedUrl: '  http://server-pusat/simpul/  ' });
    expect(saved).toMatchObject({ updatesEnabled: false, updateFeedUrl: 'http://server-pusat/simpul/' });
    const again = await t.must('settings.update', { ...EXAMPLE_OFFICE, city: 'Sungailiat' });
    expect(again).toMatchObject({ updatesEnabled: false, updateFeedUrl: 'http://server-pusat/simpul/', city: 'Sungailiat' });
    await t.reopen();
    expect(await t.must('settings.get')).toMatchObject({ updatesEnabled: false, updateFeedUrl: 'http://server-pusat/simpul/' });
  });

  it('audits the change of switch and feed', async () => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    await t.must('settings.update', { ...EXAMPLE_OFFICE, updateFeedUrl: 'https://pembaruan.ombudsman.go.id/simpul/' });
    const last = auditRows('office_settings').at(-1) as { beforeJson: string; afterJson: string };
    expect(JSON.parse(last.beforeJson)).toMatchObject({ updateFeedUrl: '' });
    expect(JSON.parse(last.afterJson)).toMatchObject({ updateFeedUrl: 'https://pembaruan.ombudsman.go.id/simpul/', updatesEnabled: true });
  });

  it('tells the desktop updater after the commit, so a switch applies at once', async () => {
    const { ctx, calls } = fakeHost();
    const r = await t.call('settings.update', { ...EXAMPLE_OFFICE, updatesEnabled: false }, ctx);
    expect(r.ok).toBe(true);
    expect(calls).toEqual(['settingsChanged']);
  });

  it.each([
    ['ftp://server-pusat/simpul/', 'updateFeedUrl'],
    ['javascript:alert(1)', 'updateFeedUrl'],
    ['pembaruan.ombudsman.go.id/simpul', 'updateFeedUrl'],
    ['https://admin:rahasia@server/simpul/', 'updateFeedUrl'],
    ['https://server/simpul/#x', 'updateFeedUrl'],
    ['https://server/\nsimpul', 'singleLine'],
    [`https://server/${'a'.repeat(500)}`, 'tooLong'],
  ])('refuses the feed address %j and changes nothing', async (updateFeedUrl, code) => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('settings.update', { ...EXAMPLE_OFFICE, updateFeedUrl });
    expect(r.ok === false && r.error.fields?.updateFeedUrl?.code).toBe(code);
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('refuses a non-boolean switch', async () => {
    const r = await t.call('settings.update', { ...EXAMPLE_OFFICE, updatesEnabled: 'ya' } as never);
    expect(r.ok === false && r.error.fields?.updatesEnabled?.code).toBe('invalidType');
  });

  it('lets only an admin change them (settings.write)', async () => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('settings.update', { ...EXAMPLE_OFFICE, updatesEnabled: false }, contextAs('staff'));
    expect(r.ok === false && r.error.code).toBe('FORBIDDEN');
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('upgrades an existing office (schema 8) with updates on and no feed, after a backup', async () => {
    const dir = join(t.dir, 'upgrade');
    mkdirSync(dir);
    const old = await openTempCore({ dbPath: join(dir, 'simpul.sqlite'), migrations: MIGRATIONS.slice(0, 8) });
    const db = new Database(old.dbPath);
    db.prepare(
      `INSERT INTO office_settings (id, office_code, is_local, office_name, province, city, head_name, head_position, paper_size, letter_number_pattern, created_at, updated_at)
       VALUES ('o1', 'BABEL', 1, 'Kantor', 'Babel', 'Pangkalpinang', 'Kepala', 'Kepala Perwakilan', 'A4', '{nomor}/{tahun}', 't', 't')`,
    ).run();
    db.close();
    await old.core.close();
    const upgraded = await openTempCore({ dbPath: old.dbPath });
    try {
      expect(upgraded.core.preMigrationBackup).toMatch(/simpul-pre-migration-v8-/);
      expect(await upgraded.must('settings.get')).toMatchObject({ officeCode: 'BABEL', updatesEnabled: true, updateFeedUrl: '' });
    } finally {
      await upgraded.core.close();
    }
  });

  it('is guarded by the database too', () => {
    const db = new Database(t.dbPath);
    try {
      db.prepare(
        `INSERT INTO office_settings (id, office_code, is_local, office_name, province, city, head_name, head_position, paper_size, letter_number_pattern, created_at, updated_at)
         VALUES ('x', 'X1', 0, 'n', 'p', 'c', 'h', 'j', 'A4', '{nomor}/{tahun}', 't', 't')`,
      ).run();
      expect(db.prepare(`SELECT updates_enabled, update_feed_url FROM office_settings WHERE id = 'x'`).get()).toEqual({ updates_enabled: 1, update_feed_url: '' });
      expect(() => db.prepare(`UPDATE office_settings SET update_feed_url = 'ftp://x' WHERE id = 'x'`).run()).toThrow(/CHECK/);
      expect(() => db.prepare(`UPDATE office_settings SET updates_enabled = 2 WHERE id = 'x'`).run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});

describe('update channels', () => {
  it('answers "unavailable" where no desktop updater runs (browser preview, tests)', async () => {
    const status = await t.must('updates.status');
    expect(status).toMatchObject({ state: 'unavailable', currentVersion: '0.1.0-test' });
    expect(await t.must('updates.check')).toMatchObject({ state: 'unavailable' });
    const r = await t.call('updates.install', {});
    expect(r.ok === false && r.error.key).toBe('updatesUnavailable');
  });

  it('lets the status line poll without counting as activity (public: an idle session still locks)', () => {
    expect(contract['updates.status'].permission).toBe('public');
    expect(contract['updates.check'].permission).toBe('app.read');
    expect(contract['updates.install'].permission).toBe('app.read');
  });

  it("relays the desktop updater's status and a check request", async () => {
    const { ctx, calls } = fakeHost();
    expect(await t.call('updates.status', undefined, ctx)).toEqual({ ok: true, value: DOWNLOADED });
    const checked = await t.call('updates.check', undefined, ctx);
    expect(checked.ok && checked.value.state).toBe('checking');
    expect(calls).toEqual(['checkNow']);
  });

  it('installs a downloaded update on request, audited, only after the commit', async () => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const { ctx, calls } = fakeHost();
    const r = await t.call('updates.install', {}, ctx);
    expect(r.ok).toBe(true);
    expect(calls).toEqual(['installNow']);
    expect(auditRows('app_update')).toEqual([
      { action: 'install', entityId: '0.2.0', beforeJson: JSON.stringify({ version: '0.1.0' }), afterJson: JSON.stringify({ version: '0.2.0' }) },
    ]);
  });

  it('refuses to install when nothing is downloaded, and changes nothing', async () => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const { ctx, calls } = fakeHost({ ...DOWNLOADED, state: 'downloading', percent: 40 });
    const before = databaseChecksum(t.dbPath);
    const r = await t.call('updates.install', {}, ctx);
    expect(r.ok === false && r.error.key).toBe('updateNotReady');
    expect(calls).toEqual([]);
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('refuses unknown input', async () => {
    const r = await t.call('updates.install', { now: true } as never);
    expect(r.ok === false && r.error.code).toBe('VALIDATION');
  });
});

describe('about', () => {
  it('tells version, database location, data folder size, backups, exports and update status', async () => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const about = await t.must('about.get');
    expect(about).toMatchObject({
      appVersion: '0.1.0-test',
      databasePath: t.dbPath,
      dataDir: t.dir,
      lastBackup: null,
      lastExport: null,
      canOpenDataFolder: false,
      update: { state: 'unavailable' },
    });
    expect(about.schemaVersion).toBeGreaterThanOrEqual(9);
    expect(about.dataSize.files).toBeGreaterThanOrEqual(1);
    expect(about.dataSize.bytes).toBeGreaterThan(4096);
  });

  it('counts everything under the data folder', async () => {
    const before = (await t.must('about.get')).dataSize;
    mkdirSync(join(t.dir, 'documents', '2025'), { recursive: true });
    writeFileSync(join(t.dir, 'documents', '2025', 'a.pdf'), Buffer.alloc(10_000));
    const after = (await t.must('about.get')).dataSize;
    expect(after.files).toBe(before.files + 1);
    expect(after.bytes - before.bytes).toBeGreaterThanOrEqual(10_000);
  });

  it('shows the newest database backup by the time in its name', async () => {
    const backups = join(t.dir, 'backups');
    await backupDatabaseFile(t.dbPath, backups, 'pre-migration-v8', new Date('2025-11-01T02:00:00.000Z'));
    const newest = await backupDatabaseFile(t.dbPath, backups, 'pre-update-v0.2.0', new Date('2025-11-20T03:04:05.678Z'));
    writeFileSync(join(backups, 'catatan.txt'), 'bukan cadangan');
    const about = await t.must('about.get');
    expect(about.lastBackup).toEqual({ at: '2025-11-20T03:04:05.678Z', fileName: newest.split(/[\\/]/).at(-1) });
  });

  it('shows the newest completed archive export (archives feature), not a failed one', async () => {
    await t.must('settings.update', EXAMPLE_OFFICE);
    const db = new Database(t.dbPath);
    const insert = db.prepare(
      `INSERT INTO archive_exports (id, office_code, kind, status, through, include_confidential, include_documents, file_name, sha256, actor_id, actor_name, completed_at, created_at, updated_at)
       VALUES (?, 'BABEL', 'full', ?, ?, 0, 0, ?, ?, 'u1', 'Admin', ?, ?, ?)`,
    );
    insert.run('e1', 'completed', '2025-11-10', 'BABEL-2025-11-10.simpul', 'a'.repeat(64), '2025-11-10T05:00:00.000Z', '2025-11-10T04:59:00.000Z', '2025-11-10T05:00:00.000Z');
    insert.run('e2', 'failed', null, null, null, null, '2025-11-12T04:59:00.000Z', '2025-11-12T05:00:00.000Z');
    db.close();
    expect((await t.must('about.get')).lastExport).toEqual({ at: '2025-11-10T05:00:00.000Z', fileName: 'BABEL-2025-11-10.simpul' });
  });

  it('opens the data folder through the desktop host, and only answers the path elsewhere', async () => {
    expect(await t.must('about.openDataFolder')).toEqual({ opened: false, path: t.dir });
    const { ctx, calls } = fakeHost();
    const about = await t.call('about.get', undefined, ctx);
    expect(about.ok && about.value.canOpenDataFolder).toBe(true);
    expect(about.ok && about.value.update.state).toBe('downloaded');
    expect(await t.call('about.openDataFolder', undefined, ctx)).toEqual({ ok: true, value: { opened: true, path: t.dir } });
    expect(calls).toEqual([`openFolder ${t.dir}`]);
  });

  it('is readable by every role', async () => {
    for (const role of ['admin', 'staff', 'viewer'] as const) {
      const r = await t.call('about.get', undefined, contextAs(role));
      expect(r.ok).toBe(true);
    }
  });
});
