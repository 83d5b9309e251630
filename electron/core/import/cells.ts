import type { ImportField } from '../../../shared/agencyImport';
import { isIsoDate } from '../../../shared/dates';
import type { FocalRole } from '../../../shared/dto';
import type { MessageKey } from '../../../shared/messages';
import { cellText, type RawCell } from './grid';
import { parseLooseDate } from './looseDates';

export interface CellConversion {
  text: string;
  problem?: { key: MessageKey; params: Record<string, string> };
}

const PHONE_FIELDS: readonly ImportField[] = ['phone', 'focalPhone', 'focalWhatsapp'];
const NIP_FIELDS: readonly ImportField[] = ['headNip', 'focalNip'];
const DATE_FIELDS: readonly ImportField[] = ['decreeDate', 'startDate'];

/** A cell's value for one target field: phone zeros restored, dates as YYYY-MM-DD, roles named. */
export function convertCell(field: ImportField, cell: RawCell, date1904: boolean): CellConversion {
  if (PHONE_FIELDS.includes(field)) return { text: phoneText(cell) };
  if (NIP_FIELDS.includes(field)) return nipText(cell);
  if (DATE_FIELDS.includes(field)) return dateText(cell, date1904);
  if (field === 'role') return roleText(cell);
  return { text: cellText(cell) };
}

/**
 * Excel keeps a phone typed as a number without its leading zero (0812... -> 812...). Indonesian
 * numbers dialled at home always start with 0, so a number cell gets it back; a text of digits
 * only gets it back when it is clearly a mobile number (8xx, 9-13 digits), and 62... becomes
 * +62... .
 */
export function phoneText(cell: RawCell): string {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0) return restoreZero(BigInt(cell).toString(), true);
  const text = cellText(cell);
  return /^\d+$/.test(text) ? restoreZero(text, false) : text;
}

function restoreZero(digits: string, fromNumber: boolean): string {
  if (digits.startsWith('0')) return digits;
  if (digits.startsWith('62') && digits.length >= 10) return `+${digits}`;
  if (digits.startsWith('8') && digits.length >= 9 && digits.length <= 13) return `0${digits}`;
  return fromNumber && digits.length >= 6 && digits.length <= 12 ? `0${digits}` : digits;
}

/** An 18-digit NIP stored as a number has lost its last digits (Excel keeps 15): say so, never guess. */
function nipText(cell: RawCell): CellConversion {
  if (typeof cell === 'number' && cell >= 1e15) {
    // As Excel shows it: 15 significant digits, then zeros.
    const [mantissa, exponent] = cell.toExponential(14).split('e');
    const shown = mantissa!.replace('.', '').padEnd(Number(exponent) + 1, '0');
    return { text: shown, problem: { key: 'importNipAsNumber', params: { value: shown } } };
  }
  return { text: cellText(cell) };
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** An Excel day serial (e.g. 45983) as YYYY-MM-DD; the 1900 epoch absorbs Lotus's leap-year bug. */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

function dateText(cell: RawCell, date1904: boolean): CellConversion {
  if (cell === null) return { text: '' };
  // exceljs returns date-formatted cells as UTC midnight; the calendar day is the UTC one.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? bad(cellText(cell)) : { text: cell.toISOString().slice(0, 10) };
  if (typeof cell === 'number') return serialToIso(cell, date1904) ? { text: serialToIso(cell, date1904)! } : bad(String(cell));
  const text = cellText(cell);
  if (text === '') return { text: '' };
  const iso = parseLooseDate(text);
  return iso && isIsoDate(iso) ? { text: iso } : bad(text);
}

const bad = (value: string): CellConversion => ({ text: value, problem: { key: 'importDate', params: { value } } });

const ROLE_WORDS: Record<FocalRole, readonly string[]> = {
  utama: ['utama', 'primer', 'primary', 'pokok', 'inti', 'main'],
  cadangan: ['cadangan', 'pengganti', 'backup', 'wakil', 'pendamping', 'alternatif', 'kedua', 'secondary'],
};

function roleText(cell: RawCell): CellConversion {
  const text = cellText(cell);
  const key = text.toLocaleLowerCase('id-ID').replace(/[^a-z]/g, '');
  if (key === '') return { text: '' };
  for (const role of ['utama', 'cadangan'] as const) {
    if (ROLE_WORDS[role].some((w) => key === w || key.startsWith(w) || key.endsWith(w))) return { text: role };
  }
  return { text, problem: { key: 'importRole', params: { value: text } } };
}
