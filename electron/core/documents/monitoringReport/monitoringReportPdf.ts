import { formatDateId, formatDateLine } from '../../../../shared/dates';
import type { CommitmentBoardDto, ProgressMatrixDto, ProgressStatus } from '../../../../shared/dto';
import { shortDateId } from '../focalDirectory/directoryRows';
import { drawFieldList } from '../layout/fieldList';
import type { FontStyle } from '../layout/fonts';
import { drawLetterhead } from '../layout/letterhead';
import { mm } from '../layout/paper';
import { PrintedDocument } from '../layout/printedDocument';
import { drawSignatureSection } from '../layout/signatures';
import { drawTable, type TableColumn, type TableRow } from '../layout/table';
import type { OfficePrintProfile } from '../officePrintProfile';

export const MONITORING_TITLE = 'LAPORAN PEMANTAUAN PELAKSANAAN RENCANA AKSI';
export const PROGRESS_LABELS: Record<ProgressStatus, string> = { belum: 'Belum', berjalan: 'Berjalan', selesai: 'Selesai' };

const TABLE: FontStyle = { font: 'sans', size: 8.5 };
const SMALL: FontStyle = { font: 'serif', size: 10.5 };

export interface MonitoringData {
  matrix: ProgressMatrixDto;
  board: CommitmentBoardDto;
  today: string;
}

function heading(doc: PrintedDocument, text: string): void {
  doc.ensureSpace(mm(25));
  doc.paragraph(text, { style: { font: 'serifBold', size: 12 }, spaceAfter: mm(2) });
}

/**
 * The monitoring report of an action plan for a monev meeting: the points with how far the
 * agencies are, a matrix agency x point, then per point each agency's state, date and
 * evidence, and the agencies that have not signed. Landscape when there are many points.
 */
export async function renderMonitoringReport(data: MonitoringData, profile: OfficePrintProfile, env: { resourcesDir: string; createdAt: Date }): Promise<{ bytes: Buffer; pages: number }> {
  const { matrix, board, today } = data;
  const plan = matrix.plan;
  const doc = new PrintedDocument({
    paper: profile.paper,
    orientation: plan.points.length > 4 ? 'landscape' : 'portrait',
    resourcesDir: env.resourcesDir,
    title: `${MONITORING_TITLE} - ${plan.title}`,
    author: profile.officeName,
    createdAt: env.createdAt,
  });
  drawLetterhead(doc, profile.letterhead);
  doc.heading(MONITORING_TITLE, { spaceAfter: 1 });
  doc.heading(plan.title.toLocaleUpperCase('id-ID'), { size: 12, spaceAfter: 1 });
  doc.paragraph(`Keadaan per ${formatDateId(today)}`, { align: 'center', spaceAfter: mm(5) });

  const c = board.counts;
  drawFieldList(
    doc,
    [
      ['Rencana aksi', `${plan.title} (tahun ${plan.year})`],
      ['Kegiatan', plan.eventTitle ? `${plan.eventTitle}${plan.eventDate ? `, ${formatDateId(plan.eventDate)}` : ''}` : '-'],
      ['Instansi peserta', `${c.total} instansi`],
      ['Sudah menandatangani', `${c.ditandatangani + c.diarsipkan} instansi (${c.diarsipkan} lembar bertanda tangan telah diarsipkan)`],
      ['Belum menandatangani', `${c.draft + c.dicetak} instansi`],
      ['Menolak', `${c.menolak} instansi`],
    ],
    { labelWidth: mm(50), style: SMALL },
  );
  doc.moveDown(mm(4));

  heading(doc, 'A. Butir rencana aksi dan capaian');
  drawTable(
    doc,
    [
      { header: 'No', weight: 5, align: 'center' },
      { header: 'Butir rencana aksi', weight: 59 },
      { header: 'Selesai', weight: 12, align: 'center' },
      { header: 'Berjalan', weight: 12, align: 'center' },
      { header: 'Belum', weight: 12, align: 'center' },
    ],
    plan.points.map((p, i) => {
      const s = matrix.summary[p.id]!;
      return { cells: [String(i + 1), p.text, String(s.selesai), String(s.berjalan), String(s.belum)] };
    }),
    { style: TABLE },
  );
  doc.moveDown(mm(5));

  heading(doc, 'B. Capaian per instansi');
  if (matrix.rows.length === 0) {
    doc.paragraph('Belum ada instansi yang menandatangani komitmen.', { style: { font: 'serifItalic', size: 11 }, spaceAfter: mm(4) });
  } else {
    const columns: TableColumn[] = [
      { header: 'No', weight: 5, align: 'center' },
      { header: 'Instansi', weight: 35 },
      ...plan.points.map((_, i) => ({ header: `Butir ${i + 1}`, weight: 60 / plan.points.length, align: 'center' as const })),
    ];
    const rows: TableRow[] = matrix.rows.map((r, i) => ({
      cells: [
        String(i + 1),
        r.agencyName,
        ...plan.points.map((p) => {
          const e = r.cells[p.id];
          return e ? { text: `${PROGRESS_LABELS[e.status]}\n${shortDateId(e.recordedOn)}`, bold: e.status === 'selesai' } : { text: 'Belum', italic: true };
        }),
      ],
    }));
    drawTable(doc, columns, rows, { style: TABLE });
    doc.moveDown(mm(5));

    heading(doc, 'C. Rincian dan bukti pelaksanaan');
    plan.points.forEach((p, i) => {
      doc.ensureSpace(mm(30));
      doc.paragraph(`Butir ${i + 1}: ${p.text}`, { style: { font: 'serifBold', size: 10.5 }, spaceAfter: mm(1.5) });
      drawTable(
        doc,
        [
          { header: 'No', weight: 5, align: 'center' },
          { header: 'Instansi', weight: 30 },
          { header: 'Status', weight: 11, align: 'center' },
          { header: 'Tanggal', weight: 13, align: 'center' },
          { header: 'Keterangan / bukti', weight: 41 },
        ],
        matrix.rows.map((r, k) => {
          const e = r.cells[p.id];
          return { cells: [String(k + 1), r.agencyName, e ? PROGRESS_LABELS[e.status] : 'Belum', shortDateId(e?.recordedOn ?? null), e?.note || '-'] };
        }),
        { style: TABLE },
      );
      doc.moveDown(mm(4));
    });
  }

  const pending = board.items.filter((i) => i.status !== 'ditandatangani' && i.status !== 'diarsipkan');
  if (pending.length > 0) {
    heading(doc, `${matrix.rows.length === 0 ? 'C' : 'D'}. Instansi yang belum atau tidak menandatangani`);
    drawTable(
      doc,
      [
        { header: 'No', weight: 5, align: 'center' },
        { header: 'Instansi', weight: 55 },
        { header: 'Keadaan', weight: 40 },
      ],
      pending.map((item, i) => ({
        cells: [String(i + 1), item.agencyName, item.status === 'menolak' ? `Menolak${item.declineReason ? `: ${item.declineReason}` : ''}` : item.status === 'dicetak' ? 'Lembar sudah dicetak, belum ditandatangani' : 'Lembar belum dicetak'],
      })),
      { style: TABLE },
    );
  }

  drawSignatureSection(doc, [{ blocks: [{ ...profile.head, dateLine: formatDateLine(profile.city, today) }] }], { style: { font: 'serif', size: 11 }, signSpace: mm(18) });
  return doc.finish();
}
