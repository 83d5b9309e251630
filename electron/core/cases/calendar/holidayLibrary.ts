import Holidays from 'date-holidays';
import type { KnownDayOff } from './officialHolidays';
import { OFFICIAL_DAYS_OFF } from './officialHolidays';

let library: Holidays | null = null;

/**
 * Indonesia's public holidays for a year from the date-holidays package (its data ships with
 * the package: no network). Only "public" holidays; observances are not days off.
 */
export function libraryHolidays(year: number): KnownDayOff[] {
  library ??= new Holidays('ID');
  const seen = new Set<string>();
  const out: KnownDayOff[] = [];
  for (const h of library.getHolidays(year, 'id')) {
    if (h.type !== 'public') continue;
    const date = h.date.slice(0, 10);
    if (seen.has(date)) continue;
    seen.add(date);
    out.push({ date, name: h.name, kind: 'libur_nasional' });
  }
  return out;
}

/** What Simpul knows of a year before the office corrects anything: the decree's list where shipped, else the library's. */
export function builtInDaysOff(year: number): KnownDayOff[] {
  return OFFICIAL_DAYS_OFF[year] ?? libraryHolidays(year);
}
