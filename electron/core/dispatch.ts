import type BetterSqlite3 from 'better-sqlite3';
import type { DataSource, EntityManager } from 'typeorm';
import { contract, isChannel } from '../../shared/contract';
import { msg } from '../../shared/messages';
import { fail, ok, type Result } from '../../shared/result';
import { fieldErrors } from '../../shared/validation';
import { AuditTrail } from './audit/trail';
import { authorize } from './auth/access';
import { redactForLog } from './auth/logRedaction';
import { AuthRuntime } from './auth/runtime';
import type { RequestContext } from './context';
import type { CoreRuntime } from './runtime';
import { CommittedRefusal, DomainError } from './errors';
import { SerialQueue } from './serialQueue';
import type { DeliverableFile } from './host';
import type { DataPaths, Handlers, ServiceContext } from './service';
import { findLocalOffice } from './settings/service';
import { storageError } from './sqliteErrors';
import { TransactionEffects } from './transactionEffects';

export interface DispatchDeps {
  dataSource: DataSource;
  raw: BetterSqlite3.Database;
  handlers: Handlers;
  appVersion: string;
  schemaVersion: number;
  paths: DataPaths;
  now?: () => Date;
  /** Where unexpected errors go (never to the caller, who gets a generic message). */
  logError?: (error: unknown, channel: string) => void;
  /** Sessions and password hashing; one per core (openCore makes it). */
  auth?: AuthRuntime;
  /** The request queue, shared with background work that writes (openCore makes it). */
  queue?: SerialQueue;
  /** Background exports, staged files, restarts (core/runtime.ts; openCore makes it). */
  runtime?: CoreRuntime;
}

export type Dispatch = (channel: string, input: unknown, ctx: RequestContext) => Promise<Result<unknown>>;

/**
 * The one entry point for every transport (IPC, browser preview, tests, command line):
 * channel lookup, permission check, input validation, the service, and for mutations one
 * transaction holding the change and its audit entries. Never throws.
 */
export function createDispatch(deps: DispatchDeps): Dispatch {
  const queue = deps.queue ?? new SerialQueue();
  const now = deps.now ?? (() => new Date());
  const report = deps.logError ?? ((error, channel) => console.error(`[dispatch] ${channel}:`, error));
  // No log ever holds a statement's parameters (a password hash among them).
  const logError = (error: unknown, channel: string) => report(redactForLog(error), channel);
  const auth = deps.auth ?? new AuthRuntime();

  const serviceContext = (manager: EntityManager, request: RequestContext, channel: string, effects: TransactionEffects): ServiceContext => ({
    manager,
    raw: deps.raw,
    request,
    now,
    effects,
    appVersion: deps.appVersion,
    schemaVersion: deps.schemaVersion,
    paths: deps.paths,
    auth,
    runtime: deps.runtime,
    audit: new AuditTrail(
      manager,
      request,
      channel,
      async () => (await findLocalOffice({ manager }))?.officeCode ?? '-',
      now,
    ),
  });

  const run = (channel: string, input: unknown, asked: RequestContext) =>
    queue.run(async (): Promise<Result<unknown>> => {
      const lang = asked.lang;
      if (!isChannel(channel)) return fail({ code: 'UNKNOWN_CHANNEL', message: msg('unknownChannel', {}, lang), key: 'unknownChannel' });
      const def = contract[channel];
      // Session, lock and permission (auth/access.ts); the request then carries the real user.
      const access = await authorize(def.permission, asked, deps.dataSource.manager, auth, now()).catch((error: unknown) => {
        logError(error, channel);
        return null;
      });
      if (!access) return fail({ code: 'INTERNAL', message: msg('internal', {}, lang), key: 'internal' });
      if (!access.ok) return fail(access.error.toAppError(lang));
      const request = access.request;

      const parsed = def.input.safeParse(input);
      if (!parsed.success) {
        return fail({ code: 'VALIDATION', message: msg('validationFailed', {}, lang), key: 'validationFailed', fields: fieldErrors(parsed.error, lang) });
      }
      const handler = deps.handlers[channel] as (input: unknown, ctx: ServiceContext) => Promise<unknown>;
      const effects = new TransactionEffects();
      const reportEffect = (error: unknown) => logError(error, channel);
      try {
        if (def.kind === 'query' || def.kind === 'delivery') {
          const answer = await handler(parsed.data, serviceContext(deps.dataSource.manager, request, channel, effects));
          await effects.settle('committed', reportEffect);
          return ok(answer);
        }
        const outcome = await deps.dataSource.transaction(async (manager) => {
          const ctx = serviceContext(manager, request, channel, effects);
          let result: { value: unknown } | { refusal: CommittedRefusal };
          try {
            result = { value: await handler(parsed.data, ctx) };
          } catch (error) {
            // A refusal that keeps its bookkeeping (a failed sign-in is counted): commit, then refuse.
            if (!(error instanceof CommittedRefusal)) throw error;
            result = { refusal: error };
          }
          // Every change leaves a trace; a mutation that recorded nothing is a bug, not a success.
          if (ctx.audit.count === 0) throw new Error(`Mutation ${channel} wrote no audit entry`);
          return result;
        });
        // Still inside this request's turn of the queue: nothing runs between commit and clean-up.
        await effects.settle('committed', reportEffect);
        return 'refusal' in outcome ? fail(outcome.refusal.toAppError(lang)) : ok(outcome.value);
      } catch (error) {
        await effects.settle('rolledBack', reportEffect);
        if (error instanceof DomainError) return fail(error.toAppError(lang));
        const storage = storageError(error, lang);
        logError(error, channel);
        return fail(storage ?? { code: 'INTERNAL', message: msg('internal', {}, lang), key: 'internal' });
      }
    });

  return async (channel, input, request) => {
    const result = await run(channel, input, request);
    if (!result.ok || !isChannel(channel) || contract[channel].kind !== 'delivery') return result;
    // Handing a file over may wait on the user (a save dialog): outside the queue, so other
    // requests go on meanwhile.
    if (!request.host) return fail({ code: 'PRECONDITION', message: msg('deliveryUnavailable', {}, request.lang) });
    const mode = (input as { mode?: 'open' | 'saveAs' }).mode === 'saveAs' ? 'saveAs' : 'open';
    try {
      return ok(await request.host.deliverFile(result.value as DeliverableFile, mode));
    } catch (error) {
      logError(error, channel);
      return fail({ code: 'INTERNAL', message: msg('deliveryFailed', {}, request.lang) });
    }
  };
}
