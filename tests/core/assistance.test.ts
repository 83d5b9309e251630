import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assistanceEditableFields, type AssistanceCreateInput } from '../../shared/contract/assistance';
import { seedPartners, type Partners } from '../helpers/partnerships';
import { b64, sample } from '../helpers/sampleFiles';
import { contextAs, databaseChecksum, openTempCore, type TempCore } from '../helpers/tempCore';

let t: TempCore;
let p: Partners;
const clock = new Date('2025-11-22T05:00:00Z');

beforeEach(async () => {
  t = await openTempCore({ now: () => clock });
  p = await seedPartners(t);
});
afterEach(async () => t.cleanup());

const session = (patch: Partial<AssistanceCreateInput> = {}): AssistanceCreateInput => ({
  agencyId: p.bateng.id,
  topic: 'penerimaan_pengaduan',
  date: '2025-10-14',
  officeStaff: 'Rina Oktaviani\nYoga Pratama',
  participantCount: 18,
  participantNames: '',
  outcome: 'Alur penerimaan pengaduan di unit layanan disusun ulang; formulir baru dipakai mulai November.',
  notes: '',
  ...patch,
});

describe('technical assistance log', () => {
  it('records, reads and corrects a session', async () => {
    const s = await t.must('assistance.create', session({ participantNames: '  Andi\n\nBudi  ' }));
    expect(s).toMatchObject({ agencyName: 'Pemerintah Kabupaten Bangka Tengah', agencyShortName: 'Pemkab Bangka Tengah', topic: 'penerimaan_pengaduan', date: '2025-10-14', participantCount: 18, participantNames: 'Andi\n\nBudi', attachmentCount: 0, officeCode: 'BABEL' });
    const u = await t.must('assistance.update', { ...assistanceEditableFields(s), id: s.id, expectedUpdatedAt: s.updatedAt, topic: 'lainnya', topicOther: 'Penyusunan SOP pengaduan' });
    expect(u.topicOther).toBe('Penyusunan SOP pengaduan');
    const back = await t.must('assistance.update', { ...assistanceEditableFields(u), id: s.id, topic: 'berbagi_metode' });
    // A topic of its own only goes with "lainnya".
    expect(back.topicOther).toBe('');
    const stale = await t.call('assistance.update', { ...assistanceEditableFields(s), id: s.id, expectedUpdatedAt: s.updatedAt });
    expect(stale.ok === false && stale.error.code).toBe('CONFLICT');
    await t.reopen();
    expect(await t.must('assistance.get', { id: s.id })).toEqual(back);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['agencyId', { agencyId: 'pemkab' }, 'uuid'],
    ['agencyId', { agencyId: '01943920-3681-7659-bbb6-9ed692c655a3' }, 'agencyNotUsable'],
    ['topic', { topic: 'pelatihan' }, 'invalidOption'],
    ['topicOther', { topic: 'lainnya', topicOther: ' ' }, 'assistanceTopicOther'],
    ['date', { date: '14-10-2025' }, 'date'],
    ['date', { date: '2025-11-23' }, 'dateInFuture'],
    ['officeStaff', { officeStaff: '  \n ' }, 'required'],
    ['participantCount', { participantCount: null, participantNames: '' }, 'assistanceParticipants'],
    ['participantCount', { participantCount: 0 }, 'numberRange'],
    ['participantCount', { participantCount: 10_001 }, 'numberRange'],
    ['participantCount', { participantCount: 2.5 }, 'invalidType'],
    ['participantCount', { participantCount: '12' }, 'invalidType'],
    ['participantCount', { participantCount: 1, participantNames: 'Andi\nBudi' }, 'assistanceCountBelowNames'],
    ['outcome', { outcome: 'x'.repeat(4001) }, 'tooLong'],
    ['_', { agency: 'Pemkab' }, 'unknownField'],
  ];

  it.each(bad)('rejects a bad %s (%j) with %s and changes nothing', async (field, patch, code) => {
    const existing = await t.must('assistance.create', session());
    const before = databaseChecksum(t.dbPath);
    const created = await t.call('assistance.create', { ...session(), ...patch } as never);
    expect(created.ok === false && created.error.fields?.[field]?.code).toBe(code);
    const updated = await t.call('assistance.update', { ...assistanceEditableFields(existing), id: existing.id, ...patch } as never);
    expect(updated.ok === false && updated.error.fields?.[field]?.code).toBe(code);
    expect(databaseChecksum(t.dbPath)).toBe(before);
  });

  it('says which numbers disagree', async () => {
    const r = await t.call('assistance.create', session({ participantCount: 1, participantNames: 'Andi\nBudi\nCitra' }));
    expect(r.ok === false && r.error.fields?.participantCount?.message).toBe('Jumlah peserta (1) lebih kecil dari banyaknya nama peserta (3).');
  });

  it('accepts names without a count, and today as the date', async () => {
    const s = await t.must('assistance.create', session({ participantCount: null, participantNames: 'Andi\nBudi', date: '2025-11-22' }));
    expect(s.participantCount).toBeNull();
  });

  it('lists with agency, topic, year and text filters, newest first, and pages', async () => {
    await t.must('assistance.create', session({ date: '2024-06-03', topic: 'monev_pengelolaan' }));
    await t.must('assistance.create', session({ date: '2025-09-01', agencyId: p.beltim.id, topic: 'berbagi_metode', officeStaff: 'Dewi Lestari' }));
    await t.must('assistance.create', session({ date: '2025-10-14' }));
    const dates = (input: object) => t.must('assistance.list', input).then((r) => r.items.map((s) => s.date));
    expect(await dates({})).toEqual(['2025-10-14', '2025-09-01', '2024-06-03']);
    expect(await dates({ sortDir: 'asc' })).toEqual(['2024-06-03', '2025-09-01', '2025-10-14']);
    expect(await dates({ agencyId: p.beltim.id })).toEqual(['2025-09-01']);
    expect(await dates({ topic: 'monev_pengelolaan' })).toEqual(['2024-06-03']);
    expect(await dates({ year: 2025 })).toEqual(['2025-10-14', '2025-09-01']);
    expect(await dates({ search: 'dewi' })).toEqual(['2025-09-01']);
    expect(await dates({ search: 'belitung timur' })).toEqual(['2025-09-01']);
    const page = await t.must('assistance.list', { pageSize: 2, page: 2 });
    expect(page).toMatchObject({ total: 3, years: [2025, 2024] });
    expect(page.items).toHaveLength(1);
  });

  it('deletes a session entered by mistake, with its attachments', async () => {
    const s = await t.must('assistance.create', session());
    await t.must('attachments.add', { entity: 'assistance', entityId: s.id, fileName: 'daftar hadir.pdf', base64: b64(sample.pdf('hadir')) });
    expect((await t.must('assistance.get', { id: s.id })).attachmentCount).toBe(1);
    const viewer = await t.call('assistance.delete', { id: s.id }, contextAs('viewer'));
    expect(viewer.ok === false && viewer.error.code).toBe('FORBIDDEN');
    await t.must('assistance.delete', { id: s.id, expectedUpdatedAt: s.updatedAt });
    const db = new Database(t.dbPath, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT action FROM audit_log WHERE entity = 'technical_assistance' ORDER BY rowid`).all()).toEqual([{ action: 'create' }, { action: 'delete' }]);
    db.close();
    const gone = await t.call('assistance.get', { id: s.id });
    expect(gone.ok === false && gone.error.code).toBe('NOT_FOUND');
  });
});
