import Database from 'better-sqlite3';
import type { RequestContext } from '../../../electron/core';
import type { SimpulCore } from '../../../electron/core';
import { PERMISSIONS } from '../../../shared/permissions';
import type { Result } from '../../../shared/result';
import { contextAs } from '../tempCore';

/**
 * The caller the fuzz runs as: the administrator with every permission granted (the
 * confidential grant included), so each request gets past the permission check and reaches
 * validation and the service.
 */
export function fuzzContext(): RequestContext {
  const admin = contextAs('admin');
  return { ...admin, permissions: new Set([...admin.permissions, ...PERMISSIONS]) };
}

/** One call, with anything that escapes dispatch caught and reported as the failure it is. */
export async function callSafely(core: SimpulCore, channel: string, input: unknown, ctx: RequestContext): Promise<Result<unknown> | { thrown: unknown }> {
  try {
    return await core.dispatch(channel, input, ctx);
  } catch (thrown) {
    return { thrown };
  }
}

/** Why an answer is not an acceptable reply to bad input, or null when it is. */
export function problemWith(answer: Result<unknown> | { thrown: unknown }, expectValidation: boolean): string | null {
  if ('thrown' in answer) return `threw past dispatch: ${String(answer.thrown)}`;
  try {
    // Every transport must be able to carry the answer (IPC clones, the preview sends JSON).
    structuredClone(answer);
    JSON.stringify(answer);
  } catch (error) {
    return `answer cannot be sent back: ${String(error)}`;
  }
  if (expectValidation) {
    if (answer.ok) return 'accepted input its schema refuses';
    if (answer.error.code !== 'VALIDATION') return `expected VALIDATION, got ${answer.error.code}: ${answer.error.message}`;
    return null;
  }
  if (!answer.ok && answer.error.code === 'INTERNAL') return `INTERNAL error (a service trusted unchecked input): ${answer.error.message}`;
  if (!answer.ok && !answer.error.message) return `error without a message: ${answer.error.code}`;
  return null;
}

/** Ids of real records in every table, so generated references sometimes hit something. */
export function recordIds(dbPath: string, perTable = 12): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as Array<{ name: string }>;
    const ids: string[] = [];
    for (const { name } of tables) {
      const hasId = (db.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = 'id'`).get(name) as unknown) !== undefined;
      if (!hasId) continue;
      const rows = db.prepare(`SELECT id FROM "${name}" WHERE typeof(id) = 'text' ORDER BY id LIMIT ?`).all(perTable) as Array<{ id: string }>;
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  } finally {
    db.close();
  }
}

/** integrity_check and foreign_key_check on a separate read-only connection. */
export function storageHealth(dbPath: string): { integrity: string; foreignKeyViolations: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
    return { integrity, foreignKeyViolations };
  } finally {
    db.close();
  }
}

/** Keys an earlier pollution would have left on Object.prototype. */
export const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

/** Keeps what dispatch logged (internal errors), to show why a call came back INTERNAL. */
export function capturedLog(): { logError: (error: unknown, channel: string) => void; take(): string } {
  let entries: string[] = [];
  return {
    logError: (error, channel) => {
      entries.push(`${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (entries.length > 5) entries = entries.slice(-5);
    },
    take() {
      const text = entries.length ? `\nlogged:\n${entries.join('\n')}` : '';
      entries = [];
      return text;
    },
  };
}
