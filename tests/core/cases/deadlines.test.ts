import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { deadlineRuleEditableFields } from '../../../shared/contract/caseSetup';
import { caseInput, openCaseWorld, type CaseWorld } from '../../helpers/cases';

let w: CaseWorld;
afterEach(async () => w?.t.cleanup());

const clock = (w: CaseWorld, id: string, code: string) => w.t.must('cases.get', { id }).then((c) => c.clocks.find((k) => k.ruleCode === code));

/** The cached columns as stored, to compare with a computation from scratch. */
function cachedDue(w: CaseWorld): Array<Record<string, unknown>> {
  const db = new Database(w.t.dbPath, { readonly: true });
  try {
    return db.prepare(`SELECT id, next_due_on, next_due_rule_id, agency_due_on FROM cases ORDER BY id`).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

describe('deadlines computed from history', () => {
  it('a clarification letter across Idul Fitri 2025 is due after the break; the case is overdue once the clock passes it', async () => {
    w = await openCaseWorld('2025-03-21');
    const c = await w.t.must('cases.create', caseInput(w));
    await w.t.must('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'pemeriksaan'), date: '2025-03-21' });
    await w.t.must('cases.forward', { caseId: c.id, date: '2025-03-21' });
    await w.t.must('cases.addEvent', { caseId: c.id, kind: 'letter_sent', occurredOn: '2025-03-21', title: 'Permintaan klarifikasi', letterKind: 'klarifikasi' });
    expect((await clock(w, c.id, 'klarifikasi'))?.dueOn).toBe('2025-04-22');

    w.clock.set('2025-04-22');
    expect((await w.t.must('cases.list', { due: 'overdue' })).total).toBe(0);
    expect((await w.t.must('cases.list', { due: 'dueSoon' })).items.map((i) => i.id)).toEqual([c.id]);
    w.clock.set('2025-04-23');
    const overdue = await w.t.must('cases.list', { due: 'overdue' });
    expect(overdue.items.map((i) => i.id)).toEqual([c.id]);
    expect(overdue.counts.overdue).toBe(1);
    const dash = await w.t.must('cases.dashboard');
    expect(dash.overdueByAgency).toEqual([expect.objectContaining({ agencyId: w.partners.bateng.id, count: 1, focalPointName: w.focalName })]);
    const wa = await w.t.must('cases.whatsappReminder', { agencyId: w.partners.bateng.id });
    expect(wa.caseCount).toBe(1);
    expect(wa.text).toContain(c.registerNumber);
    expect(wa.waUrl).toMatch(/^https:\/\/wa\.me\/6281270001111\?text=/);

    // The reply stops the clock: nothing is overdue any more.
    const reply = await w.t.must('cases.addEvent', { caseId: c.id, kind: 'reply_received', occurredOn: '2025-04-23', title: 'Jawaban instansi' });
    expect((await clock(w, c.id, 'klarifikasi'))?.status).toBe('metLate');
    expect((await w.t.must('cases.list', { due: 'overdue' })).total).toBe(0);
    // Correcting the reply's date recomputes: answered in time.
    await w.t.must('cases.updateEvent', { id: reply.id, occurredOn: '2025-04-14', title: 'Jawaban instansi' });
    expect((await clock(w, c.id, 'klarifikasi'))?.status).toBe('met');
  });

  it('calendar corrections and rule changes recompute open cases, and the cache equals a computation from scratch', async () => {
    w = await openCaseWorld('2025-03-10');
    const c = await w.t.must('cases.create', caseInput(w));
    await w.t.must('cases.addEvent', { caseId: c.id, kind: 'letter_sent', occurredOn: '2025-03-10', title: 'Klarifikasi', letterKind: 'klarifikasi' });
    expect((await w.t.must('cases.get', { id: c.id })).nextDueOn).toBe('2025-03-21'); // verification clock: 14 working days after 3 Mar
    // The office closes on 14 March (a regional holiday): both clocks move a day.
    const day = await w.t.must('calendar.saveDay', { date: '2025-03-14', name: 'Libur daerah', kind: 'libur_kantor' });
    expect((await clock(w, c.id, 'verifikasi'))?.dueOn).toBe('2025-03-24');
    expect((await clock(w, c.id, 'klarifikasi'))?.dueOn).toBe('2025-04-09');
    expect((await w.t.must('cases.list', {})).items[0]!.nextDueOn).toBe('2025-03-24');
    // ... and opens again.
    await w.t.must('calendar.saveDay', { id: day.id, date: '2025-03-14', name: 'Libur daerah', kind: 'libur_kantor', active: false });
    expect((await w.t.must('cases.list', {})).items[0]!.nextDueOn).toBe('2025-03-21');
    // A rule change: verification within 5 working days.
    const rules = await w.t.must('deadlineRules.list');
    const v = rules.find((r) => r.code === 'verifikasi')!;
    await w.t.must('deadlineRules.save', { ...deadlineRuleEditableFields(v), days: 5 });
    expect((await w.t.must('cases.list', {})).items[0]!.nextDueOn).toBe('2025-03-10');
    const before = cachedDue(w);
    expect(await w.t.must('cases.recomputeDeadlines', {})).toEqual({ cases: 1, changed: 0 });
    expect(cachedDue(w)).toEqual(before);
  });

  it('waiting on the reporter pauses the office clock; the reporter has their own deadline', async () => {
    w = await openCaseWorld('2025-03-05');
    const c = await w.t.must('cases.create', caseInput(w));
    await w.t.must('cases.addEvent', { caseId: c.id, kind: 'reporter_request', occurredOn: '2025-03-05', title: 'Minta kelengkapan' });
    let got = await w.t.must('cases.get', { id: c.id });
    expect(got.clocks.find((k) => k.ruleCode === 'verifikasi')?.status).toBe('paused');
    expect(got.clocks.find((k) => k.ruleCode === 'tanggapan_pelapor')?.dueOn).toBe('2025-03-25');
    w.clock.set('2025-03-12');
    await w.t.must('cases.addEvent', { caseId: c.id, kind: 'reporter_response', occurredOn: '2025-03-12', title: 'Berkas dilengkapi' });
    got = await w.t.must('cases.get', { id: c.id });
    expect(got.clocks.find((k) => k.ruleCode === 'verifikasi')).toMatchObject({ dueOn: '2025-04-08', pausedDays: 7, status: 'running' });
    expect(got.nextDueOn).toBe('2025-04-08');
  });

  it('cache and scratch agree after a mixed history across many cases', async () => {
    w = await openCaseWorld('2025-06-30');
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const c = await w.t.must('cases.create', caseInput(w, { receivedOn: `2025-0${1 + (i % 5)}-1${i % 9}` }));
      ids.push(c.id);
      if (i % 2 === 0) await w.t.must('cases.addEvent', { caseId: c.id, kind: 'letter_sent', occurredOn: `2025-06-0${2 + (i % 5)}`, title: 'K', letterKind: 'klarifikasi' });
      if (i % 3 === 0) await w.t.must('cases.addEvent', { caseId: c.id, kind: 'reporter_request', occurredOn: '2025-06-10', title: 'R' });
      if (i % 4 === 0) await w.t.must('cases.changeStage', { caseId: c.id, stageId: w.item('stage', 'lhp'), date: '2025-06-20' });
    }
    await w.t.must('calendar.saveDay', { date: '2025-06-16', name: 'Libur kantor', kind: 'libur_kantor' });
    const before = cachedDue(w);
    expect((await w.t.must('cases.recomputeDeadlines', {})).changed).toBe(0);
    expect(cachedDue(w)).toEqual(before);
    for (const id of ids) {
      const detail = await w.t.must('cases.get', { id });
      expect(before.find((r) => r.id === id)?.next_due_on ?? null).toBe(detail.nextDueOn);
    }
  });
});
