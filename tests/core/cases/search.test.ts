import { afterEach, describe, expect, it } from 'vitest';
import { caseInput, contextWith, openCaseWorld, type CaseWorld } from '../../helpers/cases';

let w: CaseWorld;
afterEach(async () => w?.t.cleanup());

const ODD = [
  '"', '""', "'", '*', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(a b, 2)', 'a AND', 'OR OR', '(', ')', '^tanah', 'tanah*', '-tanah', 'summary:tanah',
  '{register_number}: 0001', '\\', '%', '_', 'ktp"el', 'ü ñ é', '🙂', '\u0000', 'x'.repeat(500), 'tanah '.repeat(80),
];

describe('search', () => {
  it('finds Indonesian text, register numbers and prefixes; odd input never errors', async () => {
    w = await openCaseWorld('2025-05-02');
    const a = await w.t.must('cases.create', caseInput(w, { summary: 'Sertipikat tanah hasil PTSL belum terbit', chronology: 'Berkas pendaftaran diserahkan ke Kantor Pertanahan Bangka Tengah.' }));
    const b = await w.t.must('cases.create', caseInput(w, { summary: 'Pungutan pada penerimaan peserta didik baru', simpelNumber: 'SIMPEL-2025-0042' }));
    const ids = async (search: string) => (await w.t.must('cases.list', { search, state: 'all' })).items.map((i) => i.id);
    expect(await ids('sertipikat tanah')).toEqual([a.id]);
    expect(await ids('pertanah')).toEqual([a.id]); // prefix
    expect(await ids('PÜNGUTAN')).toEqual([b.id]); // case and accents
    expect(await ids(b.registerNumber)).toEqual([b.id]);
    expect(await ids('SIMPEL-2025-0042')).toEqual([b.id]);
    expect(await ids('tanah OR pungutan')).toEqual([]); // OR is a word here, not an operator
    for (const search of ODD) {
      const r = await w.t.call('cases.list', { search: search.slice(0, 500) });
      expect(r.ok, JSON.stringify(search)).toBe(true);
    }
    const tooLong = await w.t.call('cases.list', { search: 'x'.repeat(501) });
    expect(tooLong.ok ? null : tooLong.error.code).toBe('VALIDATION');
  });

  it('filters combine and count without touching other cases', async () => {
    w = await openCaseWorld('2025-05-02');
    await w.t.must('cases.create', caseInput(w, { assignedStaff: 'Dewi' }));
    await w.t.must('cases.create', caseInput(w, { agencyId: w.partners.beltim.id, subjectId: w.item('subject', 'kesehatan'), receivedOn: '2025-04-01', maladministrationIds: [w.item('maladministration', 'tidak_patut')] }));
    const n = async (filters: object) => (await w.t.must('cases.list', filters)).total;
    expect(await n({ agencyId: w.partners.beltim.id })).toBe(1);
    expect(await n({ groupId: (await w.t.must('agencies.get', { id: w.partners.beltim.id })).groupId })).toBe(2);
    expect(await n({ subjectId: w.item('subject', 'kesehatan') })).toBe(1);
    expect(await n({ maladministrationId: w.item('maladministration', 'tidak_patut') })).toBe(1);
    expect(await n({ assignedStaff: 'Dewi' })).toBe(1);
    expect(await n({ receivedFrom: '2025-03-15', receivedTo: '2025-04-30' })).toBe(1);
    expect(await n({ trackId: w.item('track', 'reguler'), channelId: w.item('channel', 'datang_langsung'), stageId: w.item('stage', 'penerimaan') })).toBe(2);
    expect(await n({ state: 'closed' })).toBe(0);
    expect((await w.t.must('cases.list', { sortBy: 'agency', sortDir: 'asc' })).items.map((i) => i.agencyShortName)).toEqual(['Pemkab Bangka Tengah', 'Pemkab Belitung Timur']);
    expect(await w.t.must('cases.staffNames')).toEqual(['Dewi', 'Yoga Pratama']);
  });

  it('duplicate hints: similar text for the same agency; same reporter only for callers allowed', async () => {
    w = await openCaseWorld('2025-05-02');
    const first = await w.t.must('cases.create', caseInput(w, { confidential: true }));
    await w.t.must('cases.create', caseInput(w, { agencyId: w.partners.beltim.id }));
    const text = 'KTP-el saya belum dicetak karena blangko habis, sudah datang berkali-kali sejak perekaman';
    const hints = await w.t.must('cases.duplicateHints', { agencyId: w.partners.bateng.id, text });
    expect(hints.map((h) => [h.caseId, h.reason])).toEqual([[first.id, 'text']]);
    expect(await w.t.must('cases.duplicateHints', { agencyId: w.partners.bateng.id, text: 'Jalan rusak di desa' })).toEqual([]);
    const byReporter = { agencyId: w.partners.pemprov.id, text: '', reporterPhone: '+62 813 6789 1234' };
    const staff = await w.t.call('cases.duplicateHints', byReporter, contextWith('staff'));
    expect(staff.ok && staff.value).toEqual([]);
    const allowed = await w.t.call('cases.duplicateHints', byReporter, contextWith('staff', true));
    expect(allowed.ok && allowed.value.map((h) => h.reason)).toEqual(['reporter', 'reporter']);
  });
});
