import type { DataFileInfoDto } from '../../../shared/dto';
import { ArchiveExportEntity } from '../archive/entities';
import { backupStatus } from '../backups/run';
import type { HandlersOf, ServiceContext } from '../service';
import { updateStatusOf } from '../updates/handlers';
import { folderSize } from './dataFolder';

/** The newest database backup in the app's folder or the office's chosen folder (archives feature). */
async function lastBackup(ctx: ServiceContext): Promise<DataFileInfoDto | null> {
  const newest = (await backupStatus(ctx.paths, ctx.runtime, ctx.now())).files[0];
  return newest ? { at: newest.createdAt, fileName: newest.fileName } : null;
}

/** The newest archive for head office that was completed (a failed or running one is no export). */
async function lastExport(ctx: ServiceContext): Promise<DataFileInfoDto | null> {
  const row = await ctx.manager.findOne(ArchiveExportEntity, { where: { status: 'completed' }, order: { completedAt: 'DESC' } });
  return row?.completedAt ? { at: row.completedAt, fileName: row.fileName ?? '' } : null;
}

/** "Tentang Simpul": what this installation is and where its data lives. */
export const aboutHandlers: HandlersOf<'about'> = {
  'about.get': async (_input, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    // The file the core opened (better-sqlite3 knows it too, for bare dispatches without a runtime).
    databasePath: ctx.runtime?.dbPath ?? ctx.raw.name,
    dataDir: ctx.paths.dataDir,
    dataSize: await folderSize(ctx.paths.dataDir),
    lastBackup: await lastBackup(ctx),
    lastExport: await lastExport(ctx),
    update: updateStatusOf(ctx),
    canOpenDataFolder: typeof ctx.request.host?.openFolder === 'function',
  }),
  'about.openDataFolder': async (_input, ctx) => {
    const host = ctx.request.host;
    if (!host?.openFolder) return { opened: false, path: ctx.paths.dataDir };
    await host.openFolder(ctx.paths.dataDir);
    return { opened: true, path: ctx.paths.dataDir };
  },
};
