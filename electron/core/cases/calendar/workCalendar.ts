/**
 * Working-day arithmetic. A working day is Monday to Friday and not an active day off
 * (national holiday, cuti bersama, office closure). Dates are YYYY-MM-DD strings, handled as
 * day numbers since 1970-01-01 (UTC), so there are no time zones or daylight saving.
 *
 * Counting convention (tata naskah dinas practice, and how deadlines are read in letters):
 * "N working days after D" is the N-th working day strictly after D; D itself never counts,
 * whether or not it is a working day. Days inside a pause never count.
 */
const DAY_MS = 86_400_000;

export const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
export const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;

/** Inclusive ranges of day numbers during which a clock stands still. */
export interface DayRange {
  from: number;
  to: number;
}

export class WorkCalendar {
  private readonly years = new Map<number, ReadonlySet<number>>();

  /** `offDaysOf(year)` gives that year's active days off (weekends need not be listed). */
  constructor(private readonly offDaysOf: (year: number) => ReadonlySet<string>) {}

  private offSet(year: number): ReadonlySet<number> {
    let set = this.years.get(year);
    if (!set) {
      set = new Set([...this.offDaysOf(year)].map(dayNumber));
      this.years.set(year, set);
    }
    return set;
  }

  isWorkingDayNumber(n: number): boolean {
    const w = weekdayOf(n);
    if (w === 0 || w === 6) return false;
    return !this.offSet(new Date(n * DAY_MS).getUTCFullYear()).has(n);
  }

  isWorkingDay(iso: string): boolean {
    return this.isWorkingDayNumber(dayNumber(iso));
  }

  /**
   * The day `days` working days after `from` (or calendar days with unit "calendar"; a
   * calendar-day deadline falling on a day off moves to the next working day). Days inside
   * `pauses` are skipped. Returns null when an open pause (to = Infinity) is reached first.
   */
  addDays(from: string, days: number, unit: 'working' | 'calendar' = 'working', pauses: readonly DayRange[] = []): string | null {
    const n = this.addDayNumbers(dayNumber(from), days, unit, pauses);
    return n === null ? null : isoOfDay(n);
  }

  addDayNumbers(start: number, days: number, unit: 'working' | 'calendar', pauses: readonly DayRange[] = []): number | null {
    if (days < 0) return this.subtractWorkingDays(start, -days);
    let counted = 0;
    let d = start;
    // Bounded: a year of pauses past the longest deadline is a data error, not a loop.
    for (let guard = 0; guard < 20_000; guard++) {
      if (counted >= days) break;
      d += 1;
      const pause = pauses.find((p) => d >= p.from && d <= p.to);
      if (pause) {
        if (!Number.isFinite(pause.to)) return null;
        d = pause.to;
        continue;
      }
      if (unit === 'calendar' || this.isWorkingDayNumber(d)) counted += 1;
    }
    if (unit === 'calendar') while (!this.isWorkingDayNumber(d)) d += 1;
    return d;
  }

  private subtractWorkingDays(start: number, days: number): number {
    let d = start;
    let counted = 0;
    while (counted < days) {
      d -= 1;
      if (this.isWorkingDayNumber(d)) counted += 1;
    }
    return d;
  }

  /** Working days d with from < d <= to; negative (to < d <= from) when `to` is earlier. */
  workingDaysBetween(from: string, to: string): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let n = 0;
    for (let d = lo + 1; d <= hi; d++) if (this.isWorkingDayNumber(d)) n += 1;
    return n * sign;
  }

  /** Working days in a year. */
  workingDaysIn(year: number): number {
    return this.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
  }
}
