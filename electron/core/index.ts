import { dirname } from 'node:path';
import type { Result } from '../../shared/result';
import type { RequestContext } from './context';
import { sweepAttachmentStore } from './attachments/sweep';
import { createDispatch } from './dispatch';
import { openDatabase, type OpenDatabaseOptions } from './db/open';
import { handlers } from './handlers';
import { dataPaths, type DataPaths } from './service';

export { DatabaseFromFutureError, ForeignDatabaseError, MigrationFailedError } from './db/errors';
export { localOperatorContext, type RequestContext } from './context';
export type { DeliverableFile, DeliveryMode, HostEffects } from './host';

export interface SimpulCore {
  dispatch(channel: string, input: unknown, ctx: RequestContext): Promise<Result<unknown>>;
  close(): Promise<void>;
  readonly dbPath: string;
  readonly paths: DataPaths;
  readonly schemaVersion: number;
  readonly preMigrationBackup: string | null;
}

export interface OpenCoreOptions extends OpenDatabaseOptions {
  /** Where documents and attachments live; defaults to the database file's folder. */
  dataDir?: string;
  /** Fonts and the default letterhead logo; defaults to the repository's resources/. */
  resourcesDir?: string;
  now?: () => Date;
  logError?: (error: unknown, channel: string) => void;
}

/** Opens (and migrates) the database and returns the dispatch every transport uses. */
export async function openCore(opts: OpenCoreOptions): Promise<SimpulCore> {
  const db = await openDatabase(opts);
  const paths = dataPaths(opts.dataDir ?? dirname(opts.dbPath), opts.backupDir, opts.resourcesDir);
  const dispatch = createDispatch({
    dataSource: db.dataSource,
    raw: db.raw,
    handlers,
    appVersion: opts.appVersion,
    schemaVersion: db.schemaVersion,
    paths,
    now: opts.now,
    logError: opts.logError,
  });
  // Before the first request: files an interrupted attach or unlink left behind.
  await sweepAttachmentStore(db.raw, paths.attachmentsDir).catch((error: unknown) =>
    opts.logError ? opts.logError(error, 'attachments.sweep') : console.error('[attachments] sweep:', error),
  );
  let closed = false;
  return {
    dispatch,
    dbPath: opts.dbPath,
    paths,
    schemaVersion: db.schemaVersion,
    preMigrationBackup: db.preMigrationBackup,
    async close() {
      if (closed) return;
      closed = true;
      await db.dataSource.destroy();
    },
  };
}
