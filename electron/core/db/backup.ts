import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** A file-name-safe UTC timestamp: 2025-11-22T08-30-00-000Z */
export const fileStamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

/**
 * Copies a live database with SQLite's online backup API (consistent even while WAL
 * holds uncommitted pages), then checks the copy's integrity before trusting it.
 */
export async function backupDatabaseFile(source: string, targetDir: string, label: string, now = new Date()): Promise<string> {
  mkdirSync(targetDir, { recursive: true });
  const target = join(targetDir, `simpul-${label}-${fileStamp(now)}.sqlite`);
  const db = new Database(source, { fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`Backup ${target} failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
  return target;
}
