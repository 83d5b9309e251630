import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUP_KEEP_DAILY_DEFAULT, BACKUP_KEEP_MONTHLY_DEFAULT } from '../../../shared/archive';
import { writeFileAtomic } from '../documents/atomicWrite';

/**
 * Where backups go besides the app's own folder, and how many are kept. Kept in a small file
 * in the data folder, not in the database: restoring an older database must not forget the
 * USB drive that was chosen since.
 */
export interface BackupSettings {
  /** The folder the user chose (e.g. on a USB drive), or null. */
  folder: string | null;
  keepDaily: number;
  keepMonthly: number;
}

const schema = z.object({
  folder: z.string().min(1).max(1000).nullable(),
  keepDaily: z.number().int().min(1).max(90),
  keepMonthly: z.number().int().min(1).max(120),
});

const DEFAULTS: BackupSettings = { folder: null, keepDaily: BACKUP_KEEP_DAILY_DEFAULT, keepMonthly: BACKUP_KEEP_MONTHLY_DEFAULT };
const file = (dataDir: string) => join(dataDir, 'backup-settings.json');

export async function readBackupSettings(dataDir: string): Promise<BackupSettings> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(file(dataDir), 'utf8')));
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

export async function writeBackupSettings(dataDir: string, settings: BackupSettings): Promise<void> {
  await writeFileAtomic(file(dataDir), Buffer.from(`${JSON.stringify(schema.parse(settings), null, 2)}\n`, 'utf8'));
}
