import { CsvError, parse } from 'csv-parse/sync';
import { DomainError } from '../errors';
import type { GridRow, ReadWorkbook } from './grid';
import { isBlank } from './grid';
import { fileError } from './sniff';

const DELIMITERS = [';', ',', '\t'] as const;
// Control characters other than tab, line breaks and form feed: a sign of a binary file.
const CONTROL_RE = /(?![\t\n\r\f])\p{Cc}/gu;

/**
 * The text of a CSV: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"),
 * or else Windows-1252, which Excel on Windows writes for "CSV (Comma delimited)".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16BE');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw fileError('importBinary');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(body), bom ? 'UTF-8 (BOM)' : 'UTF-8');
  } catch (error) {
    if (error instanceof DomainError) throw error;
    return checked(new TextDecoder('windows-1252').decode(body), 'Windows-1252');
  }
}

function checked(text: string, encoding: string): { text: string; encoding: string } {
  const controls = text.slice(0, 65536).match(CONTROL_RE)?.length ?? 0;
  if (controls > 0) throw fileError('importBinary');
  return { text, encoding };
}

/**
 * The separator: Excel in Indonesian settings writes ";" (the comma is the decimal mark),
 * others ","; tab-separated text also occurs. The one that splits the first records into
 * the same number (> 1) of fields most often wins.
 */
export function detectDelimiter(text: string): string {
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    let records: string[][];
    try {
      records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to_line: 40 }) as string[][];
    } catch {
      continue;
    }
    const freq = new Map<number, number>();
    for (const r of records) if (r.length > 1) freq.set(r.length, (freq.get(r.length) ?? 0) + 1);
    for (const [width, n] of freq) {
      const score = n * 1000 + width;
      if (score > bestScore) {
        bestScore = score;
        best = delimiter;
      }
    }
  }
  return best;
}

/** Reads a CSV with csv-parse: every record is a row (a quoted line break stays inside its cell). */
export function readCsv(bytes: Uint8Array): ReadWorkbook {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = String(error.code === 'CSV_QUOTE_NOT_CLOSED' ? openQuoteLine(text) : typeof error.lines === 'number' ? error.lines : '?');
    throw new DomainError('VALIDATION', 'importCsvMalformed', { line }, { file: { key: 'importCsvMalformed', params: { line } } });
  }
  const rows: GridRow[] = [];
  records.forEach((cells, i) => {
    if (cells.some((c) => !isBlank(c))) rows.push({ rowNumber: i + 1, cells });
  });
  return { format: 'csv', sheets: [], sheet: null, grid: { rows, date1904: false }, delimiter, encoding };
}

/**
 * Where the quote that never closes was opened (csv-parse reports the end of the file):
 * the last line that leaves a quoted cell open.
 */
function openQuoteLine(text: string): number {
  let open = false;
  let openedAt = 1;
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if ((line.match(/"/g)?.length ?? 0) % 2 === 1) {
      open = !open;
      if (open) openedAt = i + 1;
    }
  });
  return openedAt;
}
