/** MoUs (nota kesepahaman) and the technical-assistance log (pendampingan teknis). */
import type { Page } from './index';

export const MOU_STATUSES = ['rencana', 'ditandatangani', 'berakhir', 'dibatalkan'] as const;
export type MouStatus = (typeof MOU_STATUSES)[number];

/**
 * Computed on every read, never stored: they depend on today.
 * plannedOverdue: still "rencana" and the planned date has passed.
 * expiringSoon: signed and valid until a date within MOU_EXPIRY_WARNING_DAYS (today included).
 * expired: valid-until date has passed but the MoU is still marked signed.
 */
export const MOU_ALERTS = ['plannedOverdue', 'expiringSoon', 'expired'] as const;
export type MouAlert = (typeof MOU_ALERTS)[number];
export const MOU_EXPIRY_WARNING_DAYS = 90;

export interface MouSignatoryDto {
  name: string;
  position: string;
  /** Whose signature: the office, an agency, another party. */
  party: string;
}

export interface MouAgencyDto {
  id: string;
  name: string;
  shortName: string;
  active: boolean;
}

export interface MouDto {
  id: string;
  officeCode: string;
  title: string;
  number: string;
  status: MouStatus;
  plannedDate: string | null;
  signedDate: string | null;
  /** Last day the MoU is in force (inclusive). */
  validUntil: string | null;
  /** Partner agencies from the register, in the order entered. */
  agencies: MouAgencyDto[];
  /** Parties outside the register, one per line. */
  otherParties: string;
  signatories: MouSignatoryDto[];
  notes: string;
  attachmentCount: number;
  alerts: MouAlert[];
  /** Days from today to validUntil (negative once passed); null without a validUntil. */
  daysToExpiry: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface MouPageDto extends Page<MouDto> {
  /** Alert counts over the whole register (ignoring filters), for the badges. */
  counts: Record<MouAlert, number> & { all: number };
  /** Years that occur in signed or planned dates, newest first, for the year filter. */
  years: number[];
  today: string;
}

/** Kinds of help the office offers agencies in handling complaints. */
export const ASSISTANCE_TOPICS = [
  'penerimaan_pengaduan',
  'tindak_lanjut_penyelesaian',
  'monev_pengelolaan',
  'berbagi_metode',
  'lainnya',
] as const;
export type AssistanceTopic = (typeof ASSISTANCE_TOPICS)[number];

export interface AssistanceDto {
  id: string;
  officeCode: string;
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  topic: AssistanceTopic;
  /** The topic in words when topic is "lainnya". */
  topicOther: string;
  date: string;
  /** Office staff who gave the assistance, one per line. */
  officeStaff: string;
  participantCount: number | null;
  participantNames: string;
  outcome: string;
  notes: string;
  attachmentCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface AssistancePageDto extends Page<AssistanceDto> {
  years: number[];
}
