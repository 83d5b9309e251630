import type BetterSqlite3 from 'better-sqlite3';
import type { ConflictReason } from '../../../shared/archive';
import type { ConflictDto, TableMergeStatsDto } from '../../../shared/dto';
import { syncTable, TOMBSTONE_TABLE, type SyncTable } from '../db/tableRegistry';
import { CONCEALED_COLUMN } from './conceal';
import type { Cell, TableHeader } from './jsonLines';
import { refuse } from './refusal';

/**
 * Merges an archive's rows into this database, table by table, through prepared statements
 * on the request's connection (inside its transaction, or a savepoint for a preview):
 *   not here                -> inserted ("new")
 *   here, equal             -> "unchanged"
 *   here, archive newer     -> updated ("changed")
 *   here, local newer/equal -> kept, listed as a conflict
 * Newer means a later changed-at stamp (updated_at moves forward on every change, see
 * db/timestamps.ts). Rows keep their office code, and an archive may only carry its own
 * office's rows, so offices never overwrite each other. A row a database rule refuses (a
 * unique name, an overlapping focal point) is retried after the rest of its table, since
 * another row of the archive may free the way; what still fails is a listed conflict.
 */

const ID_RE = /^[0-9A-Za-z-]{1,64}$/;
const MAX_LISTED = 500;

type Stats = Omit<TableMergeStatsDto, 'table'>;
const emptyStats = (): Stats => ({ new: 0, changed: 0, unchanged: 0, conflicting: 0, deleted: 0 });

const isConstraint = (error: unknown) => typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT');
const ruleText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

interface Pending {
  row: Cell[];
  attempt: () => void;
  onDone: () => void;
  changedAt: string | null;
  localChangedAt: string | null;
  error: unknown;
}

export class ArchiveMerge {
  readonly stats = new Map<string, Stats>();
  readonly conflicts: ConflictDto[] = [];
  conflictCount = 0;

  constructor(
    private readonly raw: BetterSqlite3.Database,
    private readonly officeCode: string,
  ) {}

  private statsOf(table: string): Stats {
    let s = this.stats.get(table);
    if (!s) this.stats.set(table, (s = emptyStats()));
    return s;
  }

  private conflict(table: string, id: string, reason: ConflictReason, localChangedAt: string | null, archiveChangedAt: string | null, detail = ''): void {
    this.statsOf(table).conflicting += 1;
    this.conflictCount += 1;
    if (this.conflicts.length < MAX_LISTED) this.conflicts.push({ table, id, reason, localChangedAt, archiveChangedAt, detail });
  }

  private targetColumns(target: string): Set<string> {
    return new Set((this.raw.prepare(`SELECT name FROM pragma_table_info(?)`).all(target) as Array<{ name: string }>).map((c) => c.name));
  }

  /** Checks one row's identity fields; a row of another office refuses the whole archive. */
  private identify(row: Cell[], idAt: number, officeAt: number, entry: string, line: number): string {
    const id = row[idAt];
    if (typeof id !== 'string' || !ID_RE.test(id)) throw refuse('archiveMalformedRow', { name: entry, line, detail: 'pengenal data' });
    if (row[officeAt] !== this.officeCode) throw refuse('archiveForeignRecord', { office: this.officeCode, other: String(row[officeAt]) });
    return id;
  }

