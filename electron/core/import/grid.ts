/** A sheet as rows of cells, whatever the file format was. */
export type RawCell = string | number | boolean | Date | null;

export interface GridRow {
  /** The row number as the spreadsheet program shows it (1-based). */
  rowNumber: number;
  cells: RawCell[];
}

export interface SheetGrid {
  rows: GridRow[];
  /** Workbooks made on old Macs count day serials from 1904. */
  date1904: boolean;
}

export interface ReadWorkbook {
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string | null;
  grid: SheetGrid;
  delimiter: string | null;
  encoding: string | null;
}

export const isBlank = (c: RawCell): boolean => c === null || (typeof c === 'string' && c.trim() === '');

/** A cell as plain text for headers, samples and text fields. */
export function cellText(c: RawCell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c.replace(/\u00a0/g, ' ').trim();
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  if (Number.isInteger(c)) return BigInt(c).toString();
  return String(c);
}
