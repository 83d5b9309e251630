import type { Result } from '../../shared/result';
import type { RequestContext } from './context';
import { createDispatch } from './dispatch';
import { openDatabase, type OpenDatabaseOptions } from './db/open';
import { handlers } from './handlers';

export { DatabaseFromFutureError, ForeignDatabaseError, MigrationFailedError } from './db/errors';
export { localOperatorContext, type RequestContext } from './context';

export interface SimpulCore {
  dispatch(channel: string, input: unknown, ctx: RequestContext): Promise<Result<unknown>>;
  close(): Promise<void>;
  readonly dbPath: string;
  readonly schemaVersion: number;
  readonly preMigrationBackup: string | null;
}

export interface OpenCoreOptions extends OpenDatabaseOptions {
  now?: () => Date;
  logError?: (error: unknown, channel: string) => void;
}

/** Opens (and migrates) the database and returns the dispatch every transport uses. */
export async function openCore(opts: OpenCoreOptions): Promise<SimpulCore> {
  const db = await openDatabase(opts);
  const dispatch = createDispatch({
    dataSource: db.dataSource,
    raw: db.raw,
    handlers,
    appVersion: opts.appVersion,
    schemaVersion: db.schemaVersion,
    now: opts.now,
    logError: opts.logError,
  });
  let closed = false;
  return {
    dispatch,
    dbPath: opts.dbPath,
    schemaVersion: db.schemaVersion,
    preMigrationBackup: db.preMigrationBackup,
    async close() {
      if (closed) return;
      closed = true;
      await db.dataSource.destroy();
    },
  };
}
