import { formatDateId } from '../../../../shared/dates';
import type { CaseDetailDto, CaseEventKind, ClockStatus } from '../../../../shared/dto';
import { drawFieldList } from '../../documents/layout/fieldList';
import { drawLetterhead } from '../../documents/layout/letterhead';
import { mm } from '../../documents/layout/paper';
import { PrintedDocument } from '../../documents/layout/printedDocument';
import { drawTable } from '../../documents/layout/table';
import type { OfficePrintProfile } from '../../documents/officePrintProfile';
import { PRINT_MASK, type ReporterIdentity } from '../confidentiality';

export const EVENT_LABELS: Record<CaseEventKind, string> = {
  note: 'Catatan',
  letter_sent: 'Surat keluar',
  reply_received: 'Tanggapan diterima',
  call: 'Telepon',
  meeting: 'Pertemuan',
  stage_change: 'Perubahan tahap',
  forwarded: 'Diteruskan',
  reporter_request: 'Permintaan kepada pelapor',
  reporter_response: 'Tanggapan pelapor',
};

const CLOCK_LABELS: Record<ClockStatus, string> = {
  running: 'Berjalan',
  overdue: 'Terlambat',
  paused: 'Menunggu pelapor',
  met: 'Terpenuhi',
  metLate: 'Terpenuhi (terlambat)',
  stopped: 'Berhenti (laporan ditutup)',
};

const d = (iso: string | null) => (iso ? formatDateId(iso) : '-');

/**
 * The whole case on paper: record, reporter (a confidential identity is never printed, whoever
 * prints), deadlines, timeline, linked cases. `identity` is null for confidential cases.
 */
export async function renderCaseFile(c: CaseDetailDto, identity: ReporterIdentity | null, profile: OfficePrintProfile, printedBy: string, resourcesDir: string, createdAt: Date): Promise<{ bytes: Buffer; pages: number }> {
  const doc = new PrintedDocument({ paper: profile.paper, resourcesDir, title: `Berkas laporan ${c.registerNumber}`, author: profile.officeName, createdAt });
  drawLetterhead(doc, profile.letterhead);
  doc.heading('BERKAS LAPORAN MASYARAKAT', { underline: true, spaceAfter: 2 });
  doc.paragraph(`Nomor registrasi: ${c.registerNumber}`, { align: 'center', spaceAfter: mm(5) });
  const small = { font: 'serif' as const, size: 11 };
  const fields: Array<[string, string]> = [
    ['Nomor SIMPeL', c.simpelNumber || '-'],
    ['Tanggal diterima', d(c.receivedOn)],
    ['Cara penyampaian', c.channelName],
    ['Jalur', c.trackName],
    ['Pelapor', identity ? identity.name : PRINT_MASK],
  ];
  if (identity) {
    fields.push(['Alamat pelapor', identity.address || '-'], ['Telepon / email', [identity.phone, identity.email].filter(Boolean).join(' / ') || '-']);
    if (identity.representing) fields.push(['Bertindak untuk', identity.representing]);
  }
  fields.push(
    ['Terlapor', [c.agencyName, c.agencyUnit].filter(Boolean).join(' - ')],
    ['Kelompok instansi', c.agencyGroupName],
    ['Substansi', c.subjectName],
    ['Dugaan maladministrasi', c.maladministrationNames.join(', ')],
    ['Petugas', c.assignedStaff || '-'],
    ['Tahap', c.stageName],
    ['Diteruskan', c.forwardedOn ? `${d(c.forwardedOn)}${c.focalPoint ? `, narahubung ${c.focalPoint.name}` : ''}` : '-'],
  );
  if (c.closedOn) fields.push(['Hasil akhir', c.outcomeName ?? '-'], ['Ditutup', d(c.closedOn)], ['Alasan penutupan', c.closureReason]);
  drawFieldList(doc, fields, { style: small, labelWidth: mm(45) });
  for (const [title, text] of [['Ringkasan', c.summary], ['Kronologi', c.chronology], ['Harapan pelapor', c.expectedOutcome]] as const) {
    if (!text) continue;
    doc.moveDown(mm(3));
    doc.ensureSpace(mm(15));
    doc.paragraph(title, { style: { font: 'serifBold', size: 11 }, spaceAfter: mm(1) });
    for (const p of text.split('\n').filter((l) => l.trim())) doc.paragraph(p, { style: small, align: 'justify', spaceAfter: mm(1) });
  }
  if (c.clocks.length) {
    doc.moveDown(mm(4));
    doc.ensureSpace(mm(20));
    doc.paragraph('Batas waktu', { style: { font: 'serifBold', size: 11 }, spaceAfter: mm(1) });
    drawTable(doc, [
      { header: 'Ketentuan', weight: 40 },
      { header: 'Mulai', weight: 18 },
      { header: 'Batas', weight: 18 },
      { header: 'Status', weight: 24 },
    ], c.clocks.map((k) => ({ cells: [`${k.ruleName} (${k.days} hari ${k.unit === 'working' ? 'kerja' : 'kalender'})`, d(k.startedOn), d(k.dueOn), CLOCK_LABELS[k.status]] })), { style: { font: 'sans', size: 9 } });
  }
  doc.moveDown(mm(4));
  doc.ensureSpace(mm(20));
  doc.paragraph('Riwayat penanganan', { style: { font: 'serifBold', size: 11 }, spaceAfter: mm(1) });
  drawTable(doc, [
    { header: 'No', weight: 6, align: 'center' },
    { header: 'Tanggal', weight: 16 },
    { header: 'Jenis', weight: 16 },
    { header: 'Uraian', weight: 44 },
    { header: 'Nomor surat', weight: 18 },
  ], c.events.map((e, i) => ({
    cells: [
      String(i + 1),
      d(e.occurredOn),
      EVENT_LABELS[e.kind],
      [e.title, e.details, e.cancelled ? `(dibatalkan: ${e.cancelReason})` : ''].filter(Boolean).join('\n'),
      e.letterNumber || '-',
    ],
  })), { style: { font: 'sans', size: 9 } });
  if (c.links.length) {
    doc.moveDown(mm(4));
    doc.paragraph('Laporan terkait', { style: { font: 'serifBold', size: 11 }, spaceAfter: mm(1) });
    for (const l of c.links) doc.paragraph(`${l.otherRegisterNumber} (${l.otherStageName}): ${l.otherSummary}${l.note ? `; ${l.note}` : ''}`, { style: small, spaceAfter: mm(1) });
  }
  doc.moveDown(mm(6));
  doc.paragraph(`Dicetak dari Simpul pada ${formatDateId(c.today)} oleh ${printedBy}.`, { style: { font: 'serifItalic', size: 9 } });
  return doc.finish();
}
