import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { caseExportInput } from '../../../../shared/contract/cases';
import type { CaseListItemDto, GeneratedDocumentDto } from '../../../../shared/dto';
import { formatDateId } from '../../../../shared/dates';
import { DomainError } from '../../errors';
import { documentFileName, MIME } from '../../documents/fileNames';
import { storeGeneratedDocument } from '../../documents/store';
import type { ServiceContext } from '../../service';
import { findLeaks, loadIdentity, PRINT_MASK } from '../confidentiality';
import { caseRows, dueBounds } from '../queries/list';

const day = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

const COLUMNS: Array<{ header: string; width: number; value: (r: CaseListItemDto, n: number) => string | number | Date | null; date?: boolean }> = [
  { header: 'No', width: 6, value: (_r, n) => n },
  { header: 'Nomor registrasi', width: 22, value: (r) => r.registerNumber },
  { header: 'Nomor SIMPeL', width: 18, value: (r) => r.simpelNumber },
  { header: 'Tanggal diterima', width: 14, value: (r) => day(r.receivedOn), date: true },
  { header: 'Instansi terlapor', width: 36, value: (r) => r.agencyName },
  { header: 'Unit terlapor', width: 26, value: (r) => r.agencyUnit },
  { header: 'Kelompok instansi', width: 24, value: (r) => r.agencyGroupName },
  { header: 'Substansi', width: 22, value: (r) => r.subjectName },
  { header: 'Dugaan maladministrasi', width: 30, value: (r) => r.maladministrationNames.join(', ') },
  { header: 'Jalur', width: 14, value: (r) => r.trackName },
  { header: 'Cara penyampaian', width: 16, value: (r) => r.channelName },
  // Confidential identities never leave the office, whoever exports.
  { header: 'Pelapor', width: 26, value: (r) => (r.confidential ? PRINT_MASK : (r.reporterName ?? '')) },
  { header: 'Ringkasan', width: 60, value: (r) => r.summary },
  { header: 'Tahap', width: 22, value: (r) => r.stageName },
  { header: 'Petugas', width: 20, value: (r) => r.assignedStaff },
  { header: 'Diteruskan', width: 14, value: (r) => day(r.forwardedOn), date: true },
  { header: 'Batas waktu berikutnya', width: 16, value: (r) => day(r.nextDueOn), date: true },
  { header: 'Terlambat', width: 10, value: (r) => (r.overdue ? 'Ya' : '') },
  { header: 'Ditutup', width: 14, value: (r) => day(r.closedOn), date: true },
];

/** The filtered list as a workbook. Stops when a confidential case's exported text names its reporter. */
export async function exportCasesXlsx(input: z.output<typeof caseExportInput>, ctx: ServiceContext): Promise<GeneratedDocumentDto> {
  const bounds = await dueBounds(ctx);
  const rows = await caseRows(input, bounds, ctx);
  const leaking: string[] = [];
  for (const r of rows.filter((x) => x.confidential)) {
    const identity = await loadIdentity(r.id, ctx);
    if (identity && findLeaks(identity, [{ field: 'summary', label: 'Ringkasan', text: r.summary }, { field: 'agencyUnit', label: 'Unit', text: r.agencyUnit }]).length) leaking.push(r.registerNumber);
  }
  if (leaking.length) throw new DomainError('PRECONDITION', 'caseLeakFoundList', { numbers: leaking.slice(0, 10).join(', ') + (leaking.length > 10 ? ', ...' : '') });
  const book = new ExcelJS.Workbook();
  book.creator = 'Simpul';
  book.created = ctx.now();
  const sheet = book.addWorksheet('Laporan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width, style: c.date ? { numFmt: 'dd/mm/yyyy' } : {} }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((r, i) => sheet.addRow(COLUMNS.map((c) => c.value(r, i + 1))));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return storeGeneratedDocument(
    {
      kind: 'caseListXlsx',
      title: `Daftar laporan masyarakat per ${formatDateId(bounds.today)}`,
      fileName: documentFileName(['Daftar Laporan Masyarakat', bounds.today], 'xlsx'),
      mimeType: MIME.xlsx,
      bytes,
      pages: null,
      related: undefined,
    },
    ctx,
  );
}
