import ExcelJS from 'exceljs';

export type Cell = string | number | Date | null | { richText: Array<{ text: string }> } | { formula: string; result: string | number };

/** An XLSX built in memory: one sheet per entry, rows as given (row 1 first). */
export async function xlsx(sheets: Record<string, Cell[][]>, configure?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  configure?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const b64 = (data: Buffer | string): string => Buffer.from(data).toString('base64');

/** The headers an office sheet typically has (not the template's exact words). */
export const OFFICE_HEADERS = ['No', 'Nama Instansi', 'Kelompok', 'Kabupaten/Kota', 'Nama Narahubung', 'Jabatan', 'NIP', 'No. HP', 'Email', 'Nomor SK', 'Tanggal SK', 'Peran'];

export const csv = (rows: string[][], delimiter = ';', eol = '\n'): string => rows.map((r) => r.join(delimiter)).join(eol) + eol;
