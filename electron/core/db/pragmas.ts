import type BetterSqlite3 from 'better-sqlite3';

/** "SIMP" in ASCII: marks a SQLite file as Simpul's, so a foreign database is refused. */
export const SIMPUL_APPLICATION_ID = 0x53494d50;

/**
 * Connection settings for every handle on the database file.
 * - WAL: readers never block the writer; a crash leaves the last commit intact.
 * - synchronous=FULL: the WAL is fsynced at every commit. Offices lose power (PLN outages)
 *   more often than they write quickly; NORMAL could drop the last commits on power loss.
 *   A clerk's write rate makes the extra fsync invisible.
 * - foreign_keys=ON: references between records are enforced by SQLite itself.
 * - busy_timeout: a backup or a second process holding a lock waits instead of failing.
 */
export function applyPragmas(db: BetterSqlite3.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('temp_store = MEMORY');
}
