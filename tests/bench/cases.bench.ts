import { join } from 'node:path';
import Database from 'better-sqlite3';
import { seededRandom } from '../../electron/core/demo/random';
import { generateDemoData } from '../../electron/core/demo/generate';
import type { OutputOf } from '../../shared/contract';
import { addDays, todayIso } from '../../shared/dates';
import type { Result } from '../../shared/result';
import { uuidv7 } from '../../shared/uuid';
import { openDemoDispatch } from './demoDispatch';
import { row, summarize, timeEach } from './stats';

const CASES = Number(process.env.SIMPUL_BENCH_CASES ?? 100_000);
const ITERATIONS = 100;
const WORDS = 'sertipikat tanah pendaftaran pelayanan KTP-el blangko pencetakan pungutan sekolah rumah sakit obat peserta BPJS listrik penyambungan meteran izin bangunan jalan rusak air PDAM tagihan tunjangan pegawai laporan polisi klaim jaminan pengadaan lelang kantor dinas kelurahan desa kecamatan petugas loket antrean berkas persyaratan biaya tambahan penundaan berbulan-bulan tidak ada penjelasan diminta kembali'.split(' ');
const NAMES = 'Ahmad Budi Citra Dewi Eko Fitri Gunawan Hesti Irwan Juliana Kurniawan Lestari Maya Nurhayati Rahmat Sari Taufik Wulandari Yusuf Zulkifli'.split(' ');

/**
 * The complaint list at 100 000 cases: filtered pages and full-text search through dispatch
 * (zod, permission, cached due dates, name joins, DTOs) beside raw SQL for the same page
 * (ratio), the deadline recomputation of every open case, and register-number allocation.
 * Cases are bulk-inserted on the raw connection (the services would take minutes), then the
 * cache is built by cases.recomputeDeadlines, itself a figure.
 */
