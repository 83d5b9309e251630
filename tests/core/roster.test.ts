import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personEditableFields, type AssignInput, type PersonInput } from '../../shared/contract/roster';
import type { AgencyDto, AssignmentDto } from '../../shared/dto';
import { databaseChecksum, EXAMPLE_OFFICE, openTempCore, type TempCore } from '../helpers/tempCore';

const TODAY = '2025-11-22';
let clock = new Date(`${TODAY}T03:00:00Z`);
let t: TempCore;
let agencies: AgencyDto[];

const person = (name: string, extra: Partial<PersonInput> = {}): { newPerson: PersonInput } => ({
  newPerson: { name, position: 'Kepala Subbagian Umum', phone: '0812-7000-1111', ...extra },
});

beforeEach(async () => {
  clock = new Date(`${TODAY}T03:00:00Z`);
  t = await openTempCore({ now: () => clock });
  await t.must('settings.update', EXAMPLE_OFFICE);
  const groups = await t.must('agencyGroups.list');
  agencies = [];
  for (const name of ['Dinas Kesehatan Kota Pangkalpinang', 'Inspektorat Kabupaten Bangka', 'PT Timah Tbk']) {
    agencies.push(await t.must('agencies.create', { name, groupId: groups[1]!.id }));
  }
});
afterEach(async () => t.cleanup());

const assign = (agency: AgencyDto, p: AssignInput['person'], startDate: string, role: 'utama' | 'cadangan' = 'utama') =>
  t.must('roster.assign', { agencyId: agency.id, person: p, role, startDate, decreeNumber: '800/12/SK/2024', decreeDate: startDate });

