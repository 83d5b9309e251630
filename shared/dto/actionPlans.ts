/** Action plans (rencana aksi), per-agency commitments and their progress monitoring. */
import type { GeneratedDocumentDto, Page } from './index';

/**
 * draft -> dicetak (sheet printed) -> ditandatangani (signed) -> diarsipkan (signed scan
 * filed); or menolak (the agency declined). See shared/commitmentFlow.ts for the moves.
 */
export const COMMITMENT_STATUSES = ['draft', 'dicetak', 'ditandatangani', 'diarsipkan', 'menolak'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const PROGRESS_STATUSES = ['belum', 'berjalan', 'selesai'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** "What's missing" on the status board. */
export const BOARD_FILTERS = ['all', 'notPrinted', 'notSigned', 'noScan', 'reprint', 'declined'] as const;
export type BoardFilter = (typeof BOARD_FILTERS)[number];
export type MissingItem = Exclude<BoardFilter, 'all' | 'declined'>;

export const BATCH_ORDERS = ['plan', 'name', 'group'] as const;
export type BatchOrder = (typeof BATCH_ORDERS)[number];

export interface CommitmentTemplateDto {
  id: string;
  name: string;
  /** "LEMBAR KOMITMEN" */
  sheetTitle: string;
  opening: string;
  closing: string;
  active: boolean;
  planCount: number;
  updatedAt: string;
}

export interface SignatoryDto {
  name: string;
  position: string;
  /** Printed as "NIP. ..." only when present. */
  nip: string;
}

export interface ActionPlanPointDto {
  id: string;
  sortOrder: number;
  text: string;
}

export type CommitmentCounts = Record<CommitmentStatus, number> & { total: number };

export interface ActionPlanDto {
  id: string;
  officeCode: string;
  title: string;
  year: number;
  eventId: string | null;
  eventTitle: string | null;
  eventDate: string | null;
  templateId: string;
  templateName: string;
  /** The date printed on the sheets; null leaves the date line to be written by hand. */
  signingDate: string | null;
  /** The place of the date line ("Pangkalpinang"). */
  place: string;
  witness: SignatoryDto | null;
  notes: string;
  points: ActionPlanPointDto[];
  /** Participating agencies in the plan's order. */
  agencyIds: string[];
  counts: CommitmentCounts;
  /** Some agency signed: the wording can no longer change. */
  locked: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ActionPlanPageDto extends Page<ActionPlanDto> {
  years: number[];
}

export interface CommitmentDto {
  id: string;
  planId: string;
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  groupName: string;
  agencyActive: boolean;
  sortOrder: number;
  signatory: SignatoryDto;
  status: CommitmentStatus;
  printedOn: string | null;
  signedOn: string | null;
  archivedOn: string | null;
  declinedOn: string | null;
  declineReason: string;
  notes: string;
  /** The code the sheet would carry if printed now. */
  code: string;
  /** The code of the last printed sheet, if any. */
  printedCode: string | null;
  /** Printed, not signed, and the content changed since: the paper is outdated. */
  reprintNeeded: boolean;
  attachmentCount: number;
  missing: MissingItem[];
  updatedAt: string;
}

export interface CommitmentBoardDto {
  plan: ActionPlanDto;
  items: CommitmentDto[];
  counts: CommitmentCounts & Record<MissingItem, number>;
}

export interface CodeMatchDto {
  commitment: CommitmentDto;
  planTitle: string;
  planYear: number;
  /** The code is the one the current content gives (false: from an older printing). */
  current: boolean;
  printedOn: string;
}

export interface ProgressEntryDto {
  id: string;
  commitmentId: string;
  pointId: string;
  status: ProgressStatus;
  note: string;
  recordedOn: string;
  updatedAt: string;
}

export interface ProgressRowDto {
  commitmentId: string;
  agencyId: string;
  agencyName: string;
  status: CommitmentStatus;
  /** Latest entry per point id (null: nothing recorded yet). */
  cells: Record<string, ProgressEntryDto | null>;
}

export interface ProgressMatrixDto {
  plan: ActionPlanDto;
  rows: ProgressRowDto[];
  /** Per point id: how many agencies are at each status (no entry counts as "belum"). */
  summary: Record<string, Record<ProgressStatus, number>>;
}

export interface BatchJobDto {
  jobId: string;
  total: number;
  done: number;
}

export interface BatchResultDto {
  document: GeneratedDocumentDto;
  printed: number;
}