export async function benchCases(dir: string): Promise<void> {
  const dbPath = join(dir, 'cases.sqlite');
  const today = todayIso();
  const { dispatch, ctx, raw: connection, close } = await openDemoDispatch(dbPath, dir, generateDemoData({ agencyCount: 300, today }));

  const t0 = performance.now();
  bulkCases(connection, CASES, today);
  const t1 = performance.now();
  const recompute = (await dispatch('cases.recomputeDeadlines', {}, ctx)) as Result<OutputOf<'cases.recomputeDeadlines'>>;
  const t2 = performance.now();
  if (!recompute.ok) throw new Error(JSON.stringify(recompute.error));
  console.log(`\ncases: ${CASES} bulk-inserted in ${((t1 - t0) / 1000).toFixed(1)} s; cases.recomputeDeadlines over ${recompute.value.cases} open cases ${((t2 - t1) / 1000).toFixed(2)} s`);

  const raw = new Database(dbPath, { readonly: true });
  const one = (sql: string) => raw.prepare(sql);
  const master = (list: string, code: string) => (one(`SELECT id FROM case_master_items WHERE list = ? AND code = ?`).get(list, code) as { id: string }).id;
  const agency = (one(`SELECT agency_id AS id, count(*) n FROM cases GROUP BY agency_id ORDER BY n DESC LIMIT 1`).get() as { id: string }).id;
  const group = (one(`SELECT group_id AS id FROM agencies WHERE id = ?`).get(agency) as { id: string }).id;
  const bounds = { today, soon: addDays(today, 7) };
  const scenarios: Array<{ label: string; input: Record<string, unknown>; sql: string; params: unknown[] }> = [
    { label: 'open, newest first, page 1', input: {}, sql: `WHERE c.closed_on IS NULL ORDER BY c.received_on DESC, c.register_seq DESC`, params: [] },
    { label: 'open, page 200', input: { page: 200 }, sql: `WHERE c.closed_on IS NULL ORDER BY c.received_on DESC, c.register_seq DESC`, params: [], },
    { label: 'overdue, by due date', input: { due: 'overdue', sortBy: 'nextDueOn', sortDir: 'asc' }, sql: `WHERE c.closed_on IS NULL AND c.next_due_on < ? ORDER BY c.next_due_on`, params: [bounds.today] },
    { label: 'stage + agency', input: { stageId: master('stage', 'pemeriksaan'), agencyId: agency }, sql: `WHERE c.closed_on IS NULL AND c.stage_id = ? AND c.agency_id = ? ORDER BY c.received_on DESC`, params: [master('stage', 'pemeriksaan'), agency] },
    { label: 'group + subject + year', input: { groupId: group, subjectId: master('subject', 'agraria'), state: 'all', receivedFrom: `${today.slice(0, 4)}-01-01` }, sql: `WHERE c.agency_id IN (SELECT id FROM agencies WHERE group_id = ?) AND c.subject_id = ? AND c.received_on >= ? ORDER BY c.received_on DESC`, params: [group, master('subject', 'agraria'), `${today.slice(0, 4)}-01-01`] },
    { label: 'maladministration type, all states', input: { maladministrationId: master('maladministration', 'permintaan_imbalan'), state: 'all' }, sql: `WHERE c.id IN (SELECT case_id FROM case_maladministration WHERE type_id = ?) ORDER BY c.received_on DESC`, params: [master('maladministration', 'permintaan_imbalan')] },
    { label: 'FTS "sertipikat tanah"', input: { search: 'sertipikat tanah', state: 'all' }, sql: `WHERE c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH '"sertipikat"* "tanah"*') ORDER BY c.received_on DESC`, params: [] },
    { label: 'FTS register number', input: { search: `0042/LM/${today.slice(0, 4)}`, state: 'all' }, sql: `WHERE c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH '"0042"* "lm"* "${today.slice(0, 4)}"*') ORDER BY c.received_on DESC`, params: [] },
    { label: 'FTS reporter name "wulandari"', input: { search: 'wulandari', state: 'all' }, sql: `WHERE c.confidential = 0 AND c.id IN (SELECT case_id FROM case_reporters WHERE rowid IN (SELECT rowid FROM case_reporters_fts WHERE case_reporters_fts MATCH '"wulandari"*')) ORDER BY c.received_on DESC`, params: [] },
  ];
  let sumD = 0;
  let sumR = 0;
  for (const s of scenarios) {
    const probe = (await dispatch('cases.list', s.input, ctx)) as Result<OutputOf<'cases.list'>>;
    if (!probe.ok) throw new Error(`${s.label}: ${JSON.stringify(probe.error)}`);
    const d = summarize(await timeEach(ITERATIONS, () => dispatch('cases.list', s.input, ctx)));
    const page = one(`SELECT c.id, c.register_number, c.received_on, c.summary, c.next_due_on, a.name FROM cases c JOIN agencies a ON a.id = c.agency_id ${s.sql} LIMIT 50 OFFSET ?`);
    const count = one(`SELECT count(*) AS n FROM cases c ${s.sql.replace(/ORDER BY.*$/, '')}`);
    const offset = (((s.input.page as number | undefined) ?? 1) - 1) * 50;
    const r = summarize(await timeEach(ITERATIONS, () => [page.all(...s.params, offset), count.get(...s.params)]));
    sumD += d.mean;
    sumR += r.mean;
    console.log(row(`dispatch  cases.list ${s.label}`.slice(0, 44), d) + `  (${probe.value.total} match)`);
    console.log(row('raw SQL   same page + count', r));
    console.log(`${''.padEnd(44)} ratio dispatch/raw (mean) ${(d.mean / r.mean).toFixed(2)}x`);
  }
  console.log(`overall ratio cases dispatch/raw (sum of means): ${(sumD / sumR).toFixed(2)}x`);
  const dash = summarize(await timeEach(20, () => dispatch('cases.dashboard', undefined, ctx)));
  console.log(row('dispatch  cases.dashboard', dash));

  const N = 500;
  const alloc = summarize(await timeEach(N, () => dispatch('numbers.reserve', { series: 'letter', date: today, reason: 'bench' }, ctx)));
  console.log(row('dispatch  numbers.reserve (one number)', alloc) + `  ${(1000 / alloc.mean).toFixed(0)} numbers/s`);
  const parallel0 = performance.now();
  const got = (await Promise.all(Array.from({ length: N }, () => dispatch('numbers.reserve', { series: 'letter', date: today, reason: 'bench' }, ctx)))) as Array<Result<OutputOf<'numbers.reserve'>>>;
  const parallelMs = performance.now() - parallel0;
  const unique = new Set(got.map((g) => (g.ok ? g.value.number : 'ERR'))).size;
  console.log(`${N} parallel numbers.reserve: ${parallelMs.toFixed(0)} ms, ${(N / (parallelMs / 1000)).toFixed(0)} numbers/s, ${unique} unique`);
  raw.close();
  await close();
}

