import { addDays, DAYS_ID, formatDateId, formatDateLine, MONTHS_ID, parseIsoDate } from '../../../../shared/dates';
import type { AssignmentDto, EndReason } from '../../../../shared/dto';
import { formatNip } from '../../../../shared/letterhead';
import { terbilang } from '../../../../shared/terbilang';
import { contactNumbers, type HandoverSection } from '../handoverSections';
import { drawFieldList } from '../layout/fieldList';
import { drawLetterhead } from '../layout/letterhead';
import { mm } from '../layout/paper';
import { PrintedDocument } from '../layout/printedDocument';
import { drawSignatureSection, signatureSectionHeight } from '../layout/signatures';
import { drawTable } from '../layout/table';
import type { OfficePrintProfile } from '../officePrintProfile';

export const HANDOVER_TITLE = 'BERITA ACARA SERAH TERIMA NARAHUBUNG (FOCAL POINT)';
export const NO_OPEN_MATTERS = 'Tidak ada perkara terbuka yang tercatat di Simpul untuk instansi ini pada tanggal serah terima.';

export interface HandoverSheetData {
  profile: OfficePrintProfile;
  agencyName: string;
  /** The rotation date: the incoming focal point's first day. */
  date: string;
  outgoing: AssignmentDto;
  incoming: AssignmentDto;
  sections: HandoverSection[];
  resourcesDir: string;
  createdAt: Date;
}

const END_REASON_LABELS: Record<EndReason, string> = {
  mutasi: 'mutasi',
  pensiun: 'pensiun',
  diganti: 'diganti',
  mengundurkan_diri: 'mengundurkan diri',
  lainnya: 'lainnya',
};

/** "Sabtu tanggal dua puluh dua bulan November tahun dua ribu dua puluh lima": berita acara spell the date out. */
export function spelledDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Not a calendar date: ${iso}`);
  const weekday = DAYS_ID[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
  return `${weekday} tanggal ${terbilang(d.day)} bulan ${MONTHS_ID[d.month - 1]} tahun ${terbilang(d.year)}`;
}

function decree(a: AssignmentDto): string {
  if (!a.decreeNumber) return a.decreeDate ? `tanggal ${formatDateId(a.decreeDate)}` : '-';
  return a.decreeDate ? `${a.decreeNumber} tanggal ${formatDateId(a.decreeDate)}` : a.decreeNumber;
}

function partyFields(a: AssignmentDto, period: string): Array<[string, string]> {
  const p = a.person;
  return [
    ['Nama', p.name],
    ...(p.nip ? [['NIP', formatNip(p.nip)] as [string, string]] : []),
    ['Jabatan', p.position],
    ['Unit kerja', p.unit],
    ['No. HP / WhatsApp', contactNumbers(p.phone, p.whatsapp)],
    ['Email', p.email],
    ['Dasar penunjukan', decree(a)],
    ['Masa tugas', period],
  ];
}

function outgoingPeriod(a: AssignmentDto): string {
  // endDate is the first day no longer served; the sheet names the last day served.
  const until = a.endDate ? ` s.d. ${formatDateId(addDays(a.endDate, -1))}` : '';
  const why = a.endReason ? ` (berakhir karena ${END_REASON_LABELS[a.endReason]})` : '';
  return `${formatDateId(a.startDate)}${until}${why}`;
}

/** Lays out the handover sheet; returns the PDF bytes and page count. */
export async function renderHandoverSheet(data: HandoverSheetData): Promise<{ bytes: Buffer; pages: number }> {
  const { profile, outgoing, incoming } = data;
  const doc = new PrintedDocument({
    paper: profile.paper,
    resourcesDir: data.resourcesDir,
    title: `${HANDOVER_TITLE} - ${data.agencyName}`,
    author: profile.officeName,
    createdAt: data.createdAt,
  });
  drawLetterhead(doc, profile.letterhead);
  doc.heading(HANDOVER_TITLE, { underline: true, spaceAfter: 2 });
  doc.paragraph('Nomor: ........................................', { align: 'center', spaceAfter: mm(6) });

  const indent = mm(12.5);
  const office = `Ombudsman Republik Indonesia ${profile.officeName.replace(/^ombudsman\s+(republik\s+indonesia|ri)\s*/i, '')}`.trim();
  doc.paragraph(`Pada hari ini ${spelledDate(data.date)}, yang bertanda tangan di bawah ini:`, { align: 'justify', firstLineIndent: indent, spaceAfter: mm(2) });

  const party = (number: string, title: string, fields: Array<[string, string]>, alias: string) => {
    doc.paragraph(`${number}. ${title}`, { x: doc.left + mm(2), spaceAfter: mm(1) });
    drawFieldList(doc, fields, { x: doc.left + indent, labelWidth: mm(42) });
    doc.paragraph(`selanjutnya disebut ${alias}.`, { x: doc.left + indent, spaceAfter: mm(3) });
  };
  party('1', 'Narahubung yang menyerahkan', partyFields(outgoing, outgoingPeriod(outgoing)), 'PIHAK PERTAMA');
  party('2', 'Narahubung yang menerima', partyFields(incoming, `mulai ${formatDateId(incoming.startDate)}`), 'PIHAK KEDUA');

  doc.paragraph(
    `PIHAK PERTAMA menyerahkan tugas sebagai narahubung (focal point) ${data.agencyName} dalam hubungan kerja dengan ${office} kepada PIHAK KEDUA, dan PIHAK KEDUA menerima tugas tersebut terhitung mulai tanggal ${formatDateId(data.date)}.`,
    { align: 'justify', firstLineIndent: indent, spaceAfter: mm(3) },
  );
  doc.paragraph('Bersama ini diserahkan pula keterangan mengenai hal-hal yang masih berjalan dan tercatat di Simpul pada tanggal serah terima:', {
    align: 'justify',
    firstLineIndent: indent,
    spaceAfter: mm(2),
  });
  if (data.sections.length === 0) {
    doc.paragraph(NO_OPEN_MATTERS, { x: doc.left + indent, style: { font: 'serifItalic', size: 12 }, spaceAfter: mm(3) });
  }
  data.sections.forEach((section, i) => {
    doc.ensureSpace(mm(20));
    doc.paragraph(`${String.fromCharCode(97 + (i % 26))}. ${section.title}`, { x: doc.left + mm(2), spaceAfter: mm(1.5) });
    drawTable(doc, section.columns, section.rows.map((cells) => ({ cells })), { x: doc.left + indent, style: { font: 'sans', size: 9.5 } });
    doc.moveDown(mm(3));
  });

  const closing = 'Demikian berita acara ini dibuat dengan sebenarnya dalam rangkap 3 (tiga) untuk dipergunakan sebagaimana mestinya.';
  const closingOptions = { align: 'justify' as const, firstLineIndent: indent };
  const signatures = [
    {
      blocks: [
        { caption: 'PIHAK PERTAMA,\nYang Menyerahkan', position: outgoing.person.position, name: outgoing.person.name, nip: outgoing.person.nip },
        { dateLine: formatDateLine(profile.city, data.date), caption: 'PIHAK KEDUA,\nYang Menerima', position: incoming.person.position, name: incoming.person.name, nip: incoming.person.nip },
      ],
    },
    { blocks: [{ ...profile.head, caption: 'Mengetahui,' }], placement: 'center' as const },
  ];
  // The closing sentence goes with the signatures: a page of signatures alone proves nothing.
  doc.ensureSpace(doc.paragraphHeight(closing, closingOptions) + signatureSectionHeight(doc, signatures));
  doc.paragraph(closing, closingOptions);
  drawSignatureSection(doc, signatures);
  return doc.finish();
}
