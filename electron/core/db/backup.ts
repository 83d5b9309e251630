import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { replaceViaTemp } from '../documents/atomicWrite';

/** A file-name-safe UTC timestamp: 2025-11-22T08-30-00-000Z */
export const fileStamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

const BACKUP_NAME_RE = /^simpul-([a-z0-9.-]+?)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

/** "simpul-backup-2025-11-22T08-30-00-000Z.sqlite" -> label "backup" and the time, or null. */
export function parseBackupName(name: string): { label: string; createdAt: string } | null {
  const m = BACKUP_NAME_RE.exec(name);
  return m ? { label: m[1]!, createdAt: `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z` } : null;
}

/**
 * Copies a live database with SQLite's online backup API (consistent even while WAL
 * holds uncommitted pages), then checks the copy's integrity before trusting it. The copy is
 * made under a temporary name and renamed only once checked and flushed, so a crash, a full
 * disk or a pulled USB drive never leaves a file that looks like a finished backup.
 */
export async function backupDatabaseFile(source: string, targetDir: string, label: string, now = new Date()): Promise<string> {
  mkdirSync(targetDir, { recursive: true });
  const target = join(targetDir, `simpul-${label}-${fileStamp(now)}.sqlite`);
  await replaceViaTemp(target, async (temp) => {
    const db = new Database(source, { fileMustExist: true });
    try {
      await db.backup(temp);
    } finally {
      db.close();
    }
    const copy = new Database(temp, { readonly: true });
    try {
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`Backup ${target} failed its integrity check: ${String(result)}`);
    } finally {
      copy.close();
    }
  });
  return target;
}