  /** Merges the rows of one table (not tombstones). */
  async mergeTable(
    t: SyncTable,
    header: TableHeader,
    rows: AsyncIterable<{ row: Cell[]; line: number }>,
    entry: string,
    /** Sees every row (e.g. to collect the files they name). */
    observe?: (row: Cell[]) => void,
  ): Promise<void> {
    const target = t.importInto ?? t.name;
    const known = this.targetColumns(target);
    const cols = header.columns;
    for (const c of cols) if (c !== CONCEALED_COLUMN && !known.has(c)) throw refuse('archiveMalformedRow', { name: entry, line: 1, detail: `kolom ${c} tidak dikenal` });
    const at = (c: string) => cols.indexOf(c);
    const [idAt, officeAt, changedAt, concealedAt] = [at('id'), at('office_code'), at(t.changedAt), at(CONCEALED_COLUMN)];
    if (idAt < 0 || officeAt < 0 || changedAt < 0) throw refuse('archiveMalformedRow', { name: entry, line: 1, detail: 'kolom wajib tidak ada' });

    const keepLocal = t.keepLocal ?? {};
    // Values hidden in a row marked concealed are never compared or written over real ones.
    const hidden = new Set(concealedAt >= 0 ? Object.keys(t.confidential?.columns ?? {}) : []);
    const written = cols.filter((c) => c !== CONCEALED_COLUMN && !(c in keepLocal));
    const compared = written.filter((c) => c !== 'id');
    const visible = compared.filter((c) => !hidden.has(c));
    const insertCols = [...written, ...Object.keys(keepLocal).filter((c) => known.has(c))];
    const localValues = insertCols.slice(written.length).map((c) => keepLocal[c]!);
    const q = (c: string) => `"${c}"`;
    const select = this.raw.prepare(`SELECT office_code, ${q(t.changedAt)}${compared.map((c) => `, ${q(c)}`).join('')} FROM ${target} WHERE id = ?`).raw(true);
    const insert = this.raw.prepare(`INSERT INTO ${target} (${insertCols.map(q).join(', ')}) VALUES (${insertCols.map(() => '?').join(', ')})`);
    const updateOf = (set: string[]) => (set.length ? this.raw.prepare(`UPDATE ${target} SET ${set.map((c) => `${q(c)} = ?`).join(', ')} WHERE id = ?`) : null);
    const updates = { all: updateOf(compared), visible: updateOf(visible) };
    const writtenAt = written.map(at);
    const comparedAt = compared.map((c, k) => [at(c), k + 2, hidden.has(c)] as const);
    const stats = this.statsOf(t.name);
    const pending: Pending[] = [];

    for await (const { row, line } of rows) {
      const id = this.identify(row, idAt, officeAt, entry, line);
      observe?.(row);
      const archiveChanged = row[changedAt] === null ? null : String(row[changedAt]);
      const local = select.get(id) as Cell[] | undefined;
      let attempt: () => void;
      let onDone: () => void;
      if (!local) {
        attempt = () => insert.run(...writtenAt.map((i) => row[i]), ...localValues);
        onDone = () => (stats.new += 1);
      } else {
        const localChanged = local[1] === null ? null : String(local[1]);
        if (local[0] !== this.officeCode) {
          this.conflict(t.name, id, 'otherOffice', localChanged, archiveChanged, String(local[0]));
          continue;
        }
        const concealed = concealedAt >= 0 && row[concealedAt] === 1;
        const checked = concealed ? comparedAt.filter(([, , h]) => !h) : comparedAt;
        if (checked.every(([i, k]) => local[k] === row[i])) {
          stats.unchanged += 1;
          continue;
        }
        const update = concealed ? updates.visible : updates.all;
        if (t.appendOnly || !update || archiveChanged === null || localChanged === null || archiveChanged <= localChanged) {
          const reason = archiveChanged !== null && archiveChanged === localChanged ? 'sameTimeDifferent' : 'localNewer';
          this.conflict(t.name, id, reason, localChanged, archiveChanged);
          continue;
        }
        attempt = () => update.run(...checked.map(([i]) => row[i]), id);
        onDone = () => (stats.changed += 1);
      }
      try {
        attempt();
        onDone();
      } catch (error) {
        if (!isConstraint(error)) throw error;
        pending.push({ row, attempt, onDone, changedAt: archiveChanged, localChangedAt: local ? String(local[1]) : null, error });
      }
    }
    this.retry(t.name, pending, idAt);
  }

