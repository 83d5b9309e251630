import { createHash } from 'node:crypto';
import { composeCode } from '../../../shared/commitmentCode';
import { fillTemplate, type CommitmentPlaceholder } from '../../../shared/commitmentTemplate';
import { formatDateId, formatDateLine, formatDayDateId } from '../../../shared/dates';
import type { SignatoryDto } from '../../../shared/dto';
import { terbilang } from '../../../shared/terbilang';
import type { SignatureBlock } from '../documents/layout/signatures';
import type { OfficePrintProfile } from '../documents/officePrintProfile';

/** What a plan contributes to each of its sheets. */
export interface PlanForSheets {
  title: string;
  year: number;
  eventTitle: string | null;
  signingDate: string | null;
  place: string;
  witness: SignatoryDto | null;
  template: { sheetTitle: string; opening: string; closing: string };
  points: string[];
}

export interface CommitmentForSheet {
  id: string;
  agencyName: string;
  agencyShortName: string;
  signatory: SignatoryDto;
}

/** Everything printed on one commitment sheet, already in words: the content its code hashes. */
export interface SheetContent {
  sheetTitle: string;
  planTitle: string;
  opening: string;
  points: string[];
  closing: string;
  dateLine: string;
  agencyName: string;
  agencySigner: SignatureBlock;
  officeSigner: SignatureBlock;
  witness: SignatureBlock | null;
}

const DOTS = '....................';

/** "Ombudsman Republik Indonesia Perwakilan Provinsi ..." from the office's name however written. */
export function officeFullName(officeName: string): string {
  return `Ombudsman Republik Indonesia ${officeName.replace(/^ombudsman\s+(republik\s+indonesia|ri)\s*/i, '')}`.trim();
}

export function sheetContent(plan: PlanForSheets, c: CommitmentForSheet, profile: OfficePrintProfile): SheetContent {
  const place = plan.place.trim() || profile.city;
  const values: Record<CommitmentPlaceholder, string> = {
    instansi: c.agencyName,
    instansi_singkat: c.agencyShortName || c.agencyName,
    penandatangan: c.signatory.name,
    jabatan: c.signatory.position,
    judul: plan.title,
    tahun: String(plan.year),
    kegiatan: plan.eventTitle ?? plan.title,
    tempat: place,
    tanggal: plan.signingDate ? formatDateId(plan.signingDate) : '',
    hari_tanggal: plan.signingDate ? formatDayDateId(plan.signingDate) : '',
    kantor: officeFullName(profile.officeName),
    kepala_perwakilan: profile.head.name,
    jumlah_butir: `${plan.points.length} (${terbilang(plan.points.length)})`,
  };
  const fill = (text: string) => fillTemplate(text, values);
  return {
    sheetTitle: fill(plan.template.sheetTitle),
    planTitle: plan.title,
    opening: fill(plan.template.opening),
    points: plan.points,
    closing: fill(plan.template.closing),
    // Without a signing date the date is written by hand on the day.
    dateLine: plan.signingDate ? formatDateLine(place, plan.signingDate) : `${place}, ${DOTS} ${plan.year}`,
    agencyName: c.agencyName,
    agencySigner: {
      caption: c.agencyName,
      position: c.signatory.position || DOTS,
      name: c.signatory.name || DOTS,
      nip: c.signatory.nip,
    },
    officeSigner: { position: profile.head.position, name: profile.head.name, nip: profile.head.nip },
    witness: plan.witness ? { caption: 'Saksi,', position: plan.witness.position, name: plan.witness.name, nip: plan.witness.nip } : null,
  };
}

/** SHA-256 of the content in a fixed key order (the same content always hashes the same). */
export function contentDigest(content: SheetContent): string {
  const canonical = JSON.stringify(content, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/** The sheet's code: four characters from its commitment's id, four from its content, a check. */
export function sheetCode(commitmentId: string, digest: string): string {
  return composeCode(createHash('sha256').update(commitmentId).digest('hex'), digest);
}
