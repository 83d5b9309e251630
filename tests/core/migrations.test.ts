import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { QueryRunner } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseFromFutureError, ForeignDatabaseError, MigrationFailedError } from '../../electron/core';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import type { SimpulMigration } from '../../electron/core/db/migrations/types';
import { checkMigrationList, openDatabase } from '../../electron/core/db/open';
import { databaseChecksum, openTempCore, tempDir, type TempCore } from '../helpers/tempCore';

const opened: TempCore[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.cleanup();
});

async function fresh(): Promise<TempCore> {
  const t = await openTempCore();
  opened.push(t);
  return t;
}

const addNotes: SimpulMigration = {
  version: MIGRATIONS.length + 1,
  name: 'test-add-table',
  async up(q: QueryRunner) {
    await q.query('CREATE TABLE test_notes (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
  },
};

describe('migrations', () => {
  it('creates the schema on a fresh file with the documented pragmas', async () => {
    const t = await fresh();
    expect(t.core.schemaVersion).toBe(MIGRATIONS.length);
    expect(t.core.preMigrationBackup).toBeNull();
    const db = new Database(t.dbPath, { readonly: true });
    const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type='table'`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['office_settings', 'agency_groups', 'agencies', 'audit_log', 'schema_migrations']));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('application_id', { simple: true })).toBe(0x53494d50);
    db.close();
  });

  it('is a no-op on the second start', async () => {
    const t = await fresh();
    await t.must('system.loadDemo');
    const before = databaseChecksum(t.dbPath);
    await t.core.close();
    const again = await openDatabase({ dbPath: t.dbPath, backupDir: join(t.dir, 'backups'), appVersion: 'x' });
    expect(again.applied).toEqual([]);
    expect(again.preMigrationBackup).toBeNull();
    expect(again.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(again.raw.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await again.dataSource.destroy();
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const t = await fresh();
    await t.core.close();
    const db = new Database(t.dbPath);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    const before = databaseChecksum(t.dbPath);
    const attempt = openDatabase({ dbPath: t.dbPath, backupDir: join(t.dir, 'backups'), appVersion: 'x' });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseFromFutureError);
    await expect(attempt).rejects.toThrow(/versi Simpul yang lebih baru/);
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('backs the file up before applying a new migration, with the old data in the copy', async () => {
    const t = await fresh();
    await t.must('system.loadDemo');
    await t.core.close();
    const upgraded = await openDatabase({
      dbPath: t.dbPath,
      backupDir: join(t.dir, 'backups'),
      appVersion: 'x',
      migrations: [...MIGRATIONS, addNotes],
    });
    expect(upgraded.applied).toEqual([addNotes.version]);
    expect(upgraded.preMigrationBackup).not.toBeNull();
    expect(existsSync(upgraded.preMigrationBackup!)).toBe(true);
    await upgraded.dataSource.destroy();
    const copy = new Database(upgraded.preMigrationBackup!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect((copy.prepare('SELECT count(*) AS n FROM agencies').get() as { n: number }).n).toBeGreaterThan(30);
    copy.close();
    // The upgraded file is now from the future for this build.
    await expect(openDatabase({ dbPath: t.dbPath, backupDir: t.dir, appVersion: 'x' })).rejects.toBeInstanceOf(DatabaseFromFutureError);
  });

  it('rolls every step back when one fails', async () => {
    const t = await fresh();
    await t.must('system.loadDemo');
    await t.core.close();
    const before = databaseChecksum(t.dbPath);
    const broken: SimpulMigration = {
      version: MIGRATIONS.length + 2,
      name: 'test-broken',
      async up(q) {
        await q.query('INSERT INTO test_notes (id, body) VALUES (?, ?)', ['a', 'b']);
        await q.query('THIS IS NOT SQL');
      },
    };
    await expect(
      openDatabase({ dbPath: t.dbPath, backupDir: join(t.dir, 'backups'), appVersion: 'x', migrations: [...MIGRATIONS, addNotes, broken] }),
    ).rejects.toBeInstanceOf(MigrationFailedError);
    expect(databaseChecksum(t.dbPath)).toBe(before);
    expect(readdirSync(join(t.dir, 'backups')).some((f) => f.includes('pre-migration'))).toBe(true);
  });

  it('refuses a file that is not a Simpul database', async () => {
    const dir = tempDir();
    const file = join(dir, 'foreign.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY)');
    db.close();
    await expect(openDatabase({ dbPath: file, backupDir: dir, appVersion: 'x' })).rejects.toBeInstanceOf(ForeignDatabaseError);
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is a text file, not SQLite at all, long enough to have a header');
    await expect(openDatabase({ dbPath: junk, backupDir: dir, appVersion: 'x' })).rejects.toThrow();
    copyFileSync(file, join(dir, 'copy.sqlite'));
  });

  it('insists the list is ordered 1..n', () => {
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
    expect(() => checkMigrationList([...MIGRATIONS, { ...addNotes, version: MIGRATIONS.length + 3 }])).toThrow(/out of order/);
  });
});
