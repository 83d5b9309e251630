import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDerivedTable, LOCAL_ONLY_TABLES, SYNC_TABLES } from '../../../electron/core/db/tableRegistry';
import { tombstoneTriggerName } from '../../../electron/core/db/tombstones';
import { openTempCore, type TempCore } from '../../helpers/tempCore';

/**
 * Every table is either synchronised (SYNC_TABLES) or kept on this computer
 * (LOCAL_ONLY_TABLES): a new table fails here until it is registered (README "Archives >
 * Registering a table"), so archives can never silently leave data behind.
 */
let t: TempCore;
let schema: Array<{ name: string; sql: string; type: string }>;
beforeAll(async () => {
  t = await openTempCore();
  schema = t.core.runtime.current().raw.prepare(`SELECT name, sql, type FROM sqlite_schema`).all() as typeof schema;
});
afterAll(() => t.cleanup());

const raw = () => t.core.runtime.current().raw;
const columns = (table: string) => (raw().prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name);
const virtualTables = () => schema.filter((s) => s.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(s.sql ?? '')).map((s) => s.name);

describe('table registry', () => {
  it('lists every table of the schema as synchronised or local-only', () => {
    const registered = new Set([...SYNC_TABLES.map((s) => s.name), ...LOCAL_ONLY_TABLES.map((s) => s.name)]);
    const missing = schema.filter((s) => s.type === 'table' && !registered.has(s.name) && !isDerivedTable(s.name, virtualTables())).map((s) => s.name);
    expect(missing, 'register these tables in electron/core/db/tableRegistry.ts (SYNC_TABLES or LOCAL_ONLY_TABLES)').toEqual([]);
  });

  it('registers only tables that exist, each once', () => {
    const names = [...SYNC_TABLES.map((s) => s.name), ...LOCAL_ONLY_TABLES.map((s) => s.name)];
    expect(new Set(names).size).toBe(names.length);
    const tables = new Set(schema.filter((s) => s.type === 'table').map((s) => s.name));
    expect(names.filter((n) => !tables.has(n))).toEqual([]);
  });

  it('gives every synchronised table an id, an office code and its change column', () => {
    for (const s of SYNC_TABLES) {
      const cols = columns(s.name);
      expect({ table: s.name, has: ['id', 'office_code', s.changedAt].filter((c) => cols.includes(c)) }).toEqual({ table: s.name, has: ['id', 'office_code', s.changedAt] });
      for (const c of Object.keys(s.keepLocal ?? {})) expect(cols, `${s.name}.${c}`).toContain(c);
      for (const c of Object.keys(s.confidential?.columns ?? {})) expect(cols, `${s.name}.${c}`).toContain(c);
      if (s.importInto) expect(columns(s.importInto).sort()).toEqual([...cols].sort());
    }
  });

  it('declares every foreign key as a parent listed earlier, so rows arrive parents first', () => {
    const order = new Map(SYNC_TABLES.map((s, i) => [s.name, i]));
    for (const s of SYNC_TABLES) {
      const fks = (raw().prepare(`SELECT DISTINCT "table" AS parent FROM pragma_foreign_key_list(?)`).all(s.name) as Array<{ parent: string }>).map((f) => f.parent);
      for (const parent of fks.filter((p) => p !== s.name)) expect(s.parents, `${s.name} -> ${parent}`).toContain(parent);
      for (const parent of s.parents) if (order.has(parent)) expect(order.get(parent)!, `${parent} before ${s.name}`).toBeLessThan(order.get(s.name)!);
    }
  });

  it('has a tombstone trigger exactly on the tables whose rows may be deleted', () => {
    const triggers = new Set(schema.filter((s) => s.type === 'trigger').map((s) => s.name));
    for (const s of SYNC_TABLES) expect({ table: s.name, tombstone: triggers.has(tombstoneTriggerName(s.name)) }).toEqual({ table: s.name, tombstone: Boolean(s.deletable) });
  });

  it('runs each confidential-rows query', () => {
    for (const s of SYNC_TABLES) if (s.confidential?.rowsSql) expect(() => raw().prepare(s.confidential!.rowsSql!).pluck().all('BABEL')).not.toThrow();
  });
});