  /** Retries refused rows while any of them succeeds; the rest are conflicts. */
  private retry(table: string, pending: Pending[], idAt: number): void {
    let left = pending;
    let progress = true;
    while (left.length > 0 && progress) {
      progress = false;
      const next: Pending[] = [];
      for (const p of left) {
        try {
          p.attempt();
          p.onDone();
          progress = true;
        } catch (error) {
          if (!isConstraint(error)) throw error;
          next.push({ ...p, error });
        }
      }
      left = next;
    }
    for (const p of left) this.conflict(table, String(p.row[idAt]), 'rejected', p.localChangedAt, p.changedAt, ruleText(p.error));
  }

  /**
   * Deletions: each tombstone removes its record here unless this copy changed after the
   * deletion (a conflict), and is kept, so the deletion travels on and repeats harmlessly.
   */
  async mergeTombstones(header: TableHeader, rows: AsyncIterable<{ row: Cell[]; line: number }>, entry: string): Promise<void> {
    const cols = header.columns;
    const need = ['id', 'office_code', 'table_name', 'deleted_at', 'created_at', 'updated_at'];
    if (need.some((c) => !cols.includes(c)) || cols.length !== need.length) throw refuse('archiveMalformedRow', { name: entry, line: 1, detail: 'kolom tombstone' });
    const at = (c: string) => cols.indexOf(c);
    const prior = this.raw.prepare(`SELECT ${need.join(', ')} FROM ${TOMBSTONE_TABLE} WHERE id = ?`).raw(true);
    const upsert = this.raw.prepare(`INSERT INTO ${TOMBSTONE_TABLE} (${need.join(', ')}) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET office_code = excluded.office_code, table_name = excluded.table_name,
        deleted_at = excluded.deleted_at, created_at = excluded.created_at, updated_at = excluded.updated_at`);
    const stats = this.statsOf(TOMBSTONE_TABLE);
    const pending: Pending[] = [];
    for await (const { row, line } of rows) {
      const id = this.identify(row, at('id'), at('office_code'), entry, line);
      const tableName = String(row[at('table_name')]);
      const deletedAt = String(row[at('deleted_at')]);
      const target = syncTable(tableName);
      if (!target?.deletable) throw refuse('archiveMalformedRow', { name: entry, line, detail: `tabel ${tableName}` });
      const values = need.map((c) => row[at(c)]);
      const before = prior.get(id) as Cell[] | undefined;
      const local = this.raw.prepare(`SELECT office_code, ${target.changedAt} FROM ${target.name} WHERE id = ?`).raw(true).get(id) as Cell[] | undefined;
      if (local && local[0] !== this.officeCode) {
        this.conflict(tableName, id, 'otherOffice', String(local[1]), deletedAt, String(local[0]));
        continue;
      }
      if (local && String(local[1]) > deletedAt) {
        this.conflict(tableName, id, 'changedAfterDeletion', String(local[1]), deletedAt);
        continue;
      }
      const attempt = () => {
        if (local) this.raw.prepare(`DELETE FROM ${target.name} WHERE id = ?`).run(id);
        upsert.run(...values);
      };
      const onDone = () => {
        if (local) this.statsOf(tableName).deleted += 1;
        if (!before) stats.new += 1;
        else if (before.every((v, i) => v === values[i])) stats.unchanged += 1;
        else stats.changed += 1;
      };
      try {
        attempt();
        onDone();
      } catch (error) {
        if (!isConstraint(error)) throw error;
        pending.push({ row, attempt, onDone, changedAt: deletedAt, localChangedAt: local ? String(local[1]) : null, error });
      }
    }
    this.retry(TOMBSTONE_TABLE, pending, at('id'));
  }

  /** Per-table figures in registry order, and the totals. */
  summary(order: readonly SyncTable[]): { tables: TableMergeStatsDto[]; totals: Stats } {
    const tables = order.filter((t) => this.stats.has(t.name)).map((t) => ({ table: t.name, ...this.stats.get(t.name)! }));
    const totals = emptyStats();
    for (const s of tables) for (const k of Object.keys(totals) as Array<keyof Stats>) totals[k] += s[k];
    return { tables, totals };
  }
}
