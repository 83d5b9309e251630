import { statSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BACKUP_DUE_HOURS, BACKUP_OVERDUE_HOURS } from '../../../shared/archive';
import type { BackupFolderStateDto, BackupRunDto, BackupStatusDto } from '../../../shared/dto';
import { msg, type Lang } from '../../../shared/messages';
import { backupDatabaseFile, parseBackupName } from '../db/backup';
import type { CoreRuntime } from '../runtime';
import type { DataPaths } from '../service';
import { listBackups, mirrorFiles } from './files';
import { backupsToRemove } from './rotation';
import { readBackupSettings, type BackupSettings } from './settings';

export const ROTATED_LABEL = 'backup';
const HOUR = 60 * 60 * 1000;

async function folderState(dir: string | null, folder: 'app' | 'user', now: Date): Promise<BackupFolderStateDto & { files: Awaited<ReturnType<typeof listBackups>> }> {
  if (dir === null) return { path: null, available: false, newest: null, overdue: false, files: [] };
  const available = (await stat(dir).catch(() => null))?.isDirectory() ?? false;
  const files = available ? await listBackups(dir, folder) : [];
  const newest = files.find((f) => f.label === ROTATED_LABEL || f.label.startsWith('pre-'))?.createdAt ?? null;
  const overdue = newest === null || now.getTime() - Date.parse(newest) > BACKUP_OVERDUE_HOURS * HOUR;
  return { path: dir, available, newest, overdue, files };
}

export async function backupStatus(paths: DataPaths, runtime: CoreRuntime | undefined, now: Date): Promise<BackupStatusDto> {
  const settings = await readBackupSettings(paths.dataDir);
  const app = await folderState(paths.backupsDir, 'app', now);
  const user = await folderState(settings.folder, 'user', now);
  const { files: appFiles, ...appState } = app;
  const { files: userFiles, ...userState } = user;
  return {
    app: appState,
    user: userState,
    keepDaily: settings.keepDaily,
    keepMonthly: settings.keepMonthly,
    lastError: runtime?.backupError ?? null,
    files: [...appFiles, ...userFiles].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  };
}

async function rotate(dir: string, settings: BackupSettings): Promise<number> {
  const rotated = (await listBackups(dir, 'app')).filter((f) => f.label === ROTATED_LABEL);
  const remove = backupsToRemove(rotated, settings.keepDaily, settings.keepMonthly);
  for (const name of remove) await rm(join(dir, name), { force: true });
  return remove.length;
}

/**
 * Backs the database up into the app's folder and, when chosen, the user's folder (with the
 * attached files and documents, so a copy on a USB drive is whole on its own); each copy is
 * integrity-checked, then old copies rotate. A folder that cannot be written is reported, the
 * other still gets its copy. Runs under the maintenance lock, never waiting on the request
 * queue (a restore holds the queue while it waits for this lock).
 */
export async function runBackup(runtime: CoreRuntime, paths: DataPaths, now: Date, lang: Lang): Promise<BackupRunDto> {
  return runtime.maintenance(async () => {
    const settings = await readBackupSettings(paths.dataDir);
    const result: BackupRunDto = { written: [], failed: [], removed: 0 };
    const targets: Array<['app' | 'user', string]> = [['app', paths.backupsDir]];
    if (settings.folder) targets.push(['user', settings.folder]);
    for (const [folder, dir] of targets) {
      try {
        const file = await backupDatabaseFile(runtime.dbPath, dir, ROTATED_LABEL, now);
        if (folder === 'user') await mirrorFiles(paths, dir);
        const name = basename(file);
        result.written.push({ folder, fileName: name, sizeBytes: statSync(file).size, createdAt: parseBackupName(name)!.createdAt, label: ROTATED_LABEL });
        result.removed += await rotate(dir, settings);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const message = folder === 'user' ? msg('backupFolderUnavailable', { path: dir, detail }, lang) : msg('backupFailed', { detail }, lang);
        result.failed.push({ folder, message });
      }
    }
    runtime.backupError = result.failed.length ? result.failed.map((f) => f.message).join(' ') : null;
    return result;
  });
}

/**
 * Whether a backup is due: the app's folder, or the chosen folder while it is reachable (a
 * USB drive plugged in again gets its copy), has no backup from the last day.
 */
export async function backupDue(paths: DataPaths, now: Date): Promise<boolean> {
  const settings = await readBackupSettings(paths.dataDir);
  const stale = async (dir: string) => {
    const newest = (await listBackups(dir, 'app')).find((f) => f.label === ROTATED_LABEL);
    return !newest || now.getTime() - Date.parse(newest.createdAt) > BACKUP_DUE_HOURS * HOUR;
  };
  if (await stale(paths.backupsDir)) return true;
  if (!settings.folder || !(await stat(settings.folder).catch(() => null))?.isDirectory()) return false;
  return stale(settings.folder);
}

/**
 * Automatic backups: at start-up and every hour after, a backup is made when the newest is
 * older than a day (and the office profile exists), so a computer left running for a week
 * still loses at most a day of work. The timer does not keep the process alive.
 */
export function scheduleAutoBackups(runtime: CoreRuntime, paths: DataPaths, now: () => Date, hasOffice: () => Promise<boolean>): () => void {
  let stopped = false;
  const tick = async () => {
    if (stopped || !(await backupDue(paths, now())) || !(await hasOffice())) return;
    await runBackup(runtime, paths, now(), 'id');
  };
  const run = () =>
    void tick().catch((error: unknown) => {
      runtime.backupError = error instanceof Error ? error.message : String(error);
    });
  const first = setTimeout(run, 2000);
  const timer = setInterval(run, HOUR);
  first.unref?.();
  timer.unref?.();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
  };
}
