import type BetterSqlite3 from 'better-sqlite3';
import type { EntityManager } from 'typeorm';
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { AuditTrail } from './audit/trail';
import type { RequestContext } from './context';

/** What a service gets for one request: the transaction's manager, the trail, the clock. */
export interface ServiceContext {
  manager: EntityManager;
  /** The raw connection, for measured hot paths (see README "Data"). */
  raw: BetterSqlite3.Database;
  request: RequestContext;
  audit: AuditTrail;
  now(): Date;
  appVersion: string;
  schemaVersion: number;
}

export type Handler<C extends Channel> = (input: ParsedInputOf<C>, ctx: ServiceContext) => Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
