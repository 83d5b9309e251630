import type BetterSqlite3 from 'better-sqlite3';
import { sweepStore } from './store';

/** Orphans younger than this are kept: a second process on the same folder may still commit them. */
export const SWEEP_GRACE_MS = 60 * 60 * 1000;

/**
 * Run once at start-up, before any request is served (so no add can start using a file
 * between reading the referenced hashes and deleting): removes the temporary and
 * unreferenced files that an interrupted add or unlink can leave behind.
 */
export async function sweepAttachmentStore(raw: BetterSqlite3.Database, root: string, olderThanMs = SWEEP_GRACE_MS): Promise<string[]> {
  const referenced = new Set(raw.prepare('SELECT DISTINCT sha256 FROM attachments').pluck().all() as string[]);
  return sweepStore(root, (sha256) => referenced.has(sha256), { olderThanMs });
}
