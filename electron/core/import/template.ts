import ExcelJS from 'exceljs';
import { IMPORT_FIELDS, IMPORT_MAX_ROWS, TEMPLATE_HEADERS, columnLetter, type ImportField } from '../../../shared/agencyImport';
import type { GeneratedDocumentDto } from '../../../shared/dto';
import { listAgencyGroups } from '../agencies/groups';
import { documentFileName, MIME } from '../documents/fileNames';
import { storeGeneratedDocument } from '../documents/store';
import type { ServiceContext } from '../service';

const WIDTHS: Partial<Record<ImportField, number>> = { name: 40, group: 28, address: 36, focalName: 28, focalPosition: 28, decreeNumber: 24, role: 22 };
const TEXT_COLUMNS: readonly ImportField[] = ['phone', 'headNip', 'focalNip', 'focalPhone', 'focalWhatsapp'];
const DATE_COLUMNS: readonly ImportField[] = ['decreeDate', 'startDate'];

const GUIDE = [
  'Petunjuk pengisian templat impor instansi dan narahubung',
  '',
  '1. Isi lembar "Data": satu baris per instansi. Kolom bertanda * wajib diisi.',
  '2. Kelompok Instansi harus sama dengan salah satu kelompok di bawah (dapat dipilih dari daftar).',
  '3. Kolom narahubung boleh dikosongkan bila instansi belum menunjuk narahubung.',
  '4. Instansi dengan dua narahubung: tulis baris kedua dengan nama instansi yang sama dan Peran "cadangan".',
  '5. Tanggal ditulis seperti 22/11/2025. Tanggal Mulai kosong berarti hari impor; Peran kosong berarti utama.',
  '6. Nomor HP dan NIP ditulis sebagai teks (kolomnya sudah berformat Teks), agar angka nol di depan tidak hilang.',
  '7. Contoh: Inspektorat Kota Pangkalpinang | Inspektorat | Kota Pangkalpinang | Budi Santoso | 0812-7000-1111 | utama',
  '',
  'Kelompok instansi yang terdaftar:',
];

/** The workbook: a "Data" sheet with the headers the import recognises, and a guide. */
export async function renderImportTemplate(groups: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Simpul';
  const data = workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = workbook.addWorksheet('Petunjuk');
  data.columns = IMPORT_FIELDS.map((f) => ({
    header: `${TEMPLATE_HEADERS[f]}${f === 'name' || f === 'group' ? ' *' : ''}`,
    width: WIDTHS[f] ?? 18,
    style: TEXT_COLUMNS.includes(f) ? { numFmt: '@' } : DATE_COLUMNS.includes(f) ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  const header = data.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF054A6E' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;

  guide.getColumn(1).width = 110;
  GUIDE.forEach((line, i) => (guide.getCell(i + 1, 1).value = line));
  guide.getCell(1, 1).font = { bold: true, size: 13 };
  const firstGroupRow = GUIDE.length + 1;
  groups.forEach((g, i) => (guide.getCell(firstGroupRow + i, 1).value = g));

  const lastRow = IMPORT_MAX_ROWS + 1;
  // Present at run time (exceljs 4.x) but missing from its type declarations.
  const validations = (data as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const col = (f: ImportField) => columnLetter(IMPORT_FIELDS.indexOf(f));
  if (groups.length > 0) {
    validations.add(`${col('group')}2:${col('group')}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`Petunjuk!$A$${firstGroupRow}:$A$${firstGroupRow + groups.length - 1}`],
    });
  }
  validations.add(`${col('role')}2:${col('role')}${lastRow}`, { type: 'list', allowBlank: true, formulae: ['"utama,cadangan"'] });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function generateImportTemplate(ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  const groups = (await listAgencyGroups(ctx)).filter((g) => g.active).map((g) => g.name);
  const bytes = await renderImportTemplate(groups);
  return storeGeneratedDocument(
    { kind: 'importTemplate', title: 'Templat impor instansi dan narahubung', fileName: documentFileName(['Templat Impor Instansi dan Narahubung'], 'xlsx'), mimeType: MIME.xlsx, bytes, pages: null },
    ctx,
  );
}
