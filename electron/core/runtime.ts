import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { ExportJobs } from './archive/exportJobs';
import { StagedFiles } from './archive/staging';
import type { SerialQueue } from './serialQueue';

/** The database in use: replaced as a whole when a backup is restored. */
export interface CurrentDatabase {
  dataSource: DataSource;
  raw: BetterSqlite3.Database;
  schemaVersion: number;
}

/**
 * What lives longer than one request: background exports, staged files, the backup/restore
 * lock, and the data layer itself (which a restore closes and reopens). Built by openCore;
 * services reach it as ctx.runtime.
 */
export interface CoreRuntime {
  readonly dbPath: string;
  readonly jobs: ExportJobs;
  readonly staging: StagedFiles;
  current(): CurrentDatabase;
  /** Runs a task in its own turn of the request queue, like a request (background work that writes). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** One backup or restore at a time (a backup reads the file a restore replaces). */
  maintenance<T>(task: () => Promise<T>): Promise<T>;
  /**
   * Closes the data layer, runs `replace` (which swaps the database file), and opens it again;
   * if anything fails, `undo` puts the previous file back before reopening. Only from inside a
   * queue turn (a request's effect), so no request sees the data layer half-way.
   */
  restart(replace: () => Promise<void>, undo: () => Promise<void>): Promise<void>;
  /** The last automatic backup's failure, shown on the backup screen until one succeeds. */
  backupError: string | null;
}

export interface RuntimeDeps {
  dbPath: string;
  dataDir: string;
  queue: SerialQueue;
  current(): CurrentDatabase;
  close(): Promise<void>;
  reopen(): Promise<void>;
}

/** A promise chain used as a lock. */
function lock(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}

export function createRuntime(deps: RuntimeDeps): CoreRuntime {
  const jobs = new ExportJobs();
  const runtime: CoreRuntime = {
    dbPath: deps.dbPath,
    jobs,
    staging: new StagedFiles(join(deps.dataDir, 'staging')),
    current: deps.current,
    exclusive: (task) => deps.queue.run(task),
    maintenance: lock(),
    backupError: null,
    async restart(replace, undo) {
      await jobs.cancelAll();
      await deps.close();
      try {
        await replace();
        await deps.reopen();
      } catch (error) {
        await undo();
        await deps.reopen();
        throw error;
      }
    },
  };
  return runtime;
}

/** The runtime, which every transport built by openCore has (benchmarks may build dispatch without it). */
export function requireRuntime(ctx: { runtime?: CoreRuntime }): CoreRuntime {
  if (!ctx.runtime) throw new Error('This transport runs without the core runtime (archives, backups)');
  return ctx.runtime;
}
