import ExcelJS from 'exceljs';
import { formatDateId } from '../../../../shared/dates';
import type { RosterRowDto } from '../../../../shared/dto';
import { DIRECTORY_TITLE, NO_FOCAL_POINT, type FocalDirectory } from './directoryRows';

interface XlsxColumn {
  header: string;
  width: number;
  value(row: RosterRowDto, number: number): string | number | Date | null;
  /** Excel number format; dates are real dates so the office can sort and filter them. */
  numFmt?: string;
}

/** Business dates are calendar days: midnight UTC, which Excel shows as that same day. */
const day = (iso: string | null | undefined): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function remarks(row: RosterRowDto, staleAfterMonths: number): string {
  return [
    row.flags.noFocalPoint && NO_FOCAL_POINT,
    row.flags.stale && `Belum dikonfirmasi lebih dari ${staleAfterMonths} bulan`,
    row.flags.rotatedRecently && 'Baru berganti narahubung',
    row.flags.inactive && 'Instansi nonaktif',
  ]
    .filter(Boolean)
    .join('; ');
}

const columns = (staleAfterMonths: number): XlsxColumn[] => [
  { header: 'No', width: 6, value: (_r, n) => n },
  { header: 'Kelompok instansi', width: 24, value: (r) => r.groupName },
  { header: 'Instansi', width: 42, value: (r) => r.agencyName },
  { header: 'Wilayah', width: 24, value: (r) => r.region },
  { header: 'Narahubung utama', width: 28, value: (r) => r.primary?.person.name ?? NO_FOCAL_POINT },
  // NIP and phone numbers are text: as numbers Excel would print 1.97805E+17 and drop the 0.
  { header: 'NIP', width: 22, value: (r) => r.primary?.person.nip ?? '' },
  { header: 'Jabatan', width: 32, value: (r) => r.primary?.person.position ?? '' },
  { header: 'Unit kerja', width: 28, value: (r) => r.primary?.person.unit ?? '' },
  { header: 'No. HP', width: 18, value: (r) => r.primary?.person.phone ?? '' },
  { header: 'WhatsApp', width: 18, value: (r) => r.primary?.person.whatsapp ?? '' },
  { header: 'Email', width: 30, value: (r) => r.primary?.person.email ?? '' },
  { header: 'Nomor SK penunjukan', width: 30, value: (r) => r.primary?.decreeNumber ?? '' },
  { header: 'Tanggal SK', width: 13, value: (r) => day(r.primary?.decreeDate), numFmt: 'dd/mm/yyyy' },
  { header: 'Sejak', width: 13, value: (r) => day(r.primary?.startDate), numFmt: 'dd/mm/yyyy' },
  { header: 'Terakhir dikonfirmasi', width: 13, value: (r) => day(r.primary?.lastConfirmedOn), numFmt: 'dd/mm/yyyy' },
  { header: 'Narahubung cadangan', width: 12, value: (r) => r.backupCount },
  { header: 'Keterangan', width: 40, value: (r) => remarks(r, staleAfterMonths) },
];

/**
 * The directory as a workbook: one sheet of rows (styled header, frozen, with an autofilter)
 * and one sheet saying what the list is, as of when and with which filters.
 */
export async function renderFocalDirectoryXlsx(directory: FocalDirectory, env: { officeName: string; createdAt: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Simpul';
  workbook.company = env.officeName;
  workbook.title = DIRECTORY_TITLE;
  workbook.created = env.createdAt;
  workbook.modified = env.createdAt;

  const cols = columns(directory.staleAfterMonths);
  const sheet = workbook.addWorksheet('Narahubung', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = cols.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF054A6E' } };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 30;

  let number = 0;
  for (const group of directory.groups) {
    for (const row of group.rows) {
      const added = sheet.addRow(cols.map((c) => c.value(row, ++number)));
      added.alignment = { vertical: 'top', wrapText: true };
      if (row.flags.noFocalPoint) added.getCell(5).font = { italic: true, color: { argb: 'FF9A3412' } };
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };

  const info = workbook.addWorksheet('Keterangan');
  info.columns = [{ width: 26 }, { width: 80 }];
  info.addRows([
    ['Judul', DIRECTORY_TITLE],
    ['Kantor', env.officeName],
    ['Keadaan per', formatDateId(directory.today)],
    ['Saringan', directory.filters.join('; ') || 'Semua instansi aktif'],
    ['Jumlah instansi', directory.total],
    ['Perlu konfirmasi ulang', `Data belum dikonfirmasi lebih dari ${directory.staleAfterMonths} bulan`],
  ]);
  info.getColumn(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
