/**
 * Dates as offices type them in spreadsheets, always day before month (Indonesian usage):
 * "22/11/2025", "22-11-2025", "22.11.25", "2025-11-22", "22 November 2025", "22 Nov 2025",
 * "Sabtu, 22 November 2025", "22-Agu-2025". Returns YYYY-MM-DD, or null when unrecognised
 * (the caller still checks the date exists).
 */
const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, pebruari: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agust: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nop: 11, nopember: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 2 ? (Number(y) < 70 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y));
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export function parseLooseDate(input: string): string | null {
  // A weekday before the date ("Sabtu, ...") and a time after it ("... 00:00:00") add nothing.
  const text = input.trim().replace(/^\p{L}+,\s*/u, '').replace(/[ T]\d{1,2}[:.]\d{2}([:.]\d{2})?$/, '').trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (m) return iso(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s\-/.]+(\p{L}+)\.?[\s\-/.]+(\d{4}|\d{2})$/u.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLocaleLowerCase('id-ID')];
    return month ? iso(fullYear(m[3]!), month, Number(m[1])) : null;
  }
  return null;
}
