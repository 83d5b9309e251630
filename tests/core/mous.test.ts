import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { mouEditableFields, type MouCreateInput } from '../../shared/contract/mous';
import type { MouAlert, MouDto } from '../../shared/dto';
import { daysBetween, mouAlerts } from '../../shared/mouAlerts';
import { plannedMou, seedPartners, signedMou, type Partners } from '../helpers/partnerships';
import { contextAs, databaseChecksum, openTempCore, type TempCore } from '../helpers/tempCore';

let t: TempCore;
let p: Partners;
const TODAY = '2025-11-22';
// Midday UTC: the same calendar day in every Indonesian time zone and in the test machine's.
const at = (day: string) => new Date(`${day}T05:00:00Z`);
let clock = at(TODAY);

beforeEach(async () => {
  clock = at(TODAY);
  t = await openTempCore({ now: () => clock });
  p = await seedPartners(t);
});
afterEach(async () => t.cleanup());

const create = (input: MouCreateInput) => t.must('mous.create', input);

describe('MoU register', () => {
  it('creates, reads and updates an MoU with its partner agencies in order', async () => {
    const m = await create(signedMou([p.bateng.id, p.pemprov.id], { otherParties: 'Universitas Bangka Belitung\n  DPRD Kabupaten Bangka Tengah  ' }));
    expect(m.agencies.map((a) => a.shortName)).toEqual(['Pemkab Bangka Tengah', 'Pemprov Babel']);
    expect(m.otherParties).toBe('Universitas Bangka Belitung\n  DPRD Kabupaten Bangka Tengah');
    expect(m.signatories[1]).toEqual({ name: 'Algafry Rahman', position: 'Bupati', party: 'Pemkab Bangka Tengah' });
    expect(m).toMatchObject({ status: 'ditandatangani', signedDate: '2025-03-10', validUntil: '2030-03-09', alerts: [], attachmentCount: 0, officeCode: 'BABEL' });
    expect(m.daysToExpiry).toBe(daysBetween(TODAY, '2030-03-09'));
    expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);

    const u = await t.must('mous.update', { ...mouEditableFields(m), id: m.id, expectedUpdatedAt: m.updatedAt, agencyIds: [p.pemprov.id, p.beltim.id], number: '02/MoU/PBB/2025' });
    expect(u.agencies.map((a) => a.shortName)).toEqual(['Pemprov Babel', 'Pemkab Belitung Timur']);
    expect(u.updatedAt > m.updatedAt).toBe(true);
    await t.reopen();
    expect(await t.must('mous.get', { id: m.id })).toEqual(u);
  });

  it('detects an edit made by someone else meanwhile, and a record that is gone', async () => {
    const m = await create(signedMou([p.bateng.id]));
    await t.must('mous.update', { ...mouEditableFields(m), id: m.id, expectedUpdatedAt: m.updatedAt, notes: 'Dievaluasi tiap tahun' });
    const stale = await t.call('mous.update', { ...mouEditableFields(m), id: m.id, expectedUpdatedAt: m.updatedAt, notes: 'Lain' });
    expect(stale.ok === false && stale.error.code).toBe('CONFLICT');
    const gone = await t.call('mous.get', { id: '01943920-3681-7659-bbb6-9ed692c655a3' });
    expect(gone.ok === false && gone.error.code).toBe('NOT_FOUND');
  });

  it('keeps a partner that was deactivated since, but does not take on a new inactive one', async () => {
    const m = await create(signedMou([p.bateng.id]));
    await t.must('agencies.setActive', { id: p.bateng.id, active: false, reason: 'Contoh' });
    const kept = await t.call('mous.update', { ...mouEditableFields(m), id: m.id, notes: 'Tetap' });
    expect(kept.ok && kept.value.agencies[0]!.active).toBe(false);
    const fresh = await t.call('mous.create', signedMou([p.bateng.id], { title: 'MoU baru' }));
    expect(fresh.ok === false && fresh.error.fields?.agencyIds?.code).toBe('agencyNotUsable');
  });

  it('deletes an MoU entered by mistake, with its parties, and records it', async () => {
    const m = await create(signedMou([p.bateng.id, p.pemprov.id]));
    const stale = await t.call('mous.delete', { id: m.id, expectedUpdatedAt: '2020-01-01T00:00:00.000Z' });
    expect(stale.ok === false && stale.error.code).toBe('CONFLICT');
    await t.must('mous.delete', { id: m.id, expectedUpdatedAt: m.updatedAt });
    const db = new Database(t.dbPath, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM mou_agencies').get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT action FROM audit_log WHERE entity = 'mou' ORDER BY rowid`).all()).toEqual([{ action: 'create' }, { action: 'delete' }]);
    db.close();
  });

  it('lets a viewer read but not write', async () => {
    const viewer = contextAs('viewer');
    const r = await t.call('mous.create', signedMou([p.bateng.id]), viewer);
    expect(r.ok === false && r.error.code).toBe('FORBIDDEN');
    expect((await t.call('mous.list', {}, viewer)).ok).toBe(true);
  });
});