describe('focal-point assignments', () => {
  it('keeps at most one serving primary per agency and names who holds it', async () => {
    await assign(agencies[0]!, person('Budi Santoso'), '2024-01-02');
    const second = await t.call('roster.assign', { agencyId: agencies[0]!.id, person: person('Sari Utami'), startDate: '2025-01-01' });
    expect(second.ok === false && second.error.code).toBe('CONFLICT');
    expect(second.ok === false && second.error.fields?.startDate?.message).toContain('Budi Santoso');
    const backup = await assign(agencies[0]!, person('Sari Utami'), '2025-01-01', 'cadangan');
    expect(backup.role).toBe('cadangan');
    const twice = await t.call('roster.assign', { agencyId: agencies[0]!.id, person: { personId: backup.person.id }, role: 'cadangan', startDate: '2025-02-01' });
    expect(twice.ok === false && twice.error.fields?.startDate?.code).toBe('samePersonOverlap');
  });

  it('rotates in one action: the old period ends the day the new one starts', async () => {
    const first = await assign(agencies[0]!, person('Budi Santoso', { nip: '198001012005011001' }), '2023-03-01');
    const { ended, started } = await t.must('roster.rotate', {
      agencyId: agencies[0]!.id,
      date: '2025-10-01',
      endReason: 'mutasi',
      endNote: 'Dimutasi ke Dinas Sosial',
      successor: person('Rahmat Hidayat'),
      decreeNumber: '800/45/SK/2025',
      decreeDate: '2025-09-25',
    });
    expect(ended).toMatchObject({ id: first.id, endDate: '2025-10-01', endReason: 'mutasi', current: false });
    expect(started).toMatchObject({ startDate: '2025-10-01', endDate: null, current: true, role: 'utama' });
    const history = await t.must('roster.agencyHistory', { agencyId: agencies[0]!.id });
    expect(history.map((a) => a.person.name)).toEqual(['Rahmat Hidayat', 'Budi Santoso']);

    const on = async (date: string) => (await t.must('roster.asOf', { agencyId: agencies[0]!.id, date })).primary?.person.name ?? null;
    expect(await on('2023-02-28')).toBeNull();
    expect(await on('2023-03-01')).toBe('Budi Santoso');
    expect(await on('2025-09-30')).toBe('Budi Santoso');
    expect(await on('2025-10-01')).toBe('Rahmat Hidayat');
    expect(await on('2030-01-01')).toBe('Rahmat Hidayat');
  });

  it('refuses impossible rotations and leaves the data as it was', async () => {
    await assign(agencies[0]!, person('Budi Santoso'), '2024-05-01');
    const before = databaseChecksum(t.dbPath);
    const early = await t.call('roster.rotate', { agencyId: agencies[0]!.id, date: '2024-05-01', endReason: 'mutasi', successor: person('X') });
    expect(early.ok === false && early.error.fields?.date?.code).toBe('rotationBeforeStart');
    const none = await t.call('roster.rotate', { agencyId: agencies[1]!.id, date: '2025-01-01', endReason: 'mutasi', successor: person('X') });
    expect(none.ok === false && none.error.code).toBe('PRECONDITION');
    const hist = await t.must('roster.agencyHistory', { agencyId: agencies[0]!.id });
    const self = await t.call('roster.rotate', { agencyId: agencies[0]!.id, date: '2025-01-01', endReason: 'diganti', successor: { personId: hist[0]!.person.id } });
    expect(self.ok === false && self.error.code).toBe('VALIDATION');
    const badReason = await t.call('roster.rotate', { agencyId: agencies[0]!.id, date: '2025-01-01', endReason: 'dipecat' as never, successor: person('X') });
    expect(badReason.ok === false && badReason.error.fields?.endReason?.code).toBe('invalidOption');
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('rolls the whole rotation back when the second half fails', async () => {
    await assign(agencies[1]!, person('Dewi Lestari', { nip: '198502022010012002' }), '2022-01-01');
    await assign(agencies[0]!, person('Budi Santoso'), '2024-05-01');
    const before = databaseChecksum(t.dbPath);
    // The successor's NIP belongs to someone else: discovered after the first half ran.
    const r = await t.call('roster.rotate', { agencyId: agencies[0]!.id, date: '2025-06-01', endReason: 'mutasi', successor: person('Dewi L.', { nip: '198502022010012002' }) });
    expect(r.ok === false && r.error.code).toBe('DUPLICATE');
    expect(r.ok === false && r.error.fields?.['successor.newPerson.nip']?.message).toContain('Dewi Lestari');
    expect(databaseChecksum(t.dbPath)).toBe(before);
    expect((await t.must('roster.asOf', { agencyId: agencies[0]!.id, date: TODAY })).primary?.person.name).toBe('Budi Santoso');
  });

  it('promotes a backup: their backup period ends the day they become primary', async () => {
    await assign(agencies[0]!, person('Budi Santoso'), '2024-01-01');
    const backup = await assign(agencies[0]!, person('Sari Utami'), '2024-02-01', 'cadangan');
    await t.must('roster.rotate', { agencyId: agencies[0]!.id, date: '2025-03-01', endReason: 'pensiun', successor: { personId: backup.person.id } });
    const asOf = await t.must('roster.asOf', { agencyId: agencies[0]!.id, date: TODAY });
    expect(asOf.primary?.person.name).toBe('Sari Utami');
    expect(asOf.backups).toEqual([]);
  });

  it('enforces the rules in the database too, whatever path writes', async () => {
    await assign(agencies[0]!, person('Budi Santoso'), '2024-01-01');
    const db = new Database(t.dbPath);
    const pid = (db.prepare('SELECT id FROM focal_persons LIMIT 1').get() as { id: string }).id;
    const insert = db.prepare(`INSERT INTO focal_assignments (id, office_code, agency_id, person_id, role, start_date, end_date, end_reason, created_at, updated_at)
      VALUES (?, 'BABEL', ?, ?, 'utama', ?, ?, ?, 'x', 'x')`);
    expect(() => insert.run('a1', agencies[0]!.id, pid, '2025-01-01', null, null)).toThrow(/overlapping|UNIQUE/);
    expect(() => insert.run('a2', agencies[0]!.id, pid, '2023-01-01', '2024-06-01', 'mutasi')).toThrow(/overlapping/);
    expect(() => insert.run('a3', agencies[0]!.id, pid, '2023-01-01', '2022-06-01', 'mutasi')).toThrow(/CHECK/);
    expect(() => insert.run('a4', agencies[0]!.id, pid, '2023-01-01', '2023-06-01', null)).toThrow(/CHECK/);
    db.close();
  });

  it('corrects mistyped history, audited with the reason, and still refuses overlaps', async () => {
    const first = await assign(agencies[0]!, person('Budi Santoso'), '2023-01-01');
    const { started } = await t.must('roster.rotate', { agencyId: agencies[0]!.id, date: '2025-01-01', endReason: 'mutasi', successor: person('Rahmat Hidayat') });
    const ended = (await t.must('roster.agencyHistory', { agencyId: agencies[0]!.id })).find((a) => a.id === first.id)!;
    const base = { assignmentId: ended.id, expectedUpdatedAt: ended.updatedAt, role: 'utama' as const, decreeNumber: ended.decreeNumber, decreeDate: ended.decreeDate, startDate: '2023-02-01', endDate: '2025-01-01', endReason: 'mutasi' as const, endNote: '', lastConfirmedOn: null, notes: '', correctionNote: 'Tanggal SK salah ketik' };
    const fixed = await t.must('roster.correct', base);
    expect(fixed.startDate).toBe('2023-02-01');
    const overlap = await t.call('roster.correct', { ...base, expectedUpdatedAt: fixed.updatedAt, endDate: '2025-03-01' });
    expect(overlap.ok === false && overlap.error.fields?.startDate?.code).toBe('assignmentOverlap');
    const stale = await t.call('roster.correct', { ...base, endNote: 'x' });
    expect(stale.ok === false && stale.error.code).toBe('CONFLICT');
    const pairing = await t.call('roster.correct', { ...base, expectedUpdatedAt: fixed.updatedAt, endReason: null });
    expect(pairing.ok === false && pairing.error.fields?.endReason?.code).toBe('endPairing');
    const noNote = await t.call('roster.correct', { ...base, expectedUpdatedAt: fixed.updatedAt, correctionNote: ' ' });
    expect(noNote.ok === false && noNote.error.fields?.correctionNote?.code).toBe('required');
    const db = new Database(t.dbPath, { readonly: true });
    const audit = db.prepare(`SELECT before_json, after_json FROM audit_log WHERE action = 'correct'`).all() as Array<{ before_json: string; after_json: string }>;
    db.close();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before_json).startDate).toBe('2023-01-01');
    expect(JSON.parse(audit[0]!.after_json).correctionNote).toBe('Tanggal SK salah ketik');
    expect(started.current).toBe(true);
  });

  it('ends an assignment without a successor, once', async () => {
    const a = await assign(agencies[2]!, person('Eko Nugroho'), '2024-01-01');
    const early = await t.call('roster.end', { assignmentId: a.id, endDate: '2023-12-31', endReason: 'pensiun' });
    expect(early.ok === false && early.error.fields?.endDate?.code).toBe('endBeforeStart');
    const ended = await t.must('roster.end', { assignmentId: a.id, endDate: '2025-08-01', endReason: 'pensiun', endNote: 'Purna tugas' });
    expect(ended.current).toBe(false);
    const again = await t.call('roster.end', { assignmentId: a.id, endDate: '2025-09-01', endReason: 'pensiun' });
    expect(again.ok === false && again.error.code).toBe('CONFLICT');
  });
});

