import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { backupDatabaseFile } from './backup';
import { ENTITIES } from './entities';
import { storageFault } from '../sqliteErrors';
import { DataFolderUnavailableError, DatabaseFromFutureError, ForeignDatabaseError, MigrationFailedError } from './errors';
import { inspectDatabaseFile, isSimpulFile } from './inspect';
import { MIGRATIONS } from './migrations';
import type { SimpulMigration } from './migrations/types';
import { applyPragmas, SIMPUL_APPLICATION_ID } from './pragmas';

export interface OpenDatabaseOptions {
  dbPath: string;
  /** Where the pre-migration copy goes. */
  backupDir: string;
  appVersion: string;
  /** Tests pass their own list; the app always uses MIGRATIONS. */
  migrations?: readonly SimpulMigration[];
  now?: () => Date;
}

export interface OpenDatabase {
  dataSource: DataSource;
  /** The same connection TypeORM uses, for hot paths and the online backup. */
  raw: BetterSqlite3.Database;
  schemaVersion: number;
  /** Versions applied during this start, and the copy made before them (null when none ran). */
  applied: number[];
  preMigrationBackup: string | null;
}

export function checkMigrationList(migrations: readonly SimpulMigration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order: ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

/**
 * Opens the database file, refusing foreign files and files from a newer Simpul, backs the
 * file up, then applies pending migrations in one transaction: all of them or none. A data
 * folder that is read-only, full, missing or failing is refused with a message for the clerk
 * (DataFolderUnavailableError) instead of a driver error.
 */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<OpenDatabase> {
  try {
    return await openAndMigrate(opts);
  } catch (error) {
    const fault = error instanceof DatabaseFromFutureError || error instanceof ForeignDatabaseError ? null : storageFault(error);
    if (!fault) throw error;
    // SQLite says only "cannot open" for a file on a read-only drive; the folder says why.
    const dir = dirname(opts.dbPath);
    throw new DataFolderUnavailableError(fault === 'unavailable' && onReadOnlyDrive(dir) ? 'readOnly' : fault, dir, error);
  }
}

function onReadOnlyDrive(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return false;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EROFS';
  }
}

/**
 * SQLite opens a file it may not write read-only without a word, and reports it only at the
 * first write. A header write that is rolled back asks now, so a read-only folder is refused
 * at start-up rather than at the clerk's first save.
 */
async function assertWritable(raw: BetterSqlite3.Database, dataSource: DataSource): Promise<void> {
  try {
    const version = Number(raw.pragma('user_version', { simple: true }));
    raw.exec(`BEGIN IMMEDIATE; PRAGMA user_version = ${version}; ROLLBACK;`);
  } catch (error) {
    if (raw.inTransaction) raw.exec('ROLLBACK');
    await dataSource.destroy();
    throw error;
  }
}

async function openAndMigrate(opts: OpenDatabaseOptions): Promise<OpenDatabase> {
  const migrations = opts.migrations ?? MIGRATIONS;
  const now = opts.now ?? (() => new Date());
  checkMigrationList(migrations);
  const latest = migrations.length;

  const state = inspectDatabaseFile(opts.dbPath);
  if (!isSimpulFile(state)) throw new ForeignDatabaseError(opts.dbPath);
  if (state.schemaVersion > latest) throw new DatabaseFromFutureError(state.schemaVersion, latest);

  const pending = migrations.slice(state.schemaVersion);
  let preMigrationBackup: string | null = null;
  // A brand-new file holds nothing to lose; any existing data is copied before it is touched.
  if (pending.length > 0 && state.exists && state.tableCount > 0) {
    preMigrationBackup = await backupDatabaseFile(opts.dbPath, opts.backupDir, `pre-migration-v${state.schemaVersion}`, now());
  }

  mkdirSync(dirname(opts.dbPath), { recursive: true });
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: opts.dbPath,
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    prepareDatabase: (db: BetterSqlite3.Database) => applyPragmas(db),
  });
  await dataSource.initialize();
  const raw = (dataSource.driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
  await assertWritable(raw, dataSource);

  if (pending.length > 0) {
    const runner = dataSource.createQueryRunner();
    let current = state.schemaVersion;
    try {
      await runner.startTransaction();
      for (const m of pending) {
        current = m.version;
        await m.up(runner);
        await runner.query(`INSERT INTO schema_migrations (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)`, [
          m.version,
          m.name,
          now().toISOString(),
          opts.appVersion,
        ]);
      }
      // Header values are part of the transaction: they roll back with everything else.
      await runner.query(`PRAGMA user_version = ${latest}`);
      await runner.query(`PRAGMA application_id = ${SIMPUL_APPLICATION_ID}`);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
      await dataSource.destroy();
      throw new MigrationFailedError(current, preMigrationBackup, error);
    }
    await runner.release();
  }

  return {
    dataSource,
    raw,
    schemaVersion: latest,
    applied: pending.map((m) => m.version),
    preMigrationBackup,
  };
}
