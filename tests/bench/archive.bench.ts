import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { localOperatorContext, openCore, type SimpulCore } from '../../electron/core';
import { readManifestTables } from './archiveManifest';
import { ARCHIVE_CACHE_KIB } from '../../electron/core/archive/snapshot';
import { SYNC_TABLES } from '../../electron/core/db/tableRegistry';
import { openDatabase } from '../../electron/core/db/open';
import { generateDemoData } from '../../electron/core/demo/generate';
import { loadDemoData } from '../../electron/core/demo/load';
import { uuidv7 } from '../../shared/uuid';

/**
 * Export and import of 100 000 complaints' worth of rows. The demo office (large agency count,
 * focal-point history) is loaded through the services; its complaints are then cloned with new
 * ids, register numbers and reporters until the target count is reached (cases, reporters,
 * register numbers, timeline events, maladministration types: about nine rows per case).
 * SIMPUL_BENCH_ARCHIVE_CASES changes the target (default 100 000).
 */
const TARGET_CASES = Number(process.env.SIMPUL_BENCH_ARCHIVE_CASES ?? 100_000);
const CASE_TABLES = ['register_numbers', 'cases', 'case_reporters', 'case_events', 'case_maladministration'] as const;
const mb = (bytes: number) => bytes / 1024 / 1024;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Copies the demo complaints until TARGET_CASES exist (register numbers kept unique per clone). */
function cloneCases(db: Database.Database): number {
  db.pragma(`cache_size = ${ARCHIVE_CACHE_KIB}`);
  const rows = Object.fromEntries(CASE_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).all() as Array<Record<string, unknown>>])) as Record<(typeof CASE_TABLES)[number], Array<Record<string, unknown>>>;
  const base = rows.cases.length;
  if (base === 0) return 0;
  const inserts = Object.fromEntries(
    CASE_TABLES.map((t) => {
      const cols = Object.keys(rows[t][0] ?? { id: 1 });
      return [t, { cols, stmt: db.prepare(`INSERT INTO ${t} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`) }];
    }),
  );
  const clones = Math.ceil(TARGET_CASES / base) - 1;
  db.transaction(() => {
    for (let k = 1; k <= clones; k++) {
      const ids = new Map<string, string>();
      for (const t of CASE_TABLES) for (const r of rows[t]) ids.set(String(r.id), uuidv7());
      const remap = (v: unknown) => (typeof v === 'string' && ids.has(v) ? ids.get(v)! : v);
      for (const t of CASE_TABLES) {
        const { cols, stmt } = inserts[t]!;
        for (const r of rows[t]) {
          const copy: Record<string, unknown> = { ...r };
          for (const c of cols) copy[c] = remap(copy[c]);
          if (t === 'register_numbers') Object.assign(copy, { seq: Number(r.seq) + k * 10_000, number: `${String(r.number)}-${k}` });
          if (t === 'cases') Object.assign(copy, { register_seq: Number(r.register_seq) + k * 10_000, register_number: `${String(r.register_number)}-${k}` });
          if (t === 'case_reporters') Object.assign(copy, { name: `${String(r.name)} ${k}`, id_number: r.id_number ? `${String(r.id_number).slice(0, 10)}${String(k).padStart(6, '0')}` : '' });
          stmt.run(...cols.map((c) => copy[c] as never));
        }
      }
    }
  })();
  return (db.prepare(`SELECT count(*) AS n FROM cases`).get() as { n: number }).n;
}

