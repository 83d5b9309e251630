import Database from 'better-sqlite3';
import type { SyncTable } from '../db/tableRegistry';
import type { Cell } from './jsonLines';

/**
 * A consistent view of the database for one export, on its own read-only connection: the
 * read transaction begun here fixes what the export sees (WAL keeps that state for it), so
 * requests may go on changing records while the archive is written, and the archive still
 * shows one moment. Only this office's rows are exported: at head office the database also
 * holds other offices' records, which are theirs to send.
 */
/** Page cache for archive work, in KiB (negative: SQLite's unit for a size in KiB). */
export const ARCHIVE_CACHE_KIB = -64 * 1024;

export class ExportSnapshot {
  private constructor(private readonly db: Database.Database) {}

  static open(dbPath: string): ExportSnapshot {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      // Reading (and sorting) a large database through the default 2 MB page cache thrashes.
      db.pragma(`cache_size = ${ARCHIVE_CACHE_KIB}`);
      db.exec('BEGIN');
      // The snapshot starts with the first read.
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return new ExportSnapshot(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  columns(table: string): string[] {
    return (this.db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as Array<{ name: string }>).map((c) => c.name);
  }

  private where(t: SyncTable, since: string | null): string {
    return `WHERE office_code = ?${since === null ? '' : ` AND ${t.changedAt} > ?`}`;
  }

  private params(officeCode: string, since: string | null): string[] {
    return since === null ? [officeCode] : [officeCode, since];
  }

  count(t: SyncTable, officeCode: string, since: string | null): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM ${t.name} ${this.where(t, since)}`).get(...this.params(officeCode, since)) as { n: number }).n;
  }

  /** The newest change of this office in the table (for the next incremental export). */
  newestChange(t: SyncTable, officeCode: string): string | null {
    return (this.db.prepare(`SELECT max(${t.changedAt}) AS m FROM ${t.name} WHERE office_code = ?`).get(officeCode) as { m: string | null }).m;
  }

  /** Rows as arrays in `columns` order, oldest change first (so dependent changes replay in order). */
  rows(t: SyncTable, columns: readonly string[], officeCode: string, since: string | null): IterableIterator<Cell[]> {
    const list = columns.map((c) => `"${c}"`).join(', ');
    const stmt = this.db.prepare(`SELECT ${list} FROM ${t.name} ${this.where(t, since)} ORDER BY ${t.changedAt}, id`).raw(true);
    return stmt.iterate(...this.params(officeCode, since)) as IterableIterator<Cell[]>;
  }

  /** Ids a registry query selects (confidential rows), for one office. */
  ids(sql: string, officeCode: string): string[] {
    return this.db.prepare(sql).pluck().all(officeCode) as string[];
  }

  attachmentLinks(officeCode: string): Array<{ id: string; attachment_id: string; entity: string; entity_id: string }> {
    return this.db.prepare(`SELECT id, attachment_id, entity, entity_id FROM attachment_links WHERE office_code = ?`).all(officeCode) as never;
  }

  close(): void {
    if (!this.db.open) return;
    try {
      this.db.exec('ROLLBACK');
    } finally {
      this.db.close();
    }
  }
}
