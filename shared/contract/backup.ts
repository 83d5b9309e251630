import { z } from 'zod';
import type { BackupRunDto, BackupStatusDto, RestoreResultDto } from '../dto';
import { mutation, query } from './define';
import { stagedToken } from './archive';

/** Names the backup files the core lists itself; never a path. */
const BACKUP_NAME_RE = /^simpul-[a-z0-9.-]{1,40}-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/;

export const restoreInput = z.discriminatedUnion('source', [
  z
    .object({
      source: z.literal('list'),
      folder: z.enum(['app', 'user']),
      fileName: z.string({ error: 'required' }).regex(BACKUP_NAME_RE, { error: 'backupNotFound' }),
    })
    .strict(),
  z.object({ source: z.literal('staged'), token: stagedToken() }).strict(),
]);
export type RestoreInput = z.input<typeof restoreInput>;

const keep = (max: number) =>
  z.number({ error: 'required' }).int({ error: 'backupKeepRange' }).min(1, { error: 'backupKeepRange' }).max(max, { error: 'backupKeepRange' });

export const backupChannels = {
  'backup.status': query<BackupStatusDto>()(z.object({}).strict().default({}), 'app.read'),
  /** Backs up now to the app's folder and the chosen folder; each copy is integrity-checked. */
  'backup.run': mutation<BackupRunDto>()(z.object({}).strict().default({}), 'records.write'),
  /** Picks the folder (e.g. a USB drive) in the desktop's dialog, or forgets it. */
  'backup.chooseFolder': mutation<BackupStatusDto>()(z.object({ clear: z.boolean().default(false) }).strict(), 'settings.write'),
  'backup.setRotation': mutation<BackupStatusDto>()(z.object({ keepDaily: keep(90), keepMonthly: keep(120) }).strict(), 'settings.write'),
  /** Verifies a backup, saves the current database, replaces it and restarts the data layer. */
  'backup.restore': mutation<RestoreResultDto>()(restoreInput, 'backup.restore'),
};
