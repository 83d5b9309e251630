import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateDemoData } from '../../electron/core/demo/generate';
import { todayIso } from '../../shared/dates';
import { openDemoDispatch } from './demoDispatch';
import { row, summarize, timeEach } from './stats';

const AGENCIES = 5_000;
const ITERATIONS = 200;

/**
 * The roster screen at 5 000 agencies and ~20 000 assignments: through dispatch (zod,
 * permission, the flags computed in SQL, DTO mapping) versus a raw better-sqlite3 query
 * returning the same page of agencies with their serving primary.
 */
export async function benchRoster(dir: string): Promise<void> {
  const dbPath = join(dir, 'roster.sqlite');
  const today = todayIso();
  const data = generateDemoData({ agencyCount: AGENCIES, today, extraRotations: 3 });
  const { dispatch, ctx, close } = await openDemoDispatch(dbPath, dir, data);
  console.log(`\nroster: ${AGENCIES} agencies, ${data.assignments.length} assignments, ${data.persons.length} people`);

  const rawDb = new Database(dbPath, { readonly: true });
  const rawPage = rawDb.prepare(`
    SELECT a.id, a.name, g.name AS group_name, fa.id AS assignment_id, fa.start_date, fa.last_confirmed_on, p.name AS person, p.phone
      FROM agencies a JOIN agency_groups g ON g.id = a.group_id
      LEFT JOIN focal_assignments fa ON fa.agency_id = a.id AND fa.role = 'utama' AND fa.start_date <= ? AND (fa.end_date IS NULL OR fa.end_date > ?)
      LEFT JOIN focal_persons p ON p.id = fa.person_id
     WHERE a.active = 1 ORDER BY a.name_key LIMIT 50 OFFSET ?`);
  const rawCount = rawDb.prepare(`SELECT count(*) AS n FROM agencies WHERE active = 1`);
  const cases = [
    { label: 'first page', input: { page: 1 } },
    { label: 'page 40', input: { page: 40 } },
    { label: 'flag: no focal point', input: { flag: 'noFocalPoint' } },
    { label: 'search person "santoso"', input: { search: 'santoso' } },
  ];
  let sumD = 0;
  let sumR = 0;
  for (const c of cases) {
    const d = summarize(await timeEach(ITERATIONS, () => dispatch('roster.list', c.input, ctx)));
    const page = (c.input as { page?: number }).page ?? 1;
    const r = summarize(await timeEach(ITERATIONS, () => [rawPage.all(today, today, (page - 1) * 50), rawCount.get()]));
    sumD += d.mean;
    sumR += r.mean;
    console.log(row(`dispatch  roster.list ${c.label}`, d));
    console.log(row(`raw SQL   plain page (no flags)`, r));
    console.log(`${''.padEnd(44)} ratio dispatch/raw (mean) ${(d.mean / r.mean).toFixed(2)}x`);
  }
  console.log(`overall ratio roster dispatch/raw (sum of means): ${(sumD / sumR).toFixed(2)}x`);

  const ids = (rawDb.prepare('SELECT id FROM agencies ORDER BY random() LIMIT 200').all() as Array<{ id: string }>).map((x) => x.id);
  const dates = ['2020-01-01', '2023-06-15', today];
  const probe = await dispatch('roster.asOf', { agencyId: ids[0], date: today }, ctx);
  if (!probe.ok) throw new Error(`roster.asOf failed: ${JSON.stringify(probe.error)}`);
  const asOfD = summarize(await timeEach(ITERATIONS, (i) => dispatch('roster.asOf', { agencyId: ids[i % ids.length], date: dates[i % 3] }, ctx)));
  const rawAsOf = rawDb.prepare(`SELECT fa.id, p.name FROM focal_assignments fa JOIN focal_persons p ON p.id = fa.person_id
    WHERE fa.agency_id = ? AND fa.start_date <= ? AND (fa.end_date IS NULL OR fa.end_date > ?)`);
  const asOfR = summarize(await timeEach(ITERATIONS, (i) => rawAsOf.all(ids[i % ids.length], dates[i % 3], dates[i % 3])));
  console.log(row('dispatch  roster.asOf (agency, date)', asOfD));
  console.log(row('raw SQL   as-of lookup', asOfR));
  console.log(`${''.padEnd(44)} ratio dispatch/raw (mean) ${(asOfD.mean / asOfR.mean).toFixed(2)}x`);
  rawDb.close();
  await close();
}
