import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from '../../helpers/tempCore';
import { caseInput, documentText, openCaseWorld, type CaseWorld } from '../../helpers/cases';
import { databaseChecksum } from '../../helpers/tempCore';

let w: CaseWorld | undefined;
let t: TempCore | undefined;
afterEach(async () => {
  await w?.t.cleanup();
  await t?.cleanup();
  w = undefined;
  t = undefined;
});

const csv = (text: string) => ({ fileName: 'skb.csv', base64: Buffer.from(text, 'utf8').toString('base64') });

describe('calendar', () => {
  it('a year is the office list once seeded; days can be corrected and imported from CSV', async () => {
    w = await openCaseWorld('2025-03-20');
    const y2025 = await w.t.must('calendar.year', { year: 2025 });
    expect(y2025.seeded).toBe(true);
    expect(y2025.days.find((d) => d.date === '2025-04-02')).toMatchObject({ kind: 'cuti_bersama', source: 'bawaan' });
    expect(y2025.workingDays).toBe(261 - 24); // 261 Mon-Fri days in 2025 less the 24 that the decree list gives off
    const y2030 = await w.t.must('calendar.year', { year: 2030 });
    expect(y2030.seeded).toBe(false);
    expect((await w.t.must('calendar.seedYear', { year: 2030 })).seeded).toBe(true);

    const c = await w.t.must('cases.create', caseInput(w));
    await w.t.must('cases.addEvent', { caseId: c.id, kind: 'letter_sent', occurredOn: '2025-03-20', title: 'K', letterKind: 'klarifikasi' });
    const dueBefore = (await w.t.must('cases.get', { id: c.id })).clocks.find((k) => k.ruleCode === 'klarifikasi')!.dueOn;
    expect(dueBefore).toBe('2025-04-21');

    const bad = await w.t.must('calendar.import', csv('tanggal;nama;jenis\n2025-13-01;Salah;cuti_bersama\n2025-04-21;Libur;entah'));
    expect(bad.rows.map((r) => r.action)).toEqual(['error', 'error']);
    const before = databaseChecksum(w.t.dbPath);
    const refused = await w.t.call('calendar.import', { ...csv('2025-13-01;Salah;cuti_bersama'), commit: true });
    expect(refused.ok ? null : refused.error.key).toBe('calendarCsvHasErrors');
    expect(databaseChecksum(w.t.dbPath)).toBe(before);

    const preview = await w.t.must('calendar.import', csv('Tanggal,Nama,Jenis\n21/04/2025,Cuti bersama tambahan,Cuti Bersama\n2025-04-02,Cuti bersama Idul Fitri 1446 H,cuti_bersama\n'));
    expect(preview.rows.map((r) => r.action)).toEqual(['add', 'same']);
    expect(preview.committed).toBe(false);
    const done = await w.t.must('calendar.import', { ...csv('21/04/2025;Cuti bersama tambahan;cuti bersama'), commit: true });
    expect(done).toMatchObject({ added: 1, committed: true });
    expect((await w.t.must('cases.get', { id: c.id })).clocks.find((k) => k.ruleCode === 'klarifikasi')!.dueOn).toBe('2025-04-22');
    expect((await w.t.must('calendar.addDays', { from: '2025-03-27', days: 1 })).date).toBe('2025-04-08');
  });
});

describe('handover and demo', () => {
  it("the handover sheet lists the agency's open cases", async () => {
    w = await openCaseWorld('2025-05-02');
    const c = await w.t.must('cases.create', caseInput(w, { confidential: true }));
    const rotation = await w.t.must('roster.rotate', { agencyId: w.partners.bateng.id, date: '2025-05-02', endReason: 'mutasi', successor: { newPerson: { name: 'Dewi Lestari' } } });
    const doc = await w.t.must('documents.handover', { endedAssignmentId: rotation.ended.id, startedAssignmentId: rotation.started.id });
    const text = await documentText(w, doc.id);
    expect(text).toContain('Laporan masyarakat yang masih dalam proses');
    expect(text).toContain(c.registerNumber);
    expect(text).not.toContain('Siti Aminah');
  });

  it('the demo office has about 60 cases in every state, some overdue, some confidential', async () => {
    t = await openTempCore({ now: () => new Date('2025-11-22T03:00:00Z') });
    await t.must('system.loadDemo', {});
    const all = await t.must('cases.list', { state: 'all', pageSize: 100 });
    expect(all.total).toBe(60);
    const dash = await t.must('cases.dashboard');
    expect(dash.overdue).toBeGreaterThan(3);
    expect(dash.openByStage.filter((s) => s.count > 0).length).toBeGreaterThanOrEqual(3);
    expect(dash.closedThisYear).toBeGreaterThan(0);
    expect(dash.target).toBe(120);
    expect(all.items.filter((i) => i.confidential).every((i) => i.reporterName === null)).toBe(true);
    expect(all.items.filter((i) => i.confidential).length).toBeGreaterThan(5);
    expect((await t.must('cases.recomputeDeadlines', {})).changed).toBe(0);
    expect(readFileSync(t.dbPath).length).toBeGreaterThan(0);
  });
});
