import { formatDateId } from '../../../shared/dates';
import type { HandoverSectionProvider } from '../documents/handoverSections';

/**
 * "Laporan masyarakat yang masih terbuka" on a focal-point handover sheet: the agency's cases
 * open on the handover date, with stage and next due date. No reporter and no free text.
 */
export const openCasesSection: HandoverSectionProvider = async (ctx, agencyId, date) => {
  const rows = (await ctx.manager.query(
    `SELECT c.register_number, c.received_on, st.name AS stage, sb.name AS subject, c.next_due_on
       FROM cases c JOIN case_master_items st ON st.id = c.stage_id JOIN case_master_items sb ON sb.id = c.subject_id
      WHERE c.agency_id = ? AND c.received_on <= ? AND (c.closed_on IS NULL OR c.closed_on > ?)
      ORDER BY c.received_on, c.register_seq`,
    [agencyId, date, date],
  )) as Array<{ register_number: string; received_on: string; stage: string; subject: string; next_due_on: string | null }>;
  if (rows.length === 0) return null;
  return {
    title: 'Laporan masyarakat yang masih dalam proses',
    columns: [
      { header: 'No', weight: 6, align: 'center' },
      { header: 'Nomor registrasi', weight: 24 },
      { header: 'Diterima', weight: 16 },
      { header: 'Substansi', weight: 20 },
      { header: 'Tahap', weight: 20 },
      { header: 'Batas waktu berikutnya', weight: 16 },
    ],
    rows: rows.map((r, i) => [String(i + 1), r.register_number, formatDateId(r.received_on), r.subject, r.stage, r.next_due_on ? formatDateId(r.next_due_on) : '-']),
  };
};