const correction = (a: AssignmentDto) => ({
  assignmentId: a.id,
  expectedUpdatedAt: a.updatedAt,
  role: a.role,
  decreeNumber: a.decreeNumber,
  decreeDate: a.decreeDate,
  startDate: a.startDate,
  endDate: a.endDate,
  endReason: a.endReason,
  endNote: a.endNote,
  lastConfirmedOn: a.lastConfirmedOn,
  notes: a.notes,
  correctionNote: 'Tanggal konfirmasi dari arsip lama',
});

describe('the roster and its flags', () => {
  it('flags holes, stale data, recent rotations and inactive agencies', async () => {
    // Kesehatan: confirmed long ago -> stale. Inspektorat: rotated 10 days ago. Timah: none.
    const entered = await assign(agencies[0]!, person('Budi Santoso'), '2024-01-01');
    expect(entered.lastConfirmedOn).toBe(TODAY);
    const dinkes = await t.must('roster.correct', { ...correction(entered), lastConfirmedOn: '2025-05-21' });
    await assign(agencies[1]!, person('Sari Utami'), '2023-01-01');
    await t.must('roster.rotate', { agencyId: agencies[1]!.id, date: '2025-11-12', endReason: 'mutasi', successor: person('Rahmat Hidayat') });
    const roster = await t.must('roster.list', {});
    const row = (name: string) => roster.items.find((r) => r.agencyName === name)!;
    expect(row('Dinas Kesehatan Kota Pangkalpinang').flags).toEqual({ noFocalPoint: false, stale: true, rotatedRecently: false, inactive: false });
    expect(row('Inspektorat Kabupaten Bangka').flags).toMatchObject({ rotatedRecently: true, stale: false });
    expect(row('Inspektorat Kabupaten Bangka').primary?.person.name).toBe('Rahmat Hidayat');
    expect(row('PT Timah Tbk').flags.noFocalPoint).toBe(true);
    expect(roster.counts).toEqual({ all: 3, noFocalPoint: 1, stale: 1, rotatedRecently: 1, inactive: 0 });
    expect(roster.staleAfterMonths).toBe(6);

    // Exactly six months ago is not yet stale; confirming today clears the flag.
    await t.must('roster.confirm', { assignmentIds: [dinkes.id], date: '2025-05-22' });
    const same = await t.call('roster.confirm', { assignmentIds: [dinkes.id], date: '2025-05-22' });
    expect(same.ok === false && same.error.code).toBe('CONFLICT');
    expect((await t.must('roster.list', { flag: 'stale' })).total).toBe(0);
    clock = new Date('2025-11-23T03:00:00Z');
    expect((await t.must('roster.list', { flag: 'stale' })).items.map((r) => r.agencyName)).toEqual(['Dinas Kesehatan Kota Pangkalpinang']);
    clock = new Date('2025-12-13T03:00:00Z');
    expect((await t.must('roster.list', { flag: 'rotatedRecently' })).total).toBe(0);

    await t.must('agencies.setActive', { id: agencies[2]!.id, active: false });
    const after = await t.must('roster.list', {});
    expect(after.items.map((r) => r.agencyName)).not.toContain('PT Timah Tbk');
    expect(after.counts.inactive).toBe(1);
    expect((await t.must('roster.list', { flag: 'inactive' })).items[0]!.flags).toMatchObject({ inactive: true, noFocalPoint: false });
  });

  it('searches agency and person names, filters, sorts and pages', async () => {
    await assign(agencies[0]!, person('Budi Santoso'), '2024-01-01');
    await assign(agencies[2]!, person('Zulkifli Harahap'), '2022-01-01');
    const names = async (input: object) => (await t.must('roster.list', input)).items.map((r) => r.agencyName);
    expect(await names({ search: 'zulkifli' })).toEqual(['PT Timah Tbk']);
    expect(await names({ search: 'timah' })).toEqual(['PT Timah Tbk']);
    expect(await names({ flag: 'ok' })).toEqual(['Dinas Kesehatan Kota Pangkalpinang', 'PT Timah Tbk']);
    expect(await names({ sortBy: 'person' })).toEqual(['Dinas Kesehatan Kota Pangkalpinang', 'PT Timah Tbk', 'Inspektorat Kabupaten Bangka']);
    expect(await names({ sortBy: 'startDate', sortDir: 'desc' })).toEqual(['Dinas Kesehatan Kota Pangkalpinang', 'PT Timah Tbk', 'Inspektorat Kabupaten Bangka']);
    const page = await t.must('roster.list', { pageSize: 2, page: 2 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(3);
  });

  it('confirms data in bulk, all or nothing, never in the future', async () => {
    const a = await assign(agencies[0]!, person('Budi Santoso'), '2024-01-01');
    const b = await assign(agencies[1]!, person('Sari Utami'), '2024-01-01');
    const before = databaseChecksum(t.dbPath);
    const unknown = await t.call('roster.confirm', { assignmentIds: [a.id, '01943920-3681-7659-bbb6-9ed692c655a3'] });
    expect(unknown.ok === false && unknown.error.code).toBe('NOT_FOUND');
    const future = await t.call('roster.confirm', { assignmentIds: [a.id], date: '2025-11-23' });
    expect(future.ok === false && future.error.fields?.date?.code).toBe('dateInFuture');
    expect(databaseChecksum(t.dbPath)).toBe(before);
    clock = new Date('2026-01-05T03:00:00Z');
    expect(await t.must('roster.confirm', { assignmentIds: [a.id, b.id] })).toEqual({ confirmed: 2 });
    expect((await t.must('roster.asOf', { agencyId: agencies[0]!.id, date: TODAY })).primary?.lastConfirmedOn).toBe('2026-01-05');
  });

  it('shows every agency a person served, even at once', async () => {
    const a = await assign(agencies[0]!, person('Budi Santoso', { nip: '198001012005011001' }), '2024-01-01');
    await assign(agencies[2]!, { personId: a.person.id }, '2024-06-01', 'cadangan');
    const detail = await t.must('persons.get', { id: a.person.id });
    expect(detail.assignments.map((x) => x.agencyName).sort()).toEqual(['Dinas Kesehatan Kota Pangkalpinang', 'PT Timah Tbk']);
    const list = await t.must('persons.list', { search: '19800101' });
    expect(list.items[0]).toMatchObject({ name: 'Budi Santoso', activeAssignments: 2 });
    const dup = await t.call('persons.create', { name: 'Budi S.', nip: '198001012005011001' });
    expect(dup.ok === false && dup.error.fields?.nip?.code).toBe('personNipDuplicate');
    const updated = await t.must('persons.update', { ...personEditableFields(detail.person), id: detail.person.id, phone: '0813 1111 2222', expectedUpdatedAt: detail.person.updatedAt });
    expect(updated.phone).toBe('0813 1111 2222');
  });

  it('the demo office has a realistic network', async () => {
    const demo = await openTempCore({ now: () => clock });
    await demo.must('system.loadDemo');
    const roster = await demo.must('roster.list', { pageSize: 500 });
    expect(roster.counts.all).toBeGreaterThan(30);
    expect(roster.counts.noFocalPoint).toBeGreaterThan(0);
    expect(roster.counts.stale).toBeGreaterThan(0);
    expect(roster.counts.rotatedRecently).toBeGreaterThan(0);
    expect(roster.counts.inactive).toBeGreaterThan(0);
    await demo.cleanup();
  });
});
