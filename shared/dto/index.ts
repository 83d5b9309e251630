/** Plain data that crosses process boundaries: ISO strings, no entity instances. */
export type PaperSize = 'A4' | 'F4';

export interface OfficeSettingsDto {
  officeCode: string;
  officeName: string;
  province: string;
  /** City printed in the date line, e.g. "Pangkalpinang". */
  city: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  /** PNG or JPEG as a data: URL, or null for the default logo. */
  logoDataUrl: string | null;
  headName: string;
  headPosition: string;
  headNip: string;
  paperSize: PaperSize;
  letterNumberPattern: string;
  /** Focal-point data not confirmed for this many months is flagged as stale. */
  staleAfterMonths: number;
  /** Minutes without activity after which a session locks (the same user unlocks it). */
  idleLockMinutes: number;
  /** Automatic updates (admin switch) and the feed they come from; '' = no feed configured. */
  updatesEnabled: boolean;
  updateFeedUrl: string;
  updatedAt: string;
}

export interface AgencyGroupDto {
  id: string;
  name: string;
  sortOrder: number;
  active: boolean;
  agencyCount: number;
}

export interface AgencyDto {
  id: string;
  officeCode: string;
  name: string;
  shortName: string;
  groupId: string;
  groupName: string;
  region: string;
  address: string;
  phone: string;
  email: string;
  headName: string;
  headPosition: string;
  headNip: string;
  active: boolean;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** An agency as a choice in pickers and filters: every agency of the register, no paging. */
export interface AgencyOptionDto {
  id: string;
  name: string;
  shortName: string;
  groupId: string;
  groupName: string;
  region: string;
  active: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SystemStatusDto {
  appVersion: string;
  schemaVersion: number;
  /** True until the office profile is saved or demo data is loaded. */
  firstRun: boolean;
  officeName: string | null;
  actor: { id: string; name: string; role: string | null };
  permissions: string[];
}

/** What happened to a file handed to the user. */
export interface DeliveryResultDto {
  outcome: 'opened' | 'saved' | 'cancelled' | 'download';
  fileName: string;
  /** Browser preview only: where the page can fetch the file. */
  url?: string;
}

export * from './focal';
export * from './attachments';
export * from './partnerships';
export * from './import';
export * from './events';
export * from './actionPlans';
export * from './cases';
export * from './auth';
export * from './updates';
export * from './archive';
