import type { Concealment, SyncTable } from '../db/tableRegistry';
import { confidentialAuditKeys } from '../db/tableRegistry';
import type { Cell } from './jsonLines';
import { pseudonym } from './officeKey';
import type { ExportSnapshot } from './snapshot';

/**
 * Hides confidential values (reporter identities) in rows on their way into an archive made
 * without confidential data. The registry says which columns of which table, which rows
 * (e.g. only reporters of cases marked confidential), which attached files, and which keys of
 * audit entries; nothing confidential is ever written to disk, not even to a temporary file.
 *
 * A table with confidential columns gets one more column in the archive, `_concealed` (1 for
 * a row whose values were hidden), so head office never overwrites the real values it may
 * hold from an archive made with them.
 */
export const CONCEALED_COLUMN = '_concealed';

/** A row transform: the row to write, or null to leave it out. */
export type RowTransform = (row: Cell[]) => Cell[] | null;

export interface ConcealPlan {
  /** table -> ids of confidential rows (null: every row). */
  rows: Map<string, Set<string> | null>;
  hiddenLinks: Set<string>;
  hiddenAttachments: Set<string>;
  secret: Uint8Array;
  tables: readonly SyncTable[];
}

/** Works out, from the snapshot, which rows and files are confidential for this office. */
export function concealPlan(snapshot: ExportSnapshot, tables: readonly SyncTable[], officeCode: string, secret: Uint8Array): ConcealPlan {
  const rows = new Map<string, Set<string> | null>();
  const byEntity = new Map<string, Set<string> | null>();
  for (const t of tables) {
    const c = t.confidential;
    if (!c) continue;
    const ids = c.rowsSql ? new Set(snapshot.ids(c.rowsSql, officeCode)) : null;
    rows.set(t.name, ids);
    if (c.attachmentEntity) byEntity.set(c.attachmentEntity, ids);
  }
  const hiddenLinks = new Set<string>();
  const linksOf = new Map<string, { all: number; hidden: number }>();
  if (byEntity.size > 0) {
    for (const l of snapshot.attachmentLinks(officeCode)) {
      const ids = byEntity.get(l.entity);
      const hidden = byEntity.has(l.entity) && (ids === null || ids!.has(l.entity_id));
      if (hidden) hiddenLinks.add(l.id);
      const count = linksOf.get(l.attachment_id) ?? { all: 0, hidden: 0 };
      count.all += 1;
      if (hidden) count.hidden += 1;
      linksOf.set(l.attachment_id, count);
    }
  }
  const hiddenAttachments = new Set([...linksOf].filter(([, n]) => n.hidden === n.all).map(([id]) => id));
  return { rows, hiddenLinks, hiddenAttachments, secret, tables };
}

function conceal(how: Concealment, value: Cell, secret: Uint8Array): Cell {
  if (value === null || value === '') return value;
  if (how === 'pseudonym') return pseudonym(secret, String(value));
  return how === 'blank' ? '' : null;
}

/** Replaces the values of `keys` anywhere in a JSON document (audit before/after). */
function concealJson(text: string, keys: Readonly<Record<string, Concealment>>, secret: Uint8Array): string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // Not JSON (should not happen): drop it rather than risk leaking what it holds.
    return JSON.stringify({ concealed: true });
  }
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) {
        const how = keys[k];
        out[k] = how && (typeof inner === 'string' || typeof inner === 'number') ? conceal(how, inner, secret) : walk(inner);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(walk(doc));
}

/** Whether the table's archive file gets the `_concealed` column. */
export const hasConcealedColumn = (t: SyncTable, plan: ConcealPlan | null): boolean =>
  plan !== null && Object.keys(t.confidential?.columns ?? {}).length > 0;

/** The transform for one table's rows, or null when nothing in it is confidential. */
export function concealmentFor(t: SyncTable, columns: readonly string[], plan: ConcealPlan | null): RowTransform | null {
  if (!plan) return null;
  const id = columns.indexOf('id');
  const steps: RowTransform[] = [];
  if (t.name === 'attachment_links' && plan.hiddenLinks.size > 0) steps.push((row) => (plan.hiddenLinks.has(String(row[id])) ? null : row));
  if (t.name === 'attachments' && plan.hiddenAttachments.size > 0) steps.push((row) => (plan.hiddenAttachments.has(String(row[id])) ? null : row));
  if (hasConcealedColumn(t, plan)) {
    const ids = plan.rows.get(t.name) ?? null;
    const hide = Object.entries(t.confidential!.columns).map(([c, how]) => [columns.indexOf(c), how] as const).filter(([i]) => i >= 0);
    steps.push((row) => {
      const confidential = ids === null || ids.has(String(row[id]));
      if (confidential) for (const [i, how] of hide) row[i] = conceal(how, row[i]!, plan.secret);
      row.push(confidential ? 1 : 0);
      return row;
    });
  }
  if (t.name === 'audit_log') {
    const byEntity = confidentialAuditKeys(plan.tables);
    const entity = columns.indexOf('entity');
    const jsonColumns = ['before_json', 'after_json'].map((c) => columns.indexOf(c)).filter((i) => i >= 0);
    if (byEntity.size > 0 && entity >= 0) {
      steps.push((row) => {
        const keys = byEntity.get(String(row[entity]));
        if (keys) for (const i of jsonColumns) if (typeof row[i] === 'string') row[i] = concealJson(row[i] as string, keys, plan.secret);
        return row;
      });
    }
  }
  if (steps.length === 0) return null;
  return (row) => steps.reduce<Cell[] | null>((r, step) => (r === null ? null : step(r)), row);
}
