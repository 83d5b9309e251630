import { join } from 'node:path';
import Database from 'better-sqlite3';
import { localOperatorContext } from '../../electron/core';
import { AGENCY_SELECT, agencyRowToDto, type AgencyRow } from '../../electron/core/agencies/dto';
import { agencyListWhere } from '../../electron/core/agencies/queries';
import { openDatabase } from '../../electron/core/db/open';
import { generateDemoData } from '../../electron/core/demo/generate';
import { loadDemoData } from '../../electron/core/demo/load';
import { createDispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { dataPaths } from '../../electron/core/service';
import { agencyListInput } from '../../shared/contract/agencies';
import { row, summarize, timeEach } from './stats';

const AGENCIES = 10_000;
const ITERATIONS = 300;

/** Agency list and search at 10 000 agencies: through dispatch versus raw better-sqlite3. */
export async function benchAgencies(dir: string): Promise<void> {
  const dbPath = join(dir, 'agencies.sqlite');
  const db = await openDatabase({ dbPath, backupDir: dir, appVersion: 'bench' });
  const ctx = localOperatorContext('cli');
  const dispatch = createDispatch({
    dataSource: db.dataSource,
    raw: db.raw,
    handlers: { ...handlers, 'system.loadDemo': (_i, c) => loadDemoData(generateDemoData({ agencyCount: AGENCIES }), c) },
    appVersion: 'bench',
    schemaVersion: db.schemaVersion,
    paths: dataPaths(dir, dir),
  });
  const t0 = performance.now();
  const loaded = await dispatch('system.loadDemo', undefined, ctx);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  console.log(`loaded ${AGENCIES} agencies (with audit entries) in ${(performance.now() - t0).toFixed(0)} ms`);

  const groups = db.raw.prepare('SELECT id FROM agency_groups ORDER BY sort_order').all() as Array<{ id: string }>;
  const queries = [
    { label: 'first page, by name', input: {} },
    { label: 'search "dinas"', input: { search: 'dinas' } },
    { label: 'search "kesehatan" + group filter', input: { search: 'kesehatan', groupId: groups[1]!.id } },
    { label: 'region filter, page 5, by date desc', input: { region: 'Kabupaten Bangka', page: 5, sortBy: 'updatedAt', sortDir: 'desc' } },
  ] as const;

  const rawDb = new Database(dbPath, { readonly: true });
  const ORDER: Record<string, string> = { name: 'a.name_key', group: 'g.sort_order, g.name_key', region: 'a.region COLLATE NOCASE', updatedAt: 'a.updated_at' };
  const rawList = (input: unknown) => {
    const p = agencyListInput.parse(input);
    const where = agencyListWhere(p);
    const dir = p.sortDir === 'desc' ? 'DESC' : 'ASC';
    const order = ORDER[p.sortBy]!.split(',').map((c) => `${c.trim()} ${dir}`).join(', ');
    const items = (rawDb.prepare(`SELECT ${AGENCY_SELECT} ${where.sql} ORDER BY ${order}, a.name_key ASC, a.id ASC LIMIT ? OFFSET ?`).all(...where.params, p.pageSize, (p.page - 1) * p.pageSize) as AgencyRow[]).map(agencyRowToDto);
    const total = (rawDb.prepare(`SELECT count(*) AS n FROM agencies a ${where.sql}`).get(...where.params) as { n: number }).n;
    return { items, total };
  };

  console.log(`\nagencies.list at ${AGENCIES} agencies (${ITERATIONS} calls each)`);
  let sumDispatch = 0;
  let sumRaw = 0;
  for (const q of queries) {
    const viaDispatch = await dispatch('agencies.list', q.input, ctx);
    const viaRaw = rawList(q.input);
    if (!viaDispatch.ok) throw new Error(JSON.stringify(viaDispatch.error));
    const value = viaDispatch.value as { total: number };
    if (value.total !== viaRaw.total) throw new Error(`dispatch and raw disagree for ${q.label}`);
    const d = summarize(await timeEach(ITERATIONS, () => dispatch('agencies.list', q.input, ctx)));
    const r = summarize(await timeEach(ITERATIONS, () => rawList(q.input)));
    sumDispatch += d.mean;
    sumRaw += r.mean;
    console.log(row(`dispatch  ${q.label} (${viaRaw.total} hits)`, d));
    console.log(row(`raw SQL   ${q.label}`, r));
    console.log(`${''.padEnd(44)} ratio dispatch/raw (mean) ${(d.mean / r.mean).toFixed(2)}x`);
  }
  console.log(`overall ratio dispatch/raw (sum of means): ${(sumDispatch / sumRaw).toFixed(2)}x`);
  rawDb.close();
  await db.dataSource.destroy();
}
