import { randomBytes } from 'node:crypto';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { RestoreResultDto } from '../../../shared/dto';
import { msg } from '../../../shared/messages';
import { refuse } from '../archive/refusal';
import { AuditTrail } from '../audit/trail';
import { backupDatabaseFile } from '../db/backup';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { SIMPUL_APPLICATION_ID } from '../db/pragmas';
import { syncDirectory } from '../documents/atomicWrite';
import type { CoreRuntime } from '../runtime';
import type { ServiceContext } from '../service';
import { findLocalOffice } from '../settings/service';
import { restoreMirroredFiles } from './files';

/** What a backup file is, checked without changing it. */
export interface BackupFacts {
  schemaVersion: number;
  officeCode: string | null;
}

/** Refuses a file that is not a whole Simpul database this version can open. */
export function inspectBackup(path: string, currentOffice: string | null): BackupFacts {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    throw refuse('backupNotSimpul');
  }
  try {
    let applicationId: number;
    try {
      applicationId = db.pragma('application_id', { simple: true }) as number;
    } catch {
      throw refuse('backupNotSimpul');
    }
    if (applicationId !== SIMPUL_APPLICATION_ID) throw refuse('backupNotSimpul');
    let check: unknown;
    try {
      check = db.pragma('integrity_check', { simple: true });
    } catch (error) {
      check = error instanceof Error ? error.message : String(error);
    }
    if (check !== 'ok') throw refuse('backupCorrupt', { detail: String(check).slice(0, 200) });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) throw refuse('backupNewer', { found: schemaVersion, supported: LATEST_SCHEMA_VERSION });
    const office = db.prepare(`SELECT office_code FROM office_settings WHERE is_local = 1`).get() as { office_code: string } | undefined;
    const officeCode = office?.office_code ?? null;
    // A fresh installation (no profile yet) may take any office's backup: that is how a
    // dead computer is replaced.
    if (currentOffice !== null && officeCode !== null && officeCode !== currentOffice) throw refuse('backupOtherOffice', { other: officeCode, office: currentOffice });
    return { schemaVersion, officeCode };
  } finally {
    db.close();
  }
}

async function removeSidecars(dbPath: string): Promise<void> {
  // A WAL left beside the file would be replayed into the restored database.
  await rm(`${dbPath}-wal`, { force: true });
  await rm(`${dbPath}-shm`, { force: true });
}

/** Copies a file next to the database under a temporary name, flushed to disk. */
async function stageCopy(from: string, dbPath: string): Promise<string> {
  const temp = join(dirname(dbPath), `.restore-${randomBytes(6).toString('hex')}.sqlite.tmp`);
  await copyFile(from, temp);
  const handle = await open(temp, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/**
 * Restores a backup. Checked before anything changes (not a Simpul database, damaged, from
 * a newer version, another office's: refused with a message, nothing touched); copied beside
 * the database and checked again (a USB drive may fail mid-copy). After the request commits,
 * in the same turn of the queue: the current database is backed up, the data layer closed,
 * the file swapped in, the data layer reopened (migrating an older backup), and an audit
 * entry written into the restored database. If any step fails the previous file comes back.
 */
export async function restoreFrom(source: { path: string; label: string; folder: string | null }, ctx: ServiceContext, runtime: CoreRuntime): Promise<RestoreResultDto> {
  // Another office's backup is refused once this database holds records of its own; a fresh
  // installation (at most a profile typed in) may take any office's backup after a dead disk.
  const office = (await findLocalOffice(ctx))?.officeCode ?? null;
  const hasRecords = ((await ctx.manager.query(`SELECT EXISTS (SELECT 1 FROM agencies) AS found`)) as Array<{ found: number }>)[0]?.found === 1;
  const current = hasRecords ? office : null;
  inspectBackup(source.path, current);
  const dbPath = runtime.dbPath;
  const temp = await stageCopy(source.path, dbPath);
  try {
    inspectBackup(temp, current);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  ctx.effects.onRollback(() => rm(temp, { force: true }));
  await ctx.audit.record({ entity: 'database', entityId: basename(dbPath), action: 'restore-requested', before: null, after: { source: source.label } });

  const lang = ctx.request.lang;
  const request = ctx.request;
  const paths = ctx.paths;
  const now = () => ctx.now();
  const result: RestoreResultDto = { restored: false, safetyBackup: null, message: '' };
  // The outcome is known only after the commit; dispatch returns this object after its effects ran.
  ctx.effects.afterCommit(() =>
    runtime.maintenance(async () => {
      try {
        const previous = await backupDatabaseFile(dbPath, paths.backupsDir, 'pre-restore', now());
        result.safetyBackup = basename(previous);
        await runtime.restart(
          async () => {
            await removeSidecars(dbPath);
            await rename(temp, dbPath);
            await syncDirectory(dirname(dbPath));
          },
          async () => {
            await removeSidecars(dbPath);
            const back = await stageCopy(previous, dbPath);
            await rename(back, dbPath);
          },
        );
        if (source.folder) await restoreMirroredFiles(paths, source.folder).catch(() => 0);
        await runtime.current().dataSource.transaction(async (manager) => {
          const office = async () => ((await manager.query(`SELECT office_code FROM office_settings WHERE is_local = 1`)) as Array<{ office_code: string }>)[0]?.office_code ?? '-';
          const audit = new AuditTrail(manager, request, 'backup.restore', office, now);
          await audit.record({ entity: 'database', entityId: basename(dbPath), action: 'restore', before: { safetyBackup: result.safetyBackup }, after: { source: source.label } });
        });
        result.restored = true;
        result.message = msg('backupRestored', { file: source.label, safety: result.safetyBackup }, lang);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        result.message = msg('backupRestoreFailed', { detail, file: result.safetyBackup ?? '-' }, lang);
      } finally {
        await rm(temp, { force: true });
      }
    }),
  );
  return result;
}
