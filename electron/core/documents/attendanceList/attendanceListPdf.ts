import type { EventDetailDto } from '../../../../shared/dto';
import { drawFieldList } from '../layout/fieldList';
import type { FontStyle } from '../layout/fonts';
import { drawLetterhead } from '../layout/letterhead';
import { mm } from '../layout/paper';
import { PrintedDocument } from '../layout/printedDocument';
import { drawTable, type TableCell, type TableColumn, type TableRow } from '../layout/table';
import type { OfficePrintProfile } from '../officePrintProfile';
import { eventDayLine, eventTimeLine } from './eventWhen';

export const ATTENDANCE_TITLE = 'DAFTAR HADIR';

export const ATTENDANCE_COLUMNS: TableColumn[] = [
  { header: 'No', weight: 5, align: 'center' },
  { header: 'Nama', weight: 21 },
  { header: 'Jabatan', weight: 19 },
  { header: 'Instansi', weight: 23 },
  { header: 'No. HP', weight: 14 },
  { header: 'Tanda tangan', weight: 18 },
];

const TABLE_STYLE: FontStyle = { font: 'sans', size: 9 };
const CONTINUED: FontStyle = { font: 'serifItalic', size: 10 };

/**
 * Signatures zig-zag as on every Indonesian daftar hadir: odd numbers on the left of the
 * column, even ones in the middle, so neighbours' signatures do not collide.
 */
export const signatureCell = (n: number): TableCell => ({ text: `${n}.`, align: n % 2 === 1 ? 'left' : 'center' });

export function attendanceRows(detail: EventDetailDto, blankRows: number): TableRow[] {
  const rows: TableRow[] = detail.invitations.map((inv, i) => {
    const fp = inv.designatedFocal;
    return { cells: [String(i + 1), fp?.name ?? '', fp?.position ?? '', inv.agencyName, fp?.phone ?? '', signatureCell(i + 1)] };
  });
  for (let k = 0; k < blankRows; k++) {
    const n = rows.length + 1;
    rows.push({ cells: [String(n), '', '', '', '', signatureCell(n)] });
  }
  return rows;
}

/**
 * The attendance list of an event: kop on page one, then title, event, day and date, time
 * and place; a table pre-filled with each invited agency and the focal point serving on the
 * event's date, then empty rows for walk-ins. Every further page repeats a short line naming
 * the event and the table's header; "Halaman X dari Y" at the foot.
 */
export async function renderAttendanceList(
  detail: EventDetailDto,
  profile: OfficePrintProfile,
  env: { resourcesDir: string; createdAt: Date; blankRows: number },
): Promise<{ bytes: Buffer; pages: number }> {
  const { event } = detail;
  const day = eventDayLine(event.startDate, event.endDate);
  const doc = new PrintedDocument({
    paper: profile.paper,
    resourcesDir: env.resourcesDir,
    title: `${ATTENDANCE_TITLE} - ${event.title}`,
    author: profile.officeName,
    createdAt: env.createdAt,
  });
  drawLetterhead(doc, profile.letterhead);
  doc.heading(ATTENDANCE_TITLE, { size: 14, spaceAfter: mm(4) });
  const time = eventTimeLine(event.startTime, event.endTime);
  drawFieldList(
    doc,
    [
      ['Kegiatan', event.title],
      ...(event.theme ? [['Tema', event.theme] as [string, string]] : []),
      ['Hari, tanggal', day],
      ...(time ? [['Waktu', time] as [string, string]] : []),
      ['Tempat', event.place],
    ],
    { labelWidth: mm(30), style: { font: 'serif', size: 11.5 } },
  );
  doc.moveDown(mm(4));

  // Pages after the first name the event again: a loose page still says what it lists.
  const stop = doc.onNewPage(() => {
    const line = `${ATTENDANCE_TITLE} ${event.title} – ${day} (lanjutan)`;
    doc.paragraph(line, { style: CONTINUED, align: 'center', spaceAfter: mm(2) });
  });
  try {
    drawTable(doc, ATTENDANCE_COLUMNS, attendanceRows(detail, env.blankRows), { style: TABLE_STYLE, minRowHeight: mm(10), verticalAlign: 'middle' });
  } finally {
    stop();
  }
  doc.moveDown(mm(3));
  doc.paragraph(`Jumlah instansi yang diundang: ${detail.invitations.length}.`, { style: { font: 'serif', size: 10 } });
  return doc.finish();
}
