import { join } from 'node:path';
import { defaultResourcesDir } from './resources';
import type BetterSqlite3 from 'better-sqlite3';
import type { EntityManager } from 'typeorm';
import type { Channel, Contract, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { DeliverableFile } from './host';
import type { AuditTrail } from './audit/trail';
import type { AuthRuntime } from './auth/runtime';
import type { TransactionEffects } from './transactionEffects';
import type { RequestContext } from './context';
import type { CoreRuntime } from './runtime';

/** What a service gets for one request: the transaction's manager, the trail, the clock. */
export interface ServiceContext {
  manager: EntityManager;
  /** The raw connection, for measured hot paths (see README "Data"). */
  raw: BetterSqlite3.Database;
  request: RequestContext;
  audit: AuditTrail;
  now(): Date;
  /** File-system work that follows the transaction's outcome (see transactionEffects.ts). */
  effects: TransactionEffects;
  appVersion: string;
  schemaVersion: number;
  paths: DataPaths;
  /** Sessions, password hashing and sign-in counters (core/auth). */
  auth: AuthRuntime;
  /** Background exports, staged files, backups and restarts (core/runtime.ts); absent in bare dispatches (benchmarks). */
  runtime?: CoreRuntime;
}

/** Folders inside the app's data folder; every file the core writes lives under dataDir. */
export interface DataPaths {
  dataDir: string;
  /** Generated PDFs and spreadsheets. */
  documentsDir: string;
  /** Content-addressed copies of attached files. */
  attachmentsDir: string;
  backupsDir: string;
  /**
   * Read-only files shipped with the app: fonts/ (with licences) and logo-default.png.
   * The repository's resources/ in development and tests; process.resourcesPath when packaged.
   */
  resourcesDir: string;
}

export function dataPaths(dataDir: string, backupsDir: string, resourcesDir: string = defaultResourcesDir()): DataPaths {
  return { dataDir, documentsDir: join(dataDir, 'documents'), attachmentsDir: join(dataDir, 'attachments'), backupsDir, resourcesDir };
}

type DeliveryChannel = { [C in Channel]: Contract[C]['kind'] extends 'delivery' ? C : never }[Channel];

/** Delivery channels resolve a stored file; dispatch then hands it to the transport's host. */
export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  ctx: ServiceContext,
) => Promise<C extends DeliveryChannel ? DeliverableFile : OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
/** The handlers of one namespace ("mous" -> mous.list, mous.create, ...), for a domain's own handler file. */
export type HandlersOf<N extends string> = { [C in Channel as C extends `${N}.${string}` ? C : never]: Handler<C> };
