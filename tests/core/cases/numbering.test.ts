import { afterEach, describe, expect, it } from 'vitest';
import { caseInput, openCaseWorld, type CaseWorld } from '../../helpers/cases';
import { databaseChecksum } from '../../helpers/tempCore';

let w: CaseWorld;
afterEach(async () => w?.t.cleanup());

describe('register and letter numbers', () => {
  it('many parallel registrations through dispatch get unique, gapless numbers; the year resets the count', async () => {
    w = await openCaseWorld('2026-01-15');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => w.t.call('cases.create', caseInput(w, { receivedOn: i % 4 === 0 ? '2025-12-30' : '2026-01-0' + (1 + (i % 9)) }))),
    );
    const numbers = results.map((r) => (r.ok ? r.value.registerNumber : 'ERR'));
    expect(numbers).not.toContain('ERR');
    expect(new Set(numbers).size).toBe(40);
    const of = (year: string) => numbers.filter((n) => n.includes(`/${year}/`)).map((n) => Number(n.slice(0, 4))).sort((a, b) => a - b);
    expect(of('2025')).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(of('2026')).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(numbers).toContain('0001/LM/2026/BABEL');
    const reg = await w.t.must('numbers.list', { series: 'case', year: 2026 });
    expect(reg.counts).toEqual({ reserved: 0, used: 30, voided: 0 });
  });

  it('a reserved number is used by a later registration; a voided one leaves an explained gap and is never reused', async () => {
    w = await openCaseWorld('2025-03-20');
    await w.t.must('cases.create', caseInput(w));
    const reserved = await w.t.must('numbers.reserve', { series: 'case', date: '2025-03-20', reason: 'Formulir kertas di loket' });
    const spare = await w.t.must('numbers.reserve', { series: 'case', date: '2025-03-20', reason: 'Cadangan' });
    expect([reserved.number, spare.number]).toEqual(['0002/LM/2025/BABEL', '0003/LM/2025/BABEL']);
    const used = await w.t.must('cases.create', caseInput(w, { reservedNumberId: reserved.id }));
    expect(used.registerNumber).toBe('0002/LM/2025/BABEL');
    // The same reserved number cannot be taken twice.
    const before = databaseChecksum(w.t.dbPath);
    const again = await w.t.call('cases.create', caseInput(w, { reservedNumberId: reserved.id }));
    expect(again.ok ? null : again.error.fields?.reservedNumberId?.code).toBe('numberReservedUnusable');
    expect(databaseChecksum(w.t.dbPath)).toBe(before);
    await w.t.must('numbers.void', { id: spare.id, reason: 'Formulir rusak' });
    expect((await w.t.must('cases.create', caseInput(w))).registerNumber).toBe('0004/LM/2025/BABEL');
    const reg = await w.t.must('numbers.list', { series: 'case', year: 2025 });
    expect(reg.items.map((n) => [n.seq, n.state, n.reason])).toEqual([
      [1, 'used', ''],
      [2, 'used', 'Formulir kertas di loket'],
      [3, 'voided', 'Formulir rusak'],
      [4, 'used', ''],
    ]);
    // A used number cannot be voided.
    const refused = await w.t.call('numbers.void', { id: reserved.id, reason: 'x' });
    expect(refused.ok ? null : refused.error.key).toBe('numberVoidUsed');
  });

  it('letters are numbered from the office letter pattern; cancelling the entry voids its number', async () => {
    w = await openCaseWorld('2025-06-10');
    const c = await w.t.must('cases.create', caseInput(w));
    const a = await w.t.must('cases.addEvent', { caseId: c.id, kind: 'letter_sent', occurredOn: '2025-06-02', title: 'Klarifikasi', letterKind: 'klarifikasi' });
    expect(a.letterNumber).toBe('0001/LM/VI/2025/PBB');
    await w.t.must('cases.cancelEvent', { id: a.id, reason: 'Dicatat ganda' });
    const b = await w.t.must('cases.addEvent', { caseId: c.id, kind: 'letter_sent', occurredOn: '2025-06-03', title: 'Klarifikasi', letterKind: 'klarifikasi' });
    expect(b.letterNumber).toBe('0002/LM/VI/2025/PBB');
    const reg = await w.t.must('numbers.list', { series: 'letter', year: 2025 });
    expect(reg.items[0]).toMatchObject({ state: 'voided', reason: 'Catatan surat dibatalkan: Dicatat ganda' });
    // A letter written outside Simpul keeps its own number.
    const manual = await w.t.must('cases.addEvent', { caseId: c.id, kind: 'letter_sent', occurredOn: '2025-06-04', title: 'Surat lain', letterKind: 'lainnya', letterNumber: 'B-12/PW/2025' });
    expect(manual.letterNumber).toBe('B-12/PW/2025');
  });

  it('the register pattern is a setting', async () => {
    w = await openCaseWorld('2025-03-20');
    const s = await w.t.must('caseSettings.get');
    await w.t.must('caseSettings.update', { registerNumberPattern: 'LM-{nomor:5}/{bulan_romawi}/{tahun}', dueSoonWorkingDays: 3, expectedUpdatedAt: s.updatedAt });
    expect((await w.t.must('cases.create', caseInput(w))).registerNumber).toBe('LM-00001/III/2025');
    const bad = await w.t.call('caseSettings.update', { registerNumberPattern: '{nomor}/LM', dueSoonWorkingDays: 3 });
    expect(bad.ok ? null : bad.error.fields?.registerNumberPattern?.code).toBe('patternNeedsYear');
  });
});
