import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { restoreInput } from '../../../shared/contract/backup';
import type { BackupRunDto, BackupStatusDto, RestoreResultDto } from '../../../shared/dto';
import { requireRuntime } from '../runtime';
import { DomainError } from '../errors';
import type { ServiceContext } from '../service';
import { listBackups } from './files';
import { restoreFrom } from './restore';
import { backupStatus, runBackup } from './run';
import { readBackupSettings, writeBackupSettings } from './settings';

export const getBackupStatus = (ctx: ServiceContext): Promise<BackupStatusDto> => backupStatus(ctx.paths, ctx.runtime, ctx.now());

export async function backupNow(ctx: ServiceContext): Promise<BackupRunDto> {
  const result = await runBackup(requireRuntime(ctx), ctx.paths, ctx.now(), ctx.request.lang);
  await ctx.audit.record({ entity: 'database', entityId: 'backup', action: 'backup', before: null, after: result });
  return result;
}

/** The folder comes from the desktop's own dialog, never from the page. */
export async function chooseBackupFolder(input: { clear: boolean }, ctx: ServiceContext): Promise<BackupStatusDto> {
  const settings = await readBackupSettings(ctx.paths.dataDir);
  let folder: string | null = null;
  if (!input.clear) {
    if (!ctx.request.host?.chooseFolder) throw new DomainError('PRECONDITION', 'fileDialogUnavailable');
    folder = await ctx.request.host.chooseFolder({ title: 'Pilih folder cadangan (misalnya diska USB)' });
    if (folder === null) return getBackupStatus(ctx);
  }
  await writeBackupSettings(ctx.paths.dataDir, { ...settings, folder });
  await ctx.audit.record({ entity: 'backup_settings', entityId: 'folder', action: input.clear ? 'clear' : 'choose', before: { folder: settings.folder }, after: { folder } });
  return getBackupStatus(ctx);
}

export async function setBackupRotation(input: { keepDaily: number; keepMonthly: number }, ctx: ServiceContext): Promise<BackupStatusDto> {
  const settings = await readBackupSettings(ctx.paths.dataDir);
  await writeBackupSettings(ctx.paths.dataDir, { ...settings, ...input });
  await ctx.audit.record({ entity: 'backup_settings', entityId: 'rotation', action: 'update', before: { keepDaily: settings.keepDaily, keepMonthly: settings.keepMonthly }, after: input });
  return getBackupStatus(ctx);
}

export async function restoreBackup(input: z.output<typeof restoreInput>, ctx: ServiceContext): Promise<RestoreResultDto> {
  const runtime = requireRuntime(ctx);
  if (input.source === 'staged') {
    const staged = runtime.staging.get(input.token, 'backup');
    return restoreFrom({ path: staged.path, label: staged.fileName, folder: null }, ctx, runtime);
  }
  const settings = await readBackupSettings(ctx.paths.dataDir);
  const dir = input.folder === 'app' ? ctx.paths.backupsDir : settings.folder;
  // Only a name the core itself lists in that folder: the page cannot point anywhere else.
  const listed = dir ? (await listBackups(dir, input.folder)).some((f) => f.fileName === input.fileName) : false;
  if (!dir || !listed || !(await stat(join(dir, input.fileName)).catch(() => null))?.isFile()) throw new DomainError('NOT_FOUND', 'backupNotFound');
  return restoreFrom({ path: join(dir, input.fileName), label: input.fileName, folder: input.folder === 'user' ? dir : null }, ctx, runtime);
}
