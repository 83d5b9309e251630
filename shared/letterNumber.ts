/**
 * Letter numbers are built from parts (tata naskah dinas): a running number that resets
 * every year, unit and archive codes, the month (often in Roman numerals) and the year,
 * e.g. "0179/LM/VI/2022/BJM" or "045/HM.05/XII/2025". The office sets the pattern; these
 * placeholders are the only ones allowed:
 *   {nomor}        running number, as is            -> 179
 *   {nomor:N}      running number, zero-padded to N -> 0179 (N = 1..6)
 *   {bulan}        month as a number, two digits    -> 06
 *   {bulan_romawi} month in Roman numerals          -> VI
 *   {tahun}        four-digit year                  -> 2022
 * Everything else is literal text (codes such as LM, HM.05, BJM and separators).
 */
import { romanMonth } from './dates';

export const LETTER_PLACEHOLDERS = ['nomor', 'nomor:N', 'bulan', 'bulan_romawi', 'tahun'] as const;
export const DEFAULT_LETTER_PATTERN = '{nomor:4}/PW/{bulan_romawi}/{tahun}';

const TOKEN_RE = /\{([^{}]*)\}/g;
const LITERAL_RE = /^[A-Za-z0-9./\- _]*$/;

export type LetterPatternProblem =
  | { code: 'patternEmpty' }
  | { code: 'patternTooLong' }
  | { code: 'patternUnknownPlaceholder'; placeholder: string }
  | { code: 'patternBraces' }
  | { code: 'patternNeedsNumber' }
  | { code: 'patternNeedsYear' }
  | { code: 'patternBadLiteral' };

/** Returns the first problem with a pattern, or null when it can be used. */
export function checkLetterPattern(pattern: string): LetterPatternProblem | null {
  if (pattern.trim() === '') return { code: 'patternEmpty' };
  if (pattern.length > 80) return { code: 'patternTooLong' };
  let hasNumber = false;
  let hasYear = false;
  for (const m of pattern.matchAll(TOKEN_RE)) {
    const name = m[1]!;
    if (name === 'nomor' || /^nomor:[1-6]$/.test(name)) hasNumber = true;
    else if (name === 'tahun') hasYear = true;
    else if (name !== 'bulan' && name !== 'bulan_romawi') return { code: 'patternUnknownPlaceholder', placeholder: `{${name}}` };
  }
  const literal = pattern.replace(TOKEN_RE, '');
  if (literal.includes('{') || literal.includes('}')) return { code: 'patternBraces' };
  if (!LITERAL_RE.test(literal)) return { code: 'patternBadLiteral' };
  // The number resets every year, so without the year two letters could share a number.
  if (!hasNumber) return { code: 'patternNeedsNumber' };
  if (!hasYear) return { code: 'patternNeedsYear' };
  return null;
}

export function formatLetterNumber(pattern: string, seq: number, isoDate: string): string {
  const problem = checkLetterPattern(pattern);
  if (problem) throw new Error(`Invalid letter pattern: ${problem.code}`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Running number must be >= 1: ${seq}`);
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return pattern.replace(TOKEN_RE, (_all, name: string) => {
    if (name === 'nomor') return String(seq);
    if (name.startsWith('nomor:')) return String(seq).padStart(Number(name.slice(6)), '0');
    if (name === 'bulan') return String(month).padStart(2, '0');
    if (name === 'bulan_romawi') return romanMonth(month);
    return String(year);
  });
}
