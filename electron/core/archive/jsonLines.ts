import { LIMITS } from './format';
import { refuse } from './refusal';

/**
 * A table's rows in an archive: line 1 is {"table": name, "columns": [...]}, then one JSON
 * array per row in column order. Arrays keep the file about half the size of objects and
 * parse faster; the header still makes every file readable on its own.
 */
export interface TableHeader {
  table: string;
  columns: string[];
}

export type Cell = string | number | null;

const COLUMN_RE = /^[a-z_][a-z0-9_]{0,62}$/;

export function headerLine(header: TableHeader): string {
  return `${JSON.stringify({ table: header.table, columns: header.columns })}\n`;
}

/** Splits decoded UTF-8 text into lines; a line longer than the limit refuses the archive. */
export async function* textLines(chunks: AsyncIterable<Uint8Array>, entryName: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let lineNo = 0;
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw refuse('archiveMalformedRow', { name: entryName, line: lineNo + 1, detail: 'bukan UTF-8' });
    }
  };
  for await (const chunk of chunks) {
    rest += decode(chunk);
    let at = rest.indexOf('\n');
    let start = 0;
    while (at >= 0) {
      lineNo += 1;
      yield rest.slice(start, at);
      start = at + 1;
      at = rest.indexOf('\n', start);
    }
    rest = rest.slice(start);
    if (rest.length > LIMITS.lineBytes) throw refuse('archiveMalformedRow', { name: entryName, line: lineNo + 1, detail: 'baris terlalu panjang' });
  }
  rest += decode();
  if (rest.length > 0) throw refuse('archiveMalformedRow', { name: entryName, line: lineNo + 1, detail: 'baris terakhir tanpa akhir baris' });
}

export function parseHeader(line: string | undefined, entryName: string, table: string): TableHeader {
  const bad = (detail: string) => refuse('archiveMalformedRow', { name: entryName, line: 1, detail });
  if (line === undefined) throw bad('kepala tabel tidak ada');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw bad('kepala tabel bukan JSON');
  }
  const h = value as Partial<TableHeader> | null;
  if (!h || typeof h !== 'object' || h.table !== table || !Array.isArray(h.columns)) throw bad('kepala tabel tidak sesuai');
  const columns = h.columns as unknown[];
  if (columns.length === 0 || columns.some((c) => typeof c !== 'string' || !COLUMN_RE.test(c)) || new Set(columns).size !== columns.length) {
    throw bad('nama kolom tidak valid');
  }
  return { table, columns: columns as string[] };
}

/** One row line: an array of strings, finite numbers and nulls, as long as the header. */
export function parseRow(line: string, width: number, entryName: string, lineNo: number): Cell[] {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw refuse('archiveMalformedRow', { name: entryName, line: lineNo, detail: 'bukan JSON' });
  }
  if (!Array.isArray(value) || value.length !== width) throw refuse('archiveMalformedRow', { name: entryName, line: lineNo, detail: 'jumlah kolom' });
  for (const cell of value) {
    if (cell !== null && typeof cell !== 'string' && !(typeof cell === 'number' && Number.isFinite(cell))) {
      throw refuse('archiveMalformedRow', { name: entryName, line: lineNo, detail: 'jenis nilai' });
    }
  }
  return value as Cell[];
}
