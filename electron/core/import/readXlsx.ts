import ExcelJS from 'exceljs';
import { fileError } from './sniff';
import type { GridRow, RawCell, ReadWorkbook } from './grid';
import { isBlank } from './grid';
import { DomainError } from '../errors';

/** exceljs's many value shapes (rich text, formulas, hyperlinks, errors) as one plain value. */
function rawValue(v: ExcelJS.CellValue | undefined): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return rawValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in v && 'text' in v) return rawValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  // Error values (#N/A, #REF!) and anything unknown read as empty.
  return null;
}

/**
 * Reads an XLSX with exceljs: the visible sheets, the one asked for or else the one `choose`
 * prefers (a guide sheet often comes before the table). A file exceljs cannot read is
 * reported as damaged.
 */
export async function readXlsx(bytes: Uint8Array, wanted: string | undefined, choose: (grids: GridRow[][]) => number): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw fileError('importCorrupt');
  }
  const visible = workbook.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
  if (visible.length === 0) throw fileError('importCorrupt');
  let index = 0;
  if (wanted !== undefined && wanted !== '') {
    index = visible.findIndex((ws) => ws.name === wanted);
    if (index < 0) throw new DomainError('VALIDATION', 'importSheetUnknown', { sheet: wanted }, { sheet: { key: 'importSheetUnknown', params: { sheet: wanted } } });
  }
  const grids = visible.map((ws, i) => (wanted && i !== index ? [] : sheetRows(ws)));
  if (!wanted) index = choose(grids);
  return {
    format: 'xlsx',
    sheets: visible.map((ws) => ws.name),
    sheet: visible[index]!.name,
    grid: { rows: grids[index]!, date1904: Boolean(workbook.properties?.date1904) },
    delimiter: null,
    encoding: null,
  };
}

function sheetRows(sheet: ExcelJS.Worksheet): GridRow[] {
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as Array<ExcelJS.CellValue | undefined>;
    const cells: RawCell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(rawValue(values[i]));
    if (cells.some((c) => !isBlank(c))) rows.push({ rowNumber, cells });
  });
  return rows;
}