/** Realistic spread: five years of intake, most closed, open ones in every stage, a share with letters and replies. */
function bulkCases(raw: Database.Database, n: number, today: string): void {
  const rand = seededRandom(100_000);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const master = raw.prepare(`SELECT id, list, code, phase FROM case_master_items`).all() as Array<{ id: string; list: string; code: string; phase: string | null }>;
  const of = (list: string) => master.filter((m) => m.list === list);
  const stages = of('stage');
  const closed = stages.find((s) => s.phase === 'closed')!;
  const openStages = stages.filter((s) => s.phase !== 'closed');
  const agencies = (raw.prepare(`SELECT id FROM agencies WHERE active = 1`).all() as Array<{ id: string }>).map((a) => a.id);
  const office = 'BABEL';
  const now = new Date().toISOString();
  const insNumber = raw.prepare(`INSERT INTO register_numbers (id, office_code, series, year, seq, number, state, number_date, entity, entity_id, reason, created_at, updated_at) VALUES (?, ?, 'case', ?, ?, ?, 'used', ?, 'case', ?, '', ?, ?)`);
  const insCase = raw.prepare(`INSERT INTO cases (id, office_code, register_number_id, register_number, register_year, register_seq, simpel_number, received_on, channel_id, track_id, agency_id, agency_unit, subject_id, summary, chronology, expected_outcome, assigned_staff, stage_id, confidential, outcome_id, closed_on, closure_reason, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, '', ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insReporter = raw.prepare(`INSERT INTO case_reporters (id, office_code, case_id, name, address, phone, email, id_number, representing, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, '', '', '', ?, ?)`);
  const insMal = raw.prepare(`INSERT INTO case_maladministration (id, office_code, case_id, type_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const insEvent = raw.prepare(`INSERT INTO case_events (id, office_code, case_id, kind, occurred_on, seq, title, details, letter_kind, letter_number, stage_to_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, '', ?, 'bench', ?, ?)`);
  const seqByYear = new Map<number, number>((raw.prepare(`SELECT year, max(seq) AS s FROM register_numbers WHERE series = 'case' GROUP BY year`).all() as Array<{ year: number; s: number }>).map((r) => [r.year, r.s]));
  const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  raw.transaction(() => {
    for (let i = 0; i < n; i++) {
      const age = Math.floor(Math.pow(rand(), 1.6) * 1800);
      const received = addDays(today, -age);
      const year = Number(received.slice(0, 4));
      const seq = (seqByYear.get(year) ?? 0) + 1;
      seqByYear.set(year, seq);
      const id = uuidv7();
      const numberId = uuidv7();
      const number = `${String(seq).padStart(4, '0')}/LM/${year}/BABEL`;
      const isClosed = age > 120 ? rand() < 0.93 : rand() < 0.2;
      const stage = isClosed ? closed : pick(openStages);
      insNumber.run(numberId, office, year, seq, number, received, id, now, now);
      insCase.run(id, office, numberId, number, year, seq, received, pick(of('channel')).id, pick(of('track')).id, pick(agencies), pick(of('subject')).id, words(12), words(60), pick(NAMES), stage.id, rand() < 0.1 ? 1 : 0, isClosed ? pick(of('outcome')).id : null, isClosed ? addDays(received, Math.min(age, 90)) : null, isClosed ? 'Selesai' : '', now, now);
      insReporter.run(uuidv7(), office, id, `${pick(NAMES)} ${pick(NAMES)}`, `08${Math.floor(rand() * 1e10)}`, now, now);
      insMal.run(uuidv7(), office, id, pick(of('maladministration')).id, now, now);
      insEvent.run(uuidv7(), office, id, 'stage_change', received, 1, 'Laporan diterima', null, stages[0]!.id, now, now);
      if (!isClosed && stage.phase !== 'intake') {
        const on = addDays(received, Math.min(age, 5));
        insEvent.run(uuidv7(), office, id, 'stage_change', on, 2, 'Tahap', null, stage.id, now, now);
        insEvent.run(uuidv7(), office, id, 'letter_sent', on, 3, 'Klarifikasi', 'klarifikasi', null, now, now);
        if (rand() < 0.5) insEvent.run(uuidv7(), office, id, 'reply_received', addDays(on, Math.min(age - 5, 20)), 4, 'Jawaban', null, null, now, now);
      }
    }
  })();
}
