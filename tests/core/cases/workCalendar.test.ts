import { describe, expect, it } from 'vitest';
import { builtInDaysOff, libraryHolidays } from '../../../electron/core/cases/calendar/holidayLibrary';
import { dayNumber, WorkCalendar } from '../../../electron/core/cases/calendar/workCalendar';
import { computeClocks, dueSummary, reporterPauses, type ClockEvent, type ClockRule } from '../../../electron/core/cases/deadlines/clocks';

const official = (year: number) => new Set(builtInDaysOff(year).map((d) => d.date));
const calendar = new WorkCalendar(official);

describe('holiday sources', () => {
  it('the library works offline and knows Indonesia, but its Idul Fitri 2025 is a day early', () => {
    const lib = libraryHolidays(2025).map((d) => d.date);
    expect(lib).toContain('2025-08-17');
    expect(lib).toContain('2025-12-25');
    // Decree (SKB 2025): Idul Fitri 1446 H on 31 March and 1 April; the library computes 30-31 March.
    expect(lib).toContain('2025-03-30');
    expect(lib).not.toContain('2025-04-01');
  });

  it("the shipped 2025 list follows the decree: Idul Fitri 31 Mar-1 Apr, cuti bersama 28 Mar and 2-7 Apr", () => {
    const days = builtInDaysOff(2025);
    const of = (date: string) => days.find((d) => d.date === date);
    expect(of('2025-03-31')?.kind).toBe('libur_nasional');
    expect(of('2025-04-01')?.kind).toBe('libur_nasional');
    for (const d of ['2025-03-28', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07']) expect(of(d)?.kind).toBe('cuti_bersama');
    // Years without a shipped decree list fall back to the library.
    expect(builtInDaysOff(2031).length).toBeGreaterThan(10);
  });
});

describe('the 2026 decree (SKB 1497/2025, 2/2025, 5/2025)', () => {
  it('ships 17 days of national holiday and 8 of cuti bersama', () => {
    const days = builtInDaysOff(2026);
    expect(days.filter((d) => d.kind === 'libur_nasional')).toHaveLength(17);
    expect(days.filter((d) => d.kind === 'cuti_bersama').map((d) => d.date)).toEqual([
      '2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24',
    ]);
  });

  it('a letter of Tue 17 Mar 2026 waits out Nyepi and the Idul Fitri break', () => {
    // 18 Mar cuti bersama, 19 Nyepi, 20 cuti bersama, 21-22 Idul Fitri (weekend), 23-24 cuti bersama: 25 Mar is day 1.
    for (const d of ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']) expect(calendar.isWorkingDay(d)).toBe(false);
    expect(calendar.addDays('2026-03-17', 1)).toBe('2026-03-25');
    // 25-27 Mar (3), 30 Mar-2 Apr (7; 3 Apr Good Friday), 6-10 Apr (12), 13-14 Apr (14).
    expect(calendar.addDays('2026-03-17', 14)).toBe('2026-04-14');
    // Christmas: Thu 24 Dec cuti bersama, Fri 25 Dec Natal.
    expect(calendar.addDays('2026-12-23', 1)).toBe('2026-12-28');
  });
});

describe('working days', () => {
  it('skips weekends, Nyepi and the whole Idul Fitri 2025 break', () => {
    // Thu 27 Mar 2025 is the last working day before the break; the next is Tue 8 Apr.
    expect(calendar.isWorkingDay('2025-03-27')).toBe(true);
    for (const d of ['2025-03-28', '2025-03-29', '2025-03-31', '2025-04-01', '2025-04-02', '2025-04-04', '2025-04-07']) expect(calendar.isWorkingDay(d)).toBe(false);
    expect(calendar.addDays('2025-03-27', 1)).toBe('2025-04-08');
    // A clarification letter of Fri 21 Mar 2025 with 14 working days: 24-27 Mar (4), 8-11 Apr (8), 14-17 Apr (12; 18 Apr Good Friday), 21-22 Apr.
    expect(calendar.addDays('2025-03-21', 14)).toBe('2025-04-22');
    expect(calendar.workingDaysBetween('2025-03-21', '2025-04-22')).toBe(14);
    expect(calendar.workingDaysBetween('2025-04-22', '2025-03-21')).toBe(-14);
  });

  it('counts from the day after, whatever day the start is', () => {
    expect(calendar.addDays('2025-03-08', 1)).toBe('2025-03-10'); // Saturday -> Monday
    expect(calendar.addDays('2025-03-10', 5)).toBe('2025-03-17');
  });

  it('calendar days land on the next working day when they end on a day off', () => {
    expect(calendar.addDays('2025-03-17', 14, 'calendar')).toBe('2025-04-08'); // 31 Mar is Idul Fitri -> 8 Apr
    expect(calendar.addDays('2025-03-03', 14, 'calendar')).toBe('2025-03-17');
  });

  it('an office correction moves the result', () => {
    const corrected = new WorkCalendar((y) => new Set([...official(y), '2025-03-24']));
    expect(corrected.addDays('2025-03-21', 14)).toBe('2025-04-23');
    expect(corrected.workingDaysIn(2025)).toBe(calendar.workingDaysIn(2025) - 1);
  });

  it('pauses are skipped, an open pause has no due date', () => {
    const pauses = [{ from: dayNumber('2025-03-11'), to: dayNumber('2025-03-14') }];
    expect(calendar.addDays('2025-03-10', 5, 'working', pauses)).toBe('2025-03-21');
    expect(calendar.addDays('2025-03-10', 5, 'working', [{ from: dayNumber('2025-03-12'), to: Infinity }])).toBeNull();
  });
});

describe('clocks from history', () => {
  const rule = (p: Partial<ClockRule>): ClockRule => ({ id: 'r', code: 'r', name: 'r', trigger: 'letter_klarifikasi', stageId: null, days: 14, unit: 'working', party: 'agency', pausesForReporter: false, active: true, ...p });
  const ev = (seq: number, kind: string, occurredOn: string, p: Partial<ClockEvent> = {}): ClockEvent => ({ id: `e${seq}`, kind, occurredOn, seq, letterKind: null, stageToId: null, replyDays: null, cancelled: false, ...p });

  it('a reply stops the letter clock; cancelling the reply starts it again', () => {
    const letter = ev(2, 'letter_sent', '2025-03-21', { letterKind: 'klarifikasi' });
    const reply = ev(3, 'reply_received', '2025-04-10');
    const [c] = computeClocks([ev(1, 'stage_change', '2025-03-20', { stageToId: 's' }), letter, reply], [rule({})], null, calendar);
    expect(c).toMatchObject({ dueOn: '2025-04-22', stoppedOn: '2025-04-10' });
    const open = computeClocks([letter, { ...reply, cancelled: true }], [rule({})], null, calendar);
    expect(dueSummary(open)).toEqual({ nextDueOn: '2025-04-22', nextDueRuleId: 'r', agencyDueOn: '2025-04-22' });
  });

  it('waiting on the reporter pauses pausable clocks only', () => {
    const history = [ev(1, 'stage_change', '2025-03-03', { stageToId: 'intake' }), ev(2, 'reporter_request', '2025-03-05'), ev(3, 'reporter_response', '2025-03-12')];
    expect(reporterPauses(history, null)).toEqual([{ from: dayNumber('2025-03-06'), to: dayNumber('2025-03-12') }]);
    const office = rule({ id: 'v', trigger: 'stage', stageId: 'intake', party: 'office', pausesForReporter: true });
    const reporter = rule({ id: 'p', trigger: 'reporter_request', party: 'reporter' });
    const clocks = computeClocks(history, [office, reporter], null, calendar);
    const v = clocks.find((c) => c.ruleId === 'v')!;
    // Without the pause: 21 Mar. Counted: 4, 5 Mar | paused 6-12 Mar | 13, 14, 17-21 (9), 24-27 (13) | 28 Mar-7 Apr off | 8 Apr (14).
    expect(v.dueOn).toBe('2025-04-08');
    expect(v.pausedDays).toBe(7);
    expect(clocks.find((c) => c.ruleId === 'p')).toMatchObject({ stoppedOn: '2025-03-12' });
    const waiting = computeClocks(history.slice(0, 2), [office], null, calendar);
    expect(waiting[0]!.dueOn).toBeNull();
  });

  it('a stage clock stops when the stage changes; closure stops everything', () => {
    const lhp = rule({ id: 'l', trigger: 'stage', stageId: 'lhp', days: 30 });
    const h = [ev(1, 'stage_change', '2025-01-06', { stageToId: 'lhp' }), ev(2, 'stage_change', '2025-01-20', { stageToId: 'res' })];
    expect(computeClocks(h, [lhp], null, calendar)[0]).toMatchObject({ stoppedOn: '2025-01-20', stoppedByClosure: false });
    expect(computeClocks(h.slice(0, 1), [lhp], '2025-01-10', calendar)[0]).toMatchObject({ stoppedOn: '2025-01-10', stoppedByClosure: true });
  });
});
