/**
 * How a commitment moves. Printing (draft -> dicetak) happens by printing its sheet; the other
 * moves are made by hand. Going back is allowed only where it undoes a mistake without
 * contradicting paper: a declined agency may reconsider (menolak -> draft), a signature
 * recorded on the wrong agency may be withdrawn (ditandatangani -> dicetak), and an archived
 * commitment may be un-archived when its scan was the wrong file (diarsipkan -> ditandatangani).
 */
import type { CommitmentStatus } from './dto/actionPlans';

export const COMMITMENT_MOVES: Record<CommitmentStatus, readonly CommitmentStatus[]> = {
  draft: ['menolak'],
  dicetak: ['ditandatangani', 'menolak'],
  ditandatangani: ['diarsipkan', 'dicetak'],
  diarsipkan: ['ditandatangani'],
  menolak: ['draft'],
};

/** The moves a person may choose (printing is not one: it happens by printing). */
export const MANUAL_TARGETS = ['ditandatangani', 'diarsipkan', 'menolak', 'draft', 'dicetak'] as const;
export type ManualTarget = (typeof MANUAL_TARGETS)[number];

export const canMove = (from: CommitmentStatus, to: CommitmentStatus): boolean => COMMITMENT_MOVES[from].includes(to);

/** Signed (or filed): the sheet's wording and signatory are settled on paper. */
export const isSigned = (s: CommitmentStatus): boolean => s === 'ditandatangani' || s === 'diarsipkan';

/** Moves that need a date (the day it happened). */
export const DATED_TARGETS: readonly CommitmentStatus[] = ['ditandatangani', 'diarsipkan', 'menolak'];

/** The statuses in words, as printed in messages and reports. */
export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  draft: 'Draf',
  dicetak: 'Dicetak',
  ditandatangani: 'Ditandatangani',
  diarsipkan: 'Diarsipkan',
  menolak: 'Menolak',
};
