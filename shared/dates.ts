/**
 * Calendar dates as used in official letters (tata naskah dinas): "22 November 2025",
 * with a day "Sabtu, 22 November 2025", with a place "Pangkalpinang, 22 November 2025"
 * (month in words, no final full stop). Business dates are plain YYYY-MM-DD strings.
 */
export const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;
export const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
/** Index 0 = Sunday, as Date.getUTCDay(). */
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

export const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number;
}

/** Parses YYYY-MM-DD and rejects impossible dates such as 2025-02-30. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

function mustParse(iso: string): CalendarDate {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Not a calendar date: ${iso}`);
  return d;
}

/** Today's date in the office's local time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** "22 November 2025" */
export function formatDateId(iso: string): string {
  const d = mustParse(iso);
  return `${d.day} ${MONTHS_ID[d.month - 1]} ${d.year}`;
}

/** "Sabtu, 22 November 2025" */
export function formatDayDateId(iso: string): string {
  const d = mustParse(iso);
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return `${DAYS_ID[weekday]}, ${formatDateId(iso)}`;
}

/** "Pangkalpinang, 22 November 2025": the date line above a signature block. */
export function formatDateLine(place: string, iso: string): string {
  const p = place.trim();
  return p ? `${p}, ${formatDateId(iso)}` : formatDateId(iso);
}

/** "22 November 2025" / "22 November 2025" by UI language; English keeps day-month-year. */
export function formatDate(iso: string, lang: 'id' | 'en'): string {
  if (lang === 'id') return formatDateId(iso);
  const d = mustParse(iso);
  return `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
}

const ROMAN: Array<[number, string]> = [
  [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Month in Roman numerals as used in letter numbers: 1 -> "I", 12 -> "XII". */
export function romanMonth(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Month out of range: ${month}`);
  let n = month;
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Calendar arithmetic on YYYY-MM-DD strings (UTC-based, so no daylight-saving surprises). */
export function addDays(iso: string, days: number): string {
  const d = mustParse(iso);
  return new Date(Date.UTC(d.year, d.month - 1, d.day + days)).toISOString().slice(0, 10);
}

/** Adds months, clamping the day to the target month's length (31 Aug - 6 months = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const d = mustParse(iso);
  const first = new Date(Date.UTC(d.year, d.month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d.day, lastDay));
  return first.toISOString().slice(0, 10);
}
