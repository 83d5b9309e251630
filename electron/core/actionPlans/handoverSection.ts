import { formatDateId } from '../../../shared/dates';
import { COMMITMENT_STATUS_LABELS } from '../../../shared/commitmentFlow';
import type { CommitmentStatus } from '../../../shared/dto';
import type { HandoverSectionProvider } from '../documents/handoverSections';

/**
 * Commitments of the agency not yet signed (or declined and not closed) on the handover date:
 * the incoming focal point has to chase the signature. Signed and filed ones are done.
 */
export const pendingCommitments: HandoverSectionProvider = async (ctx, agencyId) => {
  const rows = (await ctx.manager.query(
    `SELECT p.title, p.year, c.status, c.printed_on, c.signatory_name, c.signatory_position
       FROM commitments c JOIN action_plans p ON p.id = c.plan_id
      WHERE c.agency_id = ? AND c.status IN ('draft', 'dicetak') ORDER BY p.year DESC, p.title`,
    [agencyId],
  )) as Array<{ title: string; year: number; status: CommitmentStatus; printed_on: string | null; signatory_name: string; signatory_position: string }>;
  if (rows.length === 0) return null;
  return {
    title: 'Komitmen rencana aksi yang belum ditandatangani',
    columns: [
      { header: 'No', weight: 6, align: 'center' },
      { header: 'Rencana aksi', weight: 38 },
      { header: 'Penanda tangan', weight: 30 },
      { header: 'Keadaan', weight: 26 },
    ],
    rows: rows.map((r, i) => [
      String(i + 1),
      `${r.title} (${r.year})`,
      [r.signatory_name, r.signatory_position].filter(Boolean).join(', ') || '-',
      r.status === 'dicetak' && r.printed_on ? `Dicetak ${formatDateId(r.printed_on)}, belum ditandatangani` : COMMITMENT_STATUS_LABELS[r.status],
    ]),
  };
};