async function waitForExport(core: SimpulCore, id: string): Promise<string> {
  const ctx = localOperatorContext('cli');
  for (;;) {
    const p = await core.dispatch('archive.exportProgress', { id }, ctx);
    if (!p.ok) throw new Error(p.error.message);
    const v = p.value as { status: string; export: { fileName: string; error: string } };
    if (v.status === 'completed') return join(core.paths.dataDir, 'exports', v.export.fileName);
    if (v.status !== 'running') throw new Error(`export ${v.status}: ${v.export.error}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The same rows inserted with raw prepared statements in one transaction: the floor for an import. */
function rawCopy(from: string, to: string): number {
  const src = new Database(from, { readonly: true });
  const dst = new Database(to);
  dst.pragma('foreign_keys = ON');
  // The same page cache the import uses, so the comparison is of the merge, not of the cache.
  dst.pragma(`cache_size = ${ARCHIVE_CACHE_KIB}`);
  let rows = 0;
  dst.transaction(() => {
    for (const t of SYNC_TABLES) {
      const target = t.importInto ?? t.name;
      const cols = (src.prepare(`SELECT name FROM pragma_table_info(?)`).all(t.name) as Array<{ name: string }>).map((c) => c.name);
      const insert = dst.prepare(`INSERT INTO ${target} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      for (const r of src.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM ${t.name} ORDER BY ${t.changedAt}, id`).raw(true).iterate()) {
        insert.run(...(r as unknown[]));
        rows += 1;
      }
    }
  })();
  src.close();
  dst.close();
  return rows;
}

export async function benchArchive(dir: string): Promise<void> {
  console.log(`\narchives: export and import of ${TARGET_CASES} complaints' worth of rows`);
  const dbPath = join(dir, 'archive-office.sqlite');
  const office = await openCore({
    dbPath,
    backupDir: join(dir, 'archive-backups'),
    appVersion: 'bench',
    dataDir: join(dir, 'archive-office'),
    handlerOverrides: { 'system.loadDemo': (_i, ctx) => loadDemoData(generateDemoData({ agencyCount: 5000, extraRotations: 3 }), ctx) },
  });
  const ctx = localOperatorContext('cli');
  let t0 = performance.now();
  const loaded = await office.dispatch('system.loadDemo', {}, ctx);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const cases = cloneCases(office.runtime.current().raw);
  const rowsInDb = SYNC_TABLES.reduce((n, t) => n + (office.runtime.current().raw.prepare(`SELECT count(*) AS n FROM ${t.name}`).get() as { n: number }).n, 0);
  console.log(`office database: ${cases} cases, ${rowsInDb} synchronised rows, ${mb(statSync(dbPath).size).toFixed(1)} MB (built in ${secs(performance.now() - t0)})`);

  t0 = performance.now();
  const started = await office.dispatch('archive.exportStart', { kind: 'full' }, ctx);
  if (!started.ok) throw new Error(started.error.message);
  const archive = await waitForExport(office, (started.value as { id: string }).id);
  const exportMs = performance.now() - t0;
  const fileBytes = statSync(archive).size;
  const { rows, dataBytes } = await readManifestTables(archive);
  console.log(`export: ${rows} rows, ${mb(dataBytes).toFixed(1)} MB of data -> ${mb(fileBytes).toFixed(1)} MB archive in ${secs(exportMs)}: ${(rows / (exportMs / 1000)).toFixed(0)} rows/s, ${(mb(dataBytes) / (exportMs / 1000)).toFixed(1)} MB/s of data`);
  await office.close();

  const headPath = join(dir, 'archive-head.sqlite');
  const head = await openCore({ dbPath: headPath, backupDir: join(dir, 'archive-backups'), appVersion: 'bench', dataDir: join(dir, 'archive-head') });
  const token = await head.stageFile('archive', archive);
  t0 = performance.now();
  const verified = await head.dispatch('archive.verify', { token }, ctx);
  const verifyMs = performance.now() - t0;
  if (!verified.ok || !(verified.value as { ok: boolean }).ok) throw new Error('verify failed');
  console.log(`verify: ${secs(verifyMs)}, ${(mb(dataBytes) / (verifyMs / 1000)).toFixed(1)} MB/s of data`);
  t0 = performance.now();
  const imported = await head.dispatch('archive.import', { token, acceptUnknownKey: true }, ctx);
  const importMs = performance.now() - t0;
  if (!imported.ok) throw new Error(imported.error.message);
  const report = imported.value as { totals: { new: number; conflicting: number } };
  console.log(`import (verify + merge, one transaction): ${report.totals.new} new, ${report.totals.conflicting} conflicts in ${secs(importMs)}: ${(rows / (importMs / 1000)).toFixed(0)} rows/s, ${(mb(dataBytes) / (importMs / 1000)).toFixed(1)} MB/s of data`);
  await head.close();

  const rawPath = join(dir, 'archive-raw.sqlite');
  const prepared = await openDatabase({ dbPath: rawPath, backupDir: join(dir, 'archive-backups'), appVersion: 'bench' });
  await prepared.dataSource.destroy();
  t0 = performance.now();
  const rawRows = rawCopy(dbPath, rawPath);
  const rawMs = performance.now() - t0;
  console.log(`raw better-sqlite3 inserts of the same rows: ${rawRows} rows in ${secs(rawMs)}: ${(rawRows / (rawMs / 1000)).toFixed(0)} rows/s`);
  console.log(`ratio import/raw (time): ${(importMs / rawMs).toFixed(2)}x; import throughput is ${((rawMs / importMs) * 100).toFixed(0)}% of raw inserts`);
}
