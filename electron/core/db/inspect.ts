import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SIMPUL_APPLICATION_ID } from './pragmas';

export interface DatabaseFileState {
  exists: boolean;
  schemaVersion: number;
  applicationId: number;
  tableCount: number;
}

/** Reads a database file's header values without changing it. */
export function inspectDatabaseFile(file: string): DatabaseFileState {
  if (!existsSync(file) || statSync(file).size === 0) {
    return { exists: false, schemaVersion: 0, applicationId: 0, tableCount: 0 };
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const { n } = db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number };
    return { exists: true, schemaVersion, applicationId, tableCount: n };
  } finally {
    db.close();
  }
}

export function isSimpulFile(state: DatabaseFileState): boolean {
  return state.applicationId === SIMPUL_APPLICATION_ID || (state.applicationId === 0 && state.tableCount === 0);
}