describe('MoU validation: every bad input gives a field error and changes nothing', () => {
  const UNKNOWN = '01943920-3681-7659-bbb6-9ed692c655a3';
  const bad: Array<[string, (p: Partners) => Partial<Record<keyof MouCreateInput, unknown>> & Record<string, unknown>, string]> = [
    ['title', () => ({ title: '  ' }), 'required'],
    ['title', () => ({ title: 'x'.repeat(301) }), 'tooLong'],
    ['title', () => ({ title: 'MoU\nbaris dua' }), 'singleLine'],
    ['number', () => ({ number: 'x'.repeat(151) }), 'tooLong'],
    ['status', () => ({ status: 'aktif' }), 'invalidOption'],
    ['plannedDate', () => ({ plannedDate: '2025-02-30' }), 'date'],
    ['signedDate', () => ({ signedDate: 'kemarin' }), 'date'],
    ['validUntil', () => ({ validUntil: 20300309 }), 'date'],
    ['signedDate', () => ({ signedDate: null }), 'mouSignedDateRequired'],
    ['signedDate', () => ({ status: 'berakhir', signedDate: '' }), 'mouSignedDateRequired'],
    ['signedDate', () => ({ status: 'rencana' }), 'mouPlanHasSignedDate'],
    ['signedDate', () => ({ signedDate: '2025-11-23', validUntil: '2030-11-22' }), 'dateInFuture'],
    ['validUntil', () => ({ validUntil: '2025-03-10' }), 'mouValidUntilOrder'],
    ['validUntil', () => ({ validUntil: '2024-12-31' }), 'mouValidUntilOrder'],
    ['validUntil', () => ({ status: 'rencana', signedDate: null, plannedDate: '2026-01-10', validUntil: '2026-01-09' }), 'mouValidUntilAfterPlan'],
    ['agencyIds', () => ({ agencyIds: [], otherParties: '' }), 'mouPartiesRequired'],
    ['agencyIds', (q) => ({ agencyIds: [q.bateng.id, q.bateng.id] }), 'agencyRepeated'],
    ['agencyIds', () => ({ agencyIds: [UNKNOWN] }), 'agencyNotUsable'],
    ['agencyIds.0', () => ({ agencyIds: ['pemkab'] }), 'uuid'],
    ['signatories.0.name', () => ({ signatories: [{ name: '', position: 'Bupati', party: '' }] }), 'required'],
    ['signatories.0', () => ({ signatories: [{ name: 'A', jabatan: 'B' }] }), 'unknownField'],
    ['otherParties', () => ({ otherParties: 'x'.repeat(1001) }), 'tooLong'],
    ['notes', () => ({ notes: 'x'.repeat(4001) }), 'tooLong'],
    ['_', () => ({ alerts: ['expired'] }), 'unknownField'],
  ];

  it.each(bad)('rejects a bad %s (case %#) and changes nothing', async (field, patch, code) => {
    const existing = await create(signedMou([p.pemprov.id]));
    const before = databaseChecksum(t.dbPath);
    const created = await t.call('mous.create', { ...signedMou([p.bateng.id]), ...patch(p) } as never);
    expect(created.ok === false && created.error.fields?.[field]?.code).toBe(code);
    expect(created.ok === false && created.error.fields?.[field]?.message).toMatch(/\S/);
    const updated = await t.call('mous.update', { ...mouEditableFields(existing), id: existing.id, ...patch(p) } as never);
    expect(updated.ok === false && updated.error.fields?.[field]?.code).toBe(code);
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('speaks Indonesian by default and English on request', async () => {
    const r = await t.call('mous.create', { ...signedMou([p.bateng.id]), signedDate: null });
    expect(r.ok === false && r.error.fields?.signedDate?.message).toBe('Tanggal penandatanganan wajib diisi bila MoU sudah ditandatangani atau berakhir.');
    const en = await t.call('mous.create', { ...signedMou([p.bateng.id]), signedDate: null }, { ...t.ctx, lang: 'en' });
    expect(en.ok === false && en.error.fields?.signedDate?.message).toBe('The signing date is required once the MoU is signed or ended.');
  });

  it('accepts other parties instead of agencies, and a plan without any date', async () => {
    const m = await create({ title: 'MoU dengan Universitas', status: 'rencana', otherParties: 'Universitas Bangka Belitung' });
    expect(m).toMatchObject({ agencies: [], plannedDate: null, signedDate: null, validUntil: null, alerts: [], daysToExpiry: null });
  });

  it('is guarded by the database too', async () => {
    const m = await create(signedMou([p.bateng.id]));
    const db = new Database(t.dbPath);
    expect(() => db.prepare(`UPDATE mous SET signed_date = NULL WHERE id = ?`).run(m.id)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE mous SET valid_until = '2025-01-01' WHERE id = ?`).run(m.id)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE mous SET status = 'aktif' WHERE id = ?`).run(m.id)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE mous SET signatories_json = '{' WHERE id = ?`).run(m.id)).toThrow(/CHECK/);
    db.close();
  });
});

describe('MoU alerts (computed for today, never stored)', () => {
  it('flags a plan whose date has passed, from the day after', () => {
    const plan = (plannedDate: string) => mouAlerts({ status: 'rencana', plannedDate, validUntil: null }, TODAY).alerts;
    expect(plan(TODAY)).toEqual([]);
    expect(plan(addDays(TODAY, -1))).toEqual(['plannedOverdue']);
    expect(plan(addDays(TODAY, 1))).toEqual([]);
    expect(mouAlerts({ status: 'dibatalkan', plannedDate: addDays(TODAY, -10), validUntil: null }, TODAY).alerts).toEqual([]);
  });

  it('warns 90 days ahead, both ends included, and flags a signed MoU past its end', () => {
    const signed = (validUntil: string) => mouAlerts({ status: 'ditandatangani', plannedDate: null, validUntil }, TODAY);
    expect(signed(addDays(TODAY, 91))).toEqual({ alerts: [], daysToExpiry: 91 });
    expect(signed(addDays(TODAY, 90))).toEqual({ alerts: ['expiringSoon'], daysToExpiry: 90 });
    expect(signed(TODAY)).toEqual({ alerts: ['expiringSoon'], daysToExpiry: 0 });
    expect(signed(addDays(TODAY, -1))).toEqual({ alerts: ['expired'], daysToExpiry: -1 });
    // Once marked as ended it needs no attention.
    expect(mouAlerts({ status: 'berakhir', plannedDate: null, validUntil: addDays(TODAY, -1) }, TODAY).alerts).toEqual([]);
  });

  it('changes with the clock, without any write', async () => {
    const m = await create(signedMou([p.bateng.id], { signedDate: '2021-03-01', validUntil: addDays(TODAY, 91) }));
    expect(m.alerts).toEqual([]);
    const before = databaseChecksum(t.dbPath);
    clock = at(addDays(TODAY, 1));
    expect((await t.must('mous.get', { id: m.id })).alerts).toEqual(['expiringSoon']);
    clock = at(addDays(TODAY, 92));
    expect((await t.must('mous.get', { id: m.id })).alerts).toEqual(['expired']);
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('filters and counts by alert in the database exactly as the rules compute them', async () => {
    const cases: Array<[string, Partial<MouCreateInput>]> = [
      ['plan today', { status: 'rencana', signedDate: null, plannedDate: TODAY, validUntil: null }],
      ['plan yesterday', { status: 'rencana', signedDate: null, plannedDate: addDays(TODAY, -1), validUntil: null }],
      ['ends today', { validUntil: TODAY }],
      ['ends in 90', { validUntil: addDays(TODAY, 90) }],
      ['ends in 91', { validUntil: addDays(TODAY, 91) }],
      ['ended yesterday', { validUntil: addDays(TODAY, -1) }],
      ['ended, marked', { status: 'berakhir', validUntil: addDays(TODAY, -1) }],
      ['open-ended', { validUntil: null }],
      ['cancelled plan', { status: 'dibatalkan', signedDate: null, plannedDate: addDays(TODAY, -30), validUntil: null }],
    ];
    const made: MouDto[] = [];
    for (const [title, patch] of cases) made.push(await create(signedMou([p.bateng.id], { title, signedDate: '2021-01-04', ...patch })));
    const titles = (alert: MouAlert) => made.filter((m) => m.alerts.includes(alert)).map((m) => m.title).sort();
    expect(titles('plannedOverdue')).toEqual(['plan yesterday']);
    expect(titles('expiringSoon')).toEqual(['ends in 90', 'ends today']);
    expect(titles('expired')).toEqual(['ended yesterday']);
    for (const alert of ['plannedOverdue', 'expiringSoon', 'expired'] as const) {
      const page = await t.must('mous.list', { alert, pageSize: 100 });
      expect(page.items.map((m) => m.title).sort()).toEqual(titles(alert));
      expect(page.counts[alert]).toBe(titles(alert).length);
    }
    const any = await t.must('mous.list', { alert: 'any' });
    expect(any.total).toBe(4);
    expect(any.counts.all).toBe(cases.length);
    expect(any.today).toBe(TODAY);
  });
});

describe('MoU list', () => {
  it('filters by status, agency, year and text, sorts and pages', async () => {
    await create(signedMou([p.pemprov.id], { title: 'MoU Pengawasan Pelayanan Publik Provinsi', number: '045/HM.05/III/2024', signedDate: '2024-03-05', validUntil: '2029-03-04' }));
    await create(signedMou([p.bateng.id], { title: 'MoU Pengelolaan Pengaduan Bangka Tengah', signedDate: '2025-02-01', validUntil: '2026-01-31' }));
    await create(plannedMou([p.beltim.id], { title: 'Rencana MoU Belitung Timur', plannedDate: '2025-12-15' }));
    await create({ title: 'MoU 100% Digital', status: 'dibatalkan', otherParties: 'Universitas Bangka Belitung', plannedDate: '2023-06-01' });
    const list = (input: object) => t.must('mous.list', input).then((r) => r.items.map((m) => m.title));

    expect(await list({ status: 'rencana' })).toEqual(['Rencana MoU Belitung Timur']);
    expect(await list({ agencyId: p.bateng.id })).toEqual(['MoU Pengelolaan Pengaduan Bangka Tengah']);
    expect(await list({ year: 2024 })).toEqual(['MoU Pengawasan Pelayanan Publik Provinsi']);
    expect(await list({ year: 2025, sortBy: 'title', sortDir: 'asc' })).toEqual(['MoU Pengelolaan Pengaduan Bangka Tengah', 'Rencana MoU Belitung Timur']);
    expect(await list({ search: 'belitung timur' })).toEqual(['Rencana MoU Belitung Timur']);
    expect(await list({ search: 'pemprov' })).toEqual(['MoU Pengawasan Pelayanan Publik Provinsi']);
    expect(await list({ search: 'HM.05' })).toEqual(['MoU Pengawasan Pelayanan Publik Provinsi']);
    expect(await list({ search: 'universitas' })).toEqual(['MoU 100% Digital']);
    expect(await list({ search: '100%' })).toEqual(['MoU 100% Digital']);
    expect(await list({ search: `'; DROP TABLE mous; --` })).toEqual([]);
    // Newest signing (or planned) date first by default.
    expect(await list({})).toEqual(['Rencana MoU Belitung Timur', 'MoU Pengelolaan Pengaduan Bangka Tengah', 'MoU Pengawasan Pelayanan Publik Provinsi', 'MoU 100% Digital']);
    expect(await list({ sortBy: 'validUntil', sortDir: 'asc' })).toEqual(['MoU Pengelolaan Pengaduan Bangka Tengah', 'MoU Pengawasan Pelayanan Publik Provinsi', 'Rencana MoU Belitung Timur', 'MoU 100% Digital']);
    const page2 = await t.must('mous.list', { pageSize: 3, page: 2 });
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3, years: [2025, 2024, 2023] });
    expect(page2.items).toHaveLength(1);
    const badList = await t.call('mous.list', { alert: 'soon' } as never);
    expect(badList.ok === false && badList.error.fields?.alert?.code).toBe('invalidOption');
  });
});

describe('MoU demo data', () => {
  it('shows every state and alert the tracker knows, relative to the day it is loaded', async () => {
    const demo = await openTempCore({ now: () => clock });
    try {
      await demo.must('system.loadDemo');
      const page = await demo.must('mous.list', { pageSize: 100 });
      expect(page.counts).toMatchObject({ plannedOverdue: 1, expiringSoon: 1, expired: 1 });
      expect(new Set(page.items.map((m) => m.status))).toEqual(new Set(['rencana', 'ditandatangani', 'berakhir', 'dibatalkan']));
      expect(page.items.every((m) => m.agencies.length > 0 || m.otherParties !== '')).toBe(true);
      const sessions = await demo.must('assistance.list', { pageSize: 100 });
      expect(sessions.total).toBeGreaterThanOrEqual(8);
      expect(sessions.items.every((s) => s.date <= TODAY)).toBe(true);
    } finally {
      await demo.cleanup();
    }
  });
});
