import { formatDateId, formatDateLine } from '../../../../shared/dates';
import type { RosterRowDto } from '../../../../shared/dto';
import { contactNumbers } from '../handoverSections';
import { drawLetterhead } from '../layout/letterhead';
import { mm } from '../layout/paper';
import { PrintedDocument } from '../layout/printedDocument';
import { drawSignatureSection } from '../layout/signatures';
import { drawTable, type TableColumn, type TableRow } from '../layout/table';
import type { OfficePrintProfile } from '../officePrintProfile';
import { DIRECTORY_TITLE, NO_FOCAL_POINT, shortDateId, type FocalDirectory } from './directoryRows';

export const DIRECTORY_COLUMNS: TableColumn[] = [
  { header: 'No', weight: 4, align: 'center' },
  { header: 'Instansi', weight: 21 },
  { header: 'Narahubung utama', weight: 15 },
  { header: 'Jabatan', weight: 17 },
  { header: 'No. HP / WhatsApp', weight: 12 },
  { header: 'Email', weight: 15 },
  { header: 'Sejak', weight: 8, align: 'center' },
  { header: 'Terakhir dikonfirmasi', weight: 9, align: 'center' },
];

function directoryRow(row: RosterRowDto, number: number): TableRow {
  const agency = row.agencyActive ? row.agencyName : `${row.agencyName} (nonaktif)`;
  const p = row.primary;
  if (!p) {
    return { cells: [String(number), agency, { text: NO_FOCAL_POINT, italic: true }, '-', '-', '-', '-', '-'], shade: true };
  }
  const person = row.backupCount > 0 ? `${p.person.name}\n(+${row.backupCount} cadangan)` : p.person.name;
  const confirmed = `${shortDateId(p.lastConfirmedOn)}${row.flags.stale ? ' *' : ''}`;
  return {
    cells: [
      String(number),
      agency,
      person,
      [p.person.position, p.person.unit].filter(Boolean).join(', ') || '-',
      contactNumbers(p.person.phone, p.person.whatsapp),
      p.person.email || '-',
      shortDateId(p.startDate),
      confirmed,
    ],
    shade: row.flags.stale,
  };
}

/** The directory of focal points: landscape, kop on page one, one table grouped by kelompok. */
export async function renderFocalDirectoryPdf(
  directory: FocalDirectory,
  profile: OfficePrintProfile,
  env: { resourcesDir: string; createdAt: Date },
): Promise<{ bytes: Buffer; pages: number }> {
  const doc = new PrintedDocument({
    paper: profile.paper,
    orientation: 'landscape',
    resourcesDir: env.resourcesDir,
    title: DIRECTORY_TITLE,
    author: profile.officeName,
    createdAt: env.createdAt,
  });
  drawLetterhead(doc, profile.letterhead);
  doc.heading(DIRECTORY_TITLE, { spaceAfter: 1 });
  doc.paragraph(`Keadaan per ${formatDateId(directory.today)}`, { align: 'center', spaceAfter: mm(1) });
  const small = { font: 'serif' as const, size: 10 };
  if (directory.filters.length > 0) doc.paragraph(`Disaring: ${directory.filters.join('; ')}`, { align: 'center', style: small });
  doc.moveDown(mm(3));

  let number = 0;
  const rows: TableRow[] = directory.groups.flatMap((group) => [
    { group: group.name },
    ...group.rows.map((row) => directoryRow(row, ++number)),
  ]);
  if (rows.length === 0) {
    doc.paragraph('Tidak ada instansi yang sesuai dengan saringan.', { align: 'center', style: { font: 'serifItalic', size: 11 } });
  } else {
    drawTable(doc, DIRECTORY_COLUMNS, rows, { style: { font: 'sans', size: 8.5 } });
  }

  doc.moveDown(mm(3));
  const noFocal = directory.groups.reduce((n, g) => n + g.rows.filter((r) => r.flags.noFocalPoint).length, 0);
  const stale = directory.groups.reduce((n, g) => n + g.rows.filter((r) => r.flags.stale).length, 0);
  doc.paragraph(
    `Jumlah: ${directory.total} instansi; ${noFocal} belum ada narahubung; ${stale} perlu dikonfirmasi ulang.\n` +
      `* Data narahubung belum dikonfirmasi lebih dari ${directory.staleAfterMonths} bulan. Baris berlatar abu-abu perlu ditindaklanjuti.`,
    { style: small },
  );
  drawSignatureSection(doc, [{ blocks: [{ ...profile.head, dateLine: formatDateLine(profile.city, directory.today) }] }], {
    style: { font: 'serif', size: 11 },
    signSpace: mm(18),
  });
  return doc.finish();
}
