import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Result } from '../../shared/result';
import type { RequestContext, SessionHolder } from './context';
import { AuthRuntime, type AuthOptions } from './auth/runtime';
import { sweepAttachmentStore } from './attachments/sweep';
import { sweepExportTemps } from './archive/exportService';
import { scheduleAutoBackups } from './backups/run';
import { createDispatch, type DispatchDeps } from './dispatch';
import { openDatabase, type OpenDatabaseOptions } from './db/open';
import { handlers } from './handlers';
import { createFileLogger } from './log/fileLogger';
import { createRuntime, type CoreRuntime } from './runtime';
import { SerialQueue } from './serialQueue';
import { dataPaths, type DataPaths, type Handlers } from './service';

export { DataFolderUnavailableError, DatabaseFromFutureError, ForeignDatabaseError, MigrationFailedError } from './db/errors';
export { createFileLogger, type Logger } from './log/fileLogger';
export { createSessionHolder, localOperatorContext, sessionContext, type RequestContext, type SessionHolder } from './context';
export type { DeliverableFile, DeliveryMode, HostEffects, UpdateHost } from './host';

export interface SimpulCore {
  dispatch(channel: string, input: unknown, ctx: RequestContext): Promise<Result<unknown>>;
  close(): Promise<void>;
  readonly dbPath: string;
  readonly paths: DataPaths;
  readonly schemaVersion: number;
  readonly preMigrationBackup: string | null;
  /** Signs a window or tab out when it goes away (its holder is forgotten with it). */
  endSession(holder: SessionHolder): void;
  /**
   * Holds a file on disk under a token for archive.verify/preview/import or backup.restore:
   * for trusted callers (the command line, tests), never for a page, which must not name paths.
   */
  stageFile(purpose: 'archive' | 'backup', path: string): Promise<string>;
  /** Background exports, staging, backups, restarts. */
  readonly runtime: CoreRuntime;
}

export interface OpenCoreOptions extends OpenDatabaseOptions {
  /** Where documents and attachments live; defaults to the database file's folder. */
  dataDir?: string;
  /** Fonts and the default letterhead logo; defaults to the repository's resources/. */
  resourcesDir?: string;
  now?: () => Date;
  /** Where unexpected errors go; by default a rotated log file in `<dataDir>/logs` (log/fileLogger.ts). */
  logError?: (error: unknown, channel: string) => void;
  /** Password hashing cost and test hooks (core/auth/runtime.ts). */
  auth?: AuthOptions;
  /** Automatic daily backups (at start-up and hourly); the desktop app and the preview turn them on. */
  autoBackup?: boolean;
  /** Tests and benchmarks only: replace handlers (e.g. system.loadDemo with a larger or second office). */
  handlerOverrides?: Partial<Handlers>;
}

/** Opens (and migrates) the database and returns the dispatch every transport uses. */
export async function openCore(opts: OpenCoreOptions): Promise<SimpulCore> {
  let db = await openDatabase(opts);
  const paths = dataPaths(opts.dataDir ?? dirname(opts.dbPath), opts.backupDir, opts.resourcesDir);
  const logError = opts.logError ?? createFileLogger({ dir: join(paths.dataDir, 'logs') }).logError;
  const auth = new AuthRuntime(opts.auth);
  const queue = new SerialQueue();
  const deps: DispatchDeps = {
    auth,
    queue,
    dataSource: db.dataSource,
    raw: db.raw,
    handlers: { ...handlers, ...opts.handlerOverrides } as Handlers,
    appVersion: opts.appVersion,
    schemaVersion: db.schemaVersion,
    paths,
    now: opts.now,
    logError,
  };
  // A restore replaces the database: the same dispatch then serves the reopened one, so every
  // transport keeps its function (deps is read at each request, inside the queue).
  const runtime = createRuntime({
    dbPath: opts.dbPath,
    dataDir: paths.dataDir,
    queue,
    current: () => ({ dataSource: deps.dataSource, raw: deps.raw, schemaVersion: deps.schemaVersion }),
    close: () => db.dataSource.destroy(),
    reopen: async () => {
      db = await openDatabase(opts);
      deps.dataSource = db.dataSource;
      deps.raw = db.raw;
      deps.schemaVersion = db.schemaVersion;
    },
  });
  deps.runtime = runtime;
  const dispatch = createDispatch(deps);
  // Before the first request: files an interrupted attach or unlink left behind.
  await sweepAttachmentStore(db.raw, paths.attachmentsDir).catch((error: unknown) => logError(error, 'attachments.sweep'));
  await runtime.staging.clearFolder();
  await sweepExportTemps({ paths }).catch(() => 0);
  const now = opts.now ?? (() => new Date());
  const hasOffice = () => queue.run(async () => deps.raw.prepare(`SELECT 1 FROM office_settings WHERE is_local = 1`).get() !== undefined);
  const stopBackups = opts.autoBackup ? scheduleAutoBackups(runtime, paths, now, hasOffice) : () => {};
  let closed = false;
  return {
    dispatch,
    dbPath: opts.dbPath,
    paths,
    runtime,
    get schemaVersion() {
      return deps.schemaVersion;
    },
    preMigrationBackup: db.preMigrationBackup,
    endSession(holder) {
      auth.sessions.end(holder.sessionId);
      holder.sessionId = null;
    },
    async stageFile(purpose, path) {
      const info = await stat(path);
      return runtime.staging.add(purpose, path, basename(path), info.size).token;
    },
    async close() {
      if (closed) return;
      closed = true;
      stopBackups();
      await runtime.jobs.cancelAll();
      // Wait for a backup or restore under way, then for the request in progress.
      await runtime.maintenance(async () => undefined);
      await queue.run(async () => undefined);
      await db.dataSource.destroy();
    },
  };
}
