import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupName } from '../../electron/core/db/backup';
import { backupsToRemove } from '../../electron/core/backups/rotation';
import { backupDue } from '../../electron/core/backups/run';
import { writeBackupSettings } from '../../electron/core/backups/settings';
import type { HostEffects } from '../../electron/core/host';
import { demoOffice } from '../helpers/archives';
import { b64, sample } from '../helpers/sampleFiles';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, tempDir, type TempCore } from '../helpers/tempCore';

const open: TempCore[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.cleanup();
});
async function demo(opts = {}): Promise<TempCore> {
  const t = await openTempCore(demoOffice(opts));
  open.push(t);
  await t.must('system.loadDemo', {});
  return t;
}
const count = (dbPath: string, sql: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const withFolder = (t: TempCore, folder: string): TempCore['ctx'] => ({ ...t.ctx, host: { chooseFolder: async () => folder } as unknown as HostEffects });

describe('backups', () => {
  it('backs up on demand into the app folder and the chosen folder (with attached files), each copy whole', async () => {
    const t = await demo();
    const usb = tempDir('simpul-usb-');
    const [mou] = (await t.must('mous.list', {})).items;
    await t.must('attachments.add', { entity: 'mou', entityId: mou!.id, fileName: 'mou.pdf', base64: b64(sample.pdf('cadangan')) });
    const chosen = await t.call('backup.chooseFolder', { clear: false }, withFolder(t, usb));
    expect(chosen.ok && chosen.value.user.path).toBe(usb);
    const result = await t.must('backup.run', {});
    expect(result.failed).toEqual([]);
    expect(result.written.map((w) => w.folder).sort()).toEqual(['app', 'user']);
    for (const w of result.written) {
      const copy = new Database(join(w.folder === 'app' ? t.core.paths.backupsDir : usb, w.fileName), { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
    }
    const [link] = await t.must('attachments.list', { entity: 'mou', entityId: mou!.id });
    expect(existsSync(join(usb, 'simpul-lampiran', link!.sha256.slice(0, 2), `${link!.sha256}.pdf`))).toBe(true);
    // No temporary file is left looking like a backup.
    expect(readdirSync(usb).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const status = await t.must('backup.status', {});
    expect(status.app.overdue).toBe(false);
    expect(status.user.newest).not.toBeNull();
  });

  it('reports a chosen folder that is gone (USB drive unplugged) and still backs up into the app folder', async () => {
    const t = await demo();
    // The folder cannot be created under a file (as on a drive that is not there).
    const blocker = tempDir();
    writeFileSync(join(blocker, 'file'), 'x');
    await writeBackupSettings(t.core.paths.dataDir, { folder: join(blocker, 'file', 'backups'), keepDaily: 7, keepMonthly: 12 });
    const result = await t.must('backup.run', {});
    expect(result.written.map((w) => w.folder)).toEqual(['app']);
    expect(result.failed[0]?.message).toMatch(/tidak dapat ditulis/);
  });

  it('rotates: the newest of each of the last N days and M months', () => {
    const at = (iso: string) => ({ fileName: `simpul-backup-${iso.replace(/[:.]/g, '-')}.sqlite`, createdAt: iso });
    const files = [
      at('2025-11-20T09:00:00.000Z'),
      at('2025-11-20T15:00:00.000Z'),
      at('2025-11-19T09:00:00.000Z'),
      at('2025-11-18T09:00:00.000Z'),
      at('2025-10-31T09:00:00.000Z'),
      at('2025-10-15T09:00:00.000Z'),
      at('2025-09-01T09:00:00.000Z'),
      at('2025-08-01T09:00:00.000Z'),
    ];
    const removed = backupsToRemove(files, 2, 3);
    // Kept: 20 Nov 15:00, 19 Nov (days); Nov, Oct 31, Sep 1 (months).
    expect(removed.sort()).toEqual([files[0], files[3], files[5], files[7]].map((f) => f!.fileName).sort());
    expect(parseBackupName(files[0]!.fileName)).toEqual({ label: 'backup', createdAt: files[0]!.createdAt });
  });

  it('is due when the newest backup is older than a day', async () => {
    const t = await demo();
    expect(await backupDue(t.core.paths, new Date())).toBe(true);
    await t.must('backup.run', {});
    expect(await backupDue(t.core.paths, new Date())).toBe(false);
    expect(await backupDue(t.core.paths, new Date(Date.now() + 25 * 3600_000))).toBe(true);
  });

  it('restores a backup: the current database is kept aside, the data layer reopens, requests go on', async () => {
    const t = await demo();
    const [backup] = (await t.must('backup.run', {})).written;
    const agencies = (await t.must('agencies.list', { pageSize: 1 })).total;
    const groups = await t.must('agencyGroups.list');
    await t.must('agencies.create', { name: 'Instansi Sesudah Cadangan', groupId: groups[0]!.id });
    expect((await t.must('agencies.list', { pageSize: 1 })).total).toBe(agencies + 1);

    const result = await t.must('backup.restore', { source: 'list', folder: 'app', fileName: backup!.fileName });
    expect(result.restored).toBe(true);
    expect(result.safetyBackup).toMatch(/^simpul-pre-restore-/);
    // The same dispatch now serves the restored database.
    expect((await t.must('agencies.list', { pageSize: 1 })).total).toBe(agencies);
    expect(count(t.dbPath, `SELECT count(*) AS n FROM audit_log WHERE action = 'restore'`)).toBe(1);
    // The database as it was before the restore is kept, with the agency made after the backup.
    const safety = join(t.core.paths.backupsDir, result.safetyBackup!);
    expect(count(safety, `SELECT count(*) AS n FROM agencies WHERE name = 'Instansi Sesudah Cadangan'`)).toBe(1);
    await t.reopen();
    expect((await t.must('agencies.list', { pageSize: 1 })).total).toBe(agencies);
  });

  it('refuses corrupt, foreign, newer and other offices\' files with a clear message, changing nothing', async () => {
    const t = await demo();
    const dir = tempDir();
    const stage = (name: string, bytes?: Buffer, from?: string) => {
      const path = join(dir, name);
      if (from) copyFileSync(from, path);
      else writeFileSync(path, bytes!);
      return t.core.stageFile('backup', path);
    };
    const [backup] = (await t.must('backup.run', {})).written;
    const good = join(t.core.paths.backupsDir, backup!.fileName);

    const truncated = readFileSync(good).subarray(0, 8192);
    const foreign = join(dir, 'foreign.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES (1)');
    f.close();
    const newer = join(dir, 'newer.sqlite');
    copyFileSync(good, newer);
    const n = new Database(newer);
    n.pragma('user_version = 99');
    n.close();
    const other = await demo({ seed: 5, officeCode: 'SUMSEL' });
    const [otherBackup] = (await other.must('backup.run', {})).written;

    const cases: Array<[Promise<string>, string]> = [
      [stage('text.sqlite', Buffer.from('bukan database')), 'backupNotSimpul'],
      [stage('truncated.sqlite', truncated), 'backupCorrupt|backupNotSimpul'],
      [stage('foreign.sqlite', undefined, foreign), 'backupNotSimpul'],
      [stage('newer.sqlite', undefined, newer), 'backupNewer'],
      [stage('other.sqlite', undefined, join(other.core.paths.backupsDir, otherBackup!.fileName)), 'backupOtherOffice'],
    ];
    for (const [token, key] of cases) {
      const before = databaseChecksum(t.dbPath);
      const r = await t.call('backup.restore', { source: 'staged', token: await token });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.key, r.error.message).toMatch(new RegExp(`^(${key})$`));
      expect(databaseChecksum(t.dbPath)).toBe(before);
    }
    const missing = await t.call('backup.restore', { source: 'list', folder: 'app', fileName: 'simpul-backup-2020-01-01T00-00-00-000Z.sqlite' });
    expect(!missing.ok && missing.error.key).toBe('backupNotFound');
  });

  it('lets a fresh installation take another computer\'s backup (a dead disk), files from the backup folder included', async () => {
    const old = await demo();
    const usb = tempDir('simpul-usb-');
    const [mou] = (await old.must('mous.list', {})).items;
    await old.must('attachments.add', { entity: 'mou', entityId: mou!.id, fileName: 'mou.pdf', base64: b64(sample.pdf('usb')) });
    await old.call('backup.chooseFolder', { clear: false }, withFolder(old, usb));
    const written = (await old.must('backup.run', {})).written.find((w) => w.folder === 'user')!;

    const fresh = await openTempCore();
    open.push(fresh);
    await fresh.must('settings.update', { ...EXAMPLE_OFFICE, officeCode: 'BABEL' });
    await writeBackupSettings(fresh.core.paths.dataDir, { folder: usb, keepDaily: 7, keepMonthly: 12 });
    const result = await fresh.must('backup.restore', { source: 'list', folder: 'user', fileName: written.fileName });
    expect(result.restored).toBe(true);
    expect(count(fresh.dbPath, 'SELECT count(*) AS n FROM agencies')).toBe(count(old.dbPath, 'SELECT count(*) AS n FROM agencies'));
    const [link] = await fresh.must('attachments.list', { entity: 'mou', entityId: mou!.id });
    expect(link).toBeDefined();
    expect(existsSync(join(fresh.core.paths.attachmentsDir, link!.sha256.slice(0, 2), `${link!.sha256}.pdf`))).toBe(true);
  });
});
