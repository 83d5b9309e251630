import { formatDateId } from '../../../shared/dates';
import { pendingCommitments } from '../actionPlans/handoverSection';
import { asOf } from '../roster/queries';
import type { ServiceContext } from '../service';
import type { TableColumn } from './layout/table';
import { openCasesSection } from '../cases/handoverSection';

/** One part of "open matters known to Simpul" on a handover sheet: a titled table. */
export interface HandoverSection {
  title: string;
  columns: TableColumn[];
  rows: string[][];
}

/**
 * Gives the section for an agency on the handover date, or null when it has nothing to say.
 * Providers only read: they run inside the transaction that records the document.
 */
export type HandoverSectionProvider = (ctx: ServiceContext, agencyId: string, date: string) => Promise<HandoverSection | null>;

/** The other focal points still serving the agency that day: the successor's first contacts. */
export const activeBackupFocalPoints: HandoverSectionProvider = async (ctx, agencyId, date) => {
  const { backups } = await asOf(agencyId, date, ctx);
  if (backups.length === 0) return null;
  return {
    title: 'Narahubung cadangan yang masih bertugas',
    columns: [
      { header: 'No', weight: 6, align: 'center' },
      { header: 'Nama', weight: 26 },
      { header: 'Jabatan / unit kerja', weight: 32 },
      { header: 'No. HP / WhatsApp', weight: 20 },
      { header: 'Sejak', weight: 16 },
    ],
    rows: backups.map((b, i) => [
      String(i + 1),
      b.person.name,
      [b.person.position, b.person.unit].filter(Boolean).join(', ') || '-',
      contactNumbers(b.person.phone, b.person.whatsapp),
      formatDateId(b.startDate),
    ]),
  };
};

export function contactNumbers(phone: string, whatsapp: string): string {
  if (!whatsapp || whatsapp === phone) return phone || '-';
  return phone ? `${phone} / WA ${whatsapp}` : `WA ${whatsapp}`;
}

/**
 * The registry. A feature that knows of open matters with an agency (complaints forwarded to
 * it, pending commitments, MoUs in preparation) adds its provider here; the handover sheet
 * prints every section that has rows, in this order.
 */
export const HANDOVER_SECTION_PROVIDERS: HandoverSectionProvider[] = [activeBackupFocalPoints, openCasesSection, pendingCommitments];

export async function collectHandoverSections(
  ctx: ServiceContext,
  agencyId: string,
  date: string,
  providers: readonly HandoverSectionProvider[] = HANDOVER_SECTION_PROVIDERS,
): Promise<HandoverSection[]> {
  const sections: HandoverSection[] = [];
  for (const provide of providers) {
    const section = await provide(ctx, agencyId, date);
    if (section && section.rows.length > 0) sections.push(section);
  }
  return sections;
}
