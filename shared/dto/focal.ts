/** The focal-point network (narahubung): people, their dated assignments, the roster. */
export const FOCAL_ROLES = ['utama', 'cadangan'] as const;
export type FocalRole = (typeof FOCAL_ROLES)[number];

/** Why an assignment ended (the office's own words for rotation of officials). */
export const END_REASONS = ['mutasi', 'pensiun', 'diganti', 'mengundurkan_diri', 'lainnya'] as const;
export type EndReason = (typeof END_REASONS)[number];

export interface FocalPersonDto {
  id: string;
  officeCode: string;
  name: string;
  nip: string;
  position: string;
  unit: string;
  phone: string;
  whatsapp: string;
  email: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * One person serving one agency from startDate (inclusive) until endDate (exclusive: the
 * first day they no longer serve; the successor starts that same day). endDate null = open.
 */
export interface AssignmentDto {
  id: string;
  agencyId: string;
  agencyName: string;
  person: FocalPersonDto;
  role: FocalRole;
  decreeNumber: string;
  decreeDate: string | null;
  startDate: string;
  endDate: string | null;
  endReason: EndReason | null;
  endNote: string;
  lastConfirmedOn: string | null;
  notes: string;
  /** Serving today (start <= today < end). */
  current: boolean;
  createdAt: string;
  updatedAt: string;
}

export const ROSTER_FLAGS = ['noFocalPoint', 'stale', 'rotatedRecently', 'inactive'] as const;
export type RosterFlag = (typeof ROSTER_FLAGS)[number];

export interface RosterRowDto {
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  groupId: string;
  groupName: string;
  region: string;
  agencyActive: boolean;
  /** The primary focal point serving today, if any. */
  primary: AssignmentDto | null;
  backupCount: number;
  flags: Record<RosterFlag, boolean>;
}

export interface RosterPageDto {
  items: RosterRowDto[];
  total: number;
  page: number;
  pageSize: number;
  /** Counts over the whole register (ignoring the flag filter), for the badges. */
  counts: Record<RosterFlag, number> & { all: number };
  /** The day the flags were computed for, and the staleness threshold used. */
  today: string;
  staleAfterMonths: number;
}

export interface AsOfDto {
  agencyId: string;
  date: string;
  primary: AssignmentDto | null;
  backups: AssignmentDto[];
}

export interface PersonDetailDto {
  person: FocalPersonDto;
  assignments: AssignmentDto[];
}

export interface GeneratedDocumentDto {
  id: string;
  kind: string;
  title: string;
  fileName: string;
  mimeType: string;
  pages: number | null;
  sizeBytes: number;
  createdAt: string;
}
