import { formatDateId, formatDateLine } from '../../../../shared/dates';
import type { GeneratedLetterKind } from '../../../../shared/dto';
import { drawFieldList } from '../../documents/layout/fieldList';
import { drawLetterhead } from '../../documents/layout/letterhead';
import { mm } from '../../documents/layout/paper';
import { PrintedDocument } from '../../documents/layout/printedDocument';
import { drawSignatureSection, signatureSectionHeight } from '../../documents/layout/signatures';
import type { OfficePrintProfile } from '../../documents/officePrintProfile';
import { PRINT_MASK } from '../confidentiality';

export interface LetterData {
  kind: GeneratedLetterKind;
  profile: OfficePrintProfile;
  number: string;
  date: string;
  agencyName: string;
  /** "Bupati Bangka Tengah"; empty: "Pimpinan <agency>". */
  agencyHeadPosition: string;
  agencyRegion: string;
  focalPoint: { name: string; position: string } | null;
  registerNumber: string;
  receivedOn: string;
  summary: string;
  subject: string;
  maladministration: string[];
  agencyUnit: string;
  /** null when confidential: the letter says so instead of naming anyone. */
  reporterName: string | null;
  replyDays: number;
  replyUnit: 'working' | 'calendar';
  replyDueOn: string;
  /** For a reminder: the clarification letter it follows up. */
  previous: { number: string; date: string } | null;
  extraText: string;
  copies: string[];
  resourcesDir: string;
  createdAt: Date;
}

export const LETTER_SUBJECTS: Record<GeneratedLetterKind, string> = {
  klarifikasi: 'Permintaan Klarifikasi',
  pengingat: 'Pengingat Permintaan Klarifikasi',
};

/** A letter to the reported agency, addressed through its focal point (tata naskah dinas layout). */
export async function renderCaseLetter(d: LetterData): Promise<{ bytes: Buffer; pages: number }> {
  const doc = new PrintedDocument({ paper: d.profile.paper, resourcesDir: d.resourcesDir, title: `${LETTER_SUBJECTS[d.kind]} ${d.registerNumber}`, author: d.profile.officeName, createdAt: d.createdAt });
  drawLetterhead(doc, d.profile.letterhead);
  doc.paragraph(formatDateLine(d.profile.city, d.date), { align: 'right', spaceAfter: mm(3) });
  drawFieldList(doc, [
    ['Nomor', d.number],
    ['Sifat', 'Segera'],
    ['Lampiran', '-'],
    ['Hal', LETTER_SUBJECTS[d.kind]],
  ], { labelWidth: mm(22) });
  doc.moveDown(mm(5));
  const addressee = d.agencyHeadPosition.trim() ? `${d.agencyHeadPosition.trim()}` : `Pimpinan ${d.agencyName}`;
  doc.paragraph('Yth.', { spaceAfter: 0 });
  doc.paragraph(addressee.toLocaleLowerCase('id-ID').includes(d.agencyName.toLocaleLowerCase('id-ID').slice(0, 12)) ? addressee : `${addressee} ${d.agencyName}`, { spaceAfter: 0 });
  if (d.focalPoint) doc.paragraph(`u.p. ${d.focalPoint.name}${d.focalPoint.position ? `, ${d.focalPoint.position}` : ''} (Narahubung)`, { spaceAfter: 0 });
  doc.paragraph('di', { spaceAfter: 0 });
  doc.paragraph(d.agencyRegion || 'Tempat', { x: doc.left + mm(10), spaceAfter: mm(5) });

  const indent = mm(12.5);
  const body = { align: 'justify' as const, firstLineIndent: indent, spaceAfter: mm(3) };
  const office = `Ombudsman Republik Indonesia ${d.profile.officeName.replace(/^ombudsman\s+(republik\s+indonesia|ri)\s*/i, '')}`.trim();
  const reporter = d.reporterName ? `yang disampaikan oleh Sdr. ${d.reporterName}` : `yang identitas pelapornya dirahasiakan (${PRINT_MASK.replace(/^Dirahasiakan \(|\)$/g, '')})`;
  const due = `${formatDateId(d.replyDueOn)} (${d.replyDays} hari ${d.replyUnit === 'working' ? 'kerja' : 'kalender'} sejak tanggal surat ini)`;
  if (d.kind === 'klarifikasi') {
    doc.paragraph(`${office} telah menerima laporan masyarakat dengan nomor registrasi ${d.registerNumber} tanggal ${formatDateId(d.receivedOn)} ${reporter}, mengenai dugaan maladministrasi dalam penyelenggaraan pelayanan publik pada ${d.agencyName}.`, body);
    doc.paragraph('Sesuai dengan kewenangan Ombudsman berdasarkan Undang-Undang Nomor 37 Tahun 2008 tentang Ombudsman Republik Indonesia, kami meminta klarifikasi tertulis beserta dokumen pendukung atas pokok laporan sebagai berikut:', body);
  } else {
    const prev = d.previous ? `surat kami Nomor ${d.previous.number} tanggal ${formatDateId(d.previous.date)} perihal Permintaan Klarifikasi` : 'permintaan klarifikasi kami sebelumnya';
    doc.paragraph(`Menindaklanjuti ${prev} atas laporan masyarakat dengan nomor registrasi ${d.registerNumber} tanggal ${formatDateId(d.receivedOn)}, hingga tanggal surat ini kami belum menerima tanggapan dari ${d.agencyName}.`, body);
    doc.paragraph('Sehubungan dengan hal tersebut, kami kembali meminta klarifikasi tertulis beserta dokumen pendukung atas pokok laporan sebagai berikut:', body);
  }
  drawFieldList(doc, [
    ['Substansi', d.subject],
    ['Dugaan maladministrasi', d.maladministration.join(', ')],
    ['Unit terlapor', d.agencyUnit || d.agencyName],
    ['Pokok laporan', d.summary],
  ], { x: doc.left + indent, labelWidth: mm(48) });
  doc.moveDown(mm(3));
  doc.paragraph(`Klarifikasi kami harapkan telah diterima paling lambat tanggal ${due}, melalui narahubung instansi atau langsung kepada ${office}.`, body);
  for (const para of d.extraText.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean)) doc.paragraph(para, body);
  const closing = 'Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.';
  const signatures = [{ blocks: [{ ...d.profile.head }] }];
  doc.ensureSpace(doc.paragraphHeight(closing, body) + signatureSectionHeight(doc, signatures));
  doc.paragraph(closing, body);
  drawSignatureSection(doc, signatures);
  if (d.copies.length > 0) {
    doc.moveDown(mm(6));
    // The copy list stays together under its heading.
    doc.ensureSpace((d.copies.length + 1) * doc.lineHeight({ font: 'serif', size: 11 }) + mm(2));
    doc.paragraph('Tembusan:', { style: { font: 'serif', size: 11 }, spaceAfter: 0 });
    d.copies.forEach((c, i) => doc.paragraph(`${i + 1}. ${c}`, { style: { font: 'serif', size: 11 }, spaceAfter: 0 }));
  }
  return doc.finish();
}
