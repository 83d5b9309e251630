/**
 * Public complaints (laporan masyarakat): the case record, its timeline, its deadline clocks,
 * the master data it is classified by, the working-day calendar and the numbering register.
 * A confidential reporter's identity never appears in these shapes for a caller without the
 * `confidential.read` permission: `reporter` is then `{ masked: true }`, and list rows carry
 * `reporterName: null`.
 */
import type { GeneratedDocumentDto } from './focal';
import type { Page } from './index';

// ---- master data -------------------------------------------------------------------------

/** The editable reference lists a case is classified by (defaults from domain.md). */
export const CASE_MASTER_LISTS = ['stage', 'track', 'channel', 'subject', 'maladministration', 'outcome'] as const;
export type CaseMasterList = (typeof CASE_MASTER_LISTS)[number];

/**
 * What a stage means to the rules, whatever the office calls it: only `closed` stages need an
 * outcome and a closure reason and stop every clock. Names changed with each regulation
 * (26/2017, 48/2020, 58/2023); phases did not.
 */
export const STAGE_PHASES = ['intake', 'examination', 'findings', 'resolution', 'closed'] as const;
export type StagePhase = (typeof STAGE_PHASES)[number];

export interface CaseMasterItemDto {
  id: string;
  list: CaseMasterList;
  /** Stable short code (e.g. "penerimaan", "rco"); defaults keep theirs, new items get one from the name. */
  code: string;
  name: string;
  sortOrder: number;
  active: boolean;
  /** Stages only; null for other lists. */
  phase: StagePhase | null;
  /** Cases that use the item (any state): an item in use can be deactivated, never deleted. */
  usageCount: number;
}

export type CaseMasterDto = Record<CaseMasterList, CaseMasterItemDto[]>;

// ---- deadlines and calendar --------------------------------------------------------------

/** What starts a deadline clock. Each has its fixed stop condition (see README "Deadlines"). */
export const DEADLINE_TRIGGERS = [
  /** entering `stageId`; stops when the case leaves that stage */
  'stage',
  /** a clarification letter sent; stops at the first reply received on or after it */
  'letter_klarifikasi',
  /** a reminder letter sent; stops at the first reply received on or after it */
  'letter_pengingat',
  /** a request to the reporter (e.g. to complete the file, to answer a draft finding); stops at the reporter's response */
  'reporter_request',
] as const;
export type DeadlineTrigger = (typeof DEADLINE_TRIGGERS)[number];

export const DEADLINE_UNITS = ['working', 'calendar'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** Who has to act before the due date: drives the focal-point reminders (agency only). */
export const DEADLINE_PARTIES = ['agency', 'reporter', 'office'] as const;
export type DeadlineParty = (typeof DEADLINE_PARTIES)[number];

export interface DeadlineRuleDto {
  id: string;
  code: string;
  name: string;
  trigger: DeadlineTrigger;
  /** For trigger "stage". */
  stageId: string | null;
  stageName: string | null;
  days: number;
  unit: DeadlineUnit;
  party: DeadlineParty;
  /** The clock stands still while the case waits on the reporter. */
  pausesForReporter: boolean;
  active: boolean;
  notes: string;
  updatedAt: string;
}

export const CALENDAR_DAY_KINDS = ['libur_nasional', 'cuti_bersama', 'libur_kantor'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** bawaan: seeded from the holiday library or Simpul's defaults; kantor: entered here; impor: from a CSV. */
export const CALENDAR_SOURCES = ['bawaan', 'kantor', 'impor'] as const;
export type CalendarSource = (typeof CALENDAR_SOURCES)[number];

/** A day off (weekends are implicit; a listed Saturday/Sunday is informative). Inactive = the office works that day after all. */
export interface CalendarDayDto {
  /** '' while the year is not seeded yet (Simpul's built-in list shown); saving any day of that year seeds it first. */
  id: string;
  date: string;
  name: string;
  kind: CalendarDayKind;
  source: CalendarSource;
  active: boolean;
  updatedAt: string;
}

export interface CalendarYearDto {
  year: number;
  days: CalendarDayDto[];
  /** Monday-Friday days that are not an active day off. */
  workingDays: number;
  /** The library's national holidays were loaded for this year. */
  seeded: boolean;
}

export interface CalendarImportRowDto {
  line: number;
  date: string;
  name: string;
  kind: CalendarDayKind;
  /** add: new day; update: replaces the name/kind of a day already listed; same: nothing to do. */
  action: 'add' | 'update' | 'same' | 'error';
  error: string | null;
}

export interface CalendarImportDto {
  rows: CalendarImportRowDto[];
  added: number;
  updated: number;
  errors: number;
  /** True when the rows were saved (commit without errors). */
  committed: boolean;
}

// ---- numbering ---------------------------------------------------------------------------

/** case: register numbers of complaints; letter: outgoing letters (Settings' letter pattern). */
export const NUMBER_SERIES = ['case', 'letter'] as const;
export type NumberSeries = (typeof NUMBER_SERIES)[number];
export const NUMBER_STATES = ['reserved', 'used', 'voided'] as const;
export type NumberState = (typeof NUMBER_STATES)[number];

/** One running number of one series and year. Numbers are never deleted or reused: gaps are voided numbers with their reason. */
export interface RegisterNumberDto {
  id: string;
  series: NumberSeries;
  year: number;
  seq: number;
  number: string;
  state: NumberState;
  /** The date the number is for (register date or letter date). */
  numberDate: string;
  /** What holds the number (a case, a case event), when used. */
  entity: string | null;
  entityId: string | null;
  /** Why reserved or voided. */
  reason: string;
  createdAt: string;
  updatedAt: string;
}

export interface RegisterNumberPageDto extends Page<RegisterNumberDto> {
  counts: Record<NumberState, number>;
}

// ---- settings ----------------------------------------------------------------------------

export interface CaseYearTargetDto {
  year: number;
  /** Cases the office aims to close that year. */
  target: number;
}

export interface CaseSettingsDto {
  /** Pattern of register numbers, same placeholders as letter numbers, e.g. "{nomor:4}/LM/{tahun}/BABEL". */
  registerNumberPattern: string;
  /** A running clock with at most this many working days left is "due soon". */
  dueSoonWorkingDays: number;
  targets: CaseYearTargetDto[];
  updatedAt: string;
}

// ---- the case ----------------------------------------------------------------------------

export type CaseReporterDto =
  | {
      masked: false;
      name: string;
      address: string;
      phone: string;
      email: string;
      /** NIK or other identity number; optional. */
      idNumber: string;
      /** Whom the reporter acts for ('' = for themselves). */
      representing: string;
    }
  | { masked: true };

/** The focal point serving the agency on the day the case was forwarded (kept when officials rotate). */
export interface CaseFocalPointDto {
  assignmentId: string;
  personId: string;
  name: string;
  position: string;
  unit: string;
  phone: string;
  whatsapp: string;
  email: string;
  /** The day the case was forwarded (the as-of date of the stamp). */
  stampedOn: string;
  /** Still the agency's primary focal point today. */
  stillServing: boolean;
}

export type ClockStatus = 'running' | 'overdue' | 'paused' | 'met' | 'metLate' | 'stopped';

/** One deadline of a case, computed from its history and the calendar on every read. */
export interface CaseClockDto {
  ruleId: string;
  ruleCode: string;
  ruleName: string;
  party: DeadlineParty;
  days: number;
  unit: DeadlineUnit;
  /** The event that started it. */
  startedOn: string;
  startEventId: string;
  /** null while paused with no end in sight (waiting on the reporter). */
  dueOn: string | null;
  /** The reply, stage change or closure that stopped it. */
  stoppedOn: string | null;
  /** Days the clock stood still while waiting on the reporter. */
  pausedDays: number;
  status: ClockStatus;
  /** Working days from today to dueOn (negative once overdue); null when stopped or paused. */
  workingDaysLeft: number | null;
}

export const CASE_EVENT_KINDS = [
  'note',
  'letter_sent',
  'reply_received',
  'call',
  'meeting',
  'stage_change',
  'forwarded',
  'reporter_request',
  'reporter_response',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];
/** Kinds a user adds by hand (stage changes, forwarding and generated letters have their own channels). */
export const MANUAL_EVENT_KINDS = ['note', 'letter_sent', 'reply_received', 'call', 'meeting', 'reporter_request', 'reporter_response'] as const;
export type ManualEventKind = (typeof MANUAL_EVENT_KINDS)[number];

export const LETTER_KINDS = ['klarifikasi', 'pengingat', 'lainnya'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
/** Letters Simpul writes (PDF); "lainnya" letters are registered by hand. */
export const GENERATED_LETTER_KINDS = ['klarifikasi', 'pengingat'] as const;
export type GeneratedLetterKind = (typeof GENERATED_LETTER_KINDS)[number];

export interface CaseEventDto {
  id: string;
  caseId: string;
  kind: CaseEventKind;
  occurredOn: string;
  title: string;
  details: string;
  /** letter_sent only. */
  letterKind: LetterKind | null;
  letterNumber: string;
  /** The generated PDF, for letters Simpul wrote. */
  documentId: string | null;
  /** stage_change only. */
  stageFromId: string | null;
  stageFromName: string | null;
  stageToId: string | null;
  stageToName: string | null;
  outcomeName: string | null;
  cancelled: boolean;
  cancelReason: string;
  attachmentCount: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export const CASE_LINK_REASONS = ['same_reporter', 'same_matter', 'other'] as const;
export type CaseLinkReason = (typeof CASE_LINK_REASONS)[number];

export interface CaseLinkDto {
  id: string;
  otherCaseId: string;
  otherRegisterNumber: string;
  otherSummary: string;
  otherStageName: string;
  reason: CaseLinkReason;
  note: string;
  createdAt: string;
}

/** Names resolved from master data beside their ids, so lists need no second lookup. */
export interface CaseRefs {
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  agencyGroupId: string;
  agencyGroupName: string;
  channelId: string;
  channelName: string;
  trackId: string;
  trackName: string;
  subjectId: string;
  subjectName: string;
  stageId: string;
  stageName: string;
  stagePhase: StagePhase;
}

export interface CaseListItemDto extends CaseRefs {
  id: string;
  registerNumber: string;
  simpelNumber: string;
  receivedOn: string;
  agencyUnit: string;
  maladministrationNames: string[];
  assignedStaff: string;
  confidential: boolean;
  /** null when confidential and the caller may not see it. */
  reporterName: string | null;
  /** The first 240 characters of the summary. */
  summary: string;
  forwardedOn: string | null;
  /** Earliest due date of a running clock (any party); null when none runs. */
  nextDueOn: string | null;
  nextDueRuleName: string | null;
  overdue: boolean;
  dueSoon: boolean;
  closedOn: string | null;
  updatedAt: string;
}

export interface CaseDetailDto extends CaseRefs {
  id: string;
  officeCode: string;
  registerNumber: string;
  simpelNumber: string;
  receivedOn: string;
  agencyUnit: string;
  maladministrationIds: string[];
  maladministrationNames: string[];
  summary: string;
  chronology: string;
  expectedOutcome: string;
  assignedStaff: string;
  confidential: boolean;
  reporter: CaseReporterDto;
  forwardedOn: string | null;
  focalPoint: CaseFocalPointDto | null;
  outcomeId: string | null;
  outcomeName: string | null;
  closedOn: string | null;
  closureReason: string;
  clocks: CaseClockDto[];
  nextDueOn: string | null;
  overdue: boolean;
  dueSoon: boolean;
  /** Oldest first. */
  events: CaseEventDto[];
  links: CaseLinkDto[];
  attachmentCount: number;
  /** The caller may see (and edit) the reporter's identity of this case. */
  canSeeIdentity: boolean;
  today: string;
  createdAt: string;
  updatedAt: string;
}

export interface CasePageDto extends Page<CaseListItemDto> {
  today: string;
  /** Over the whole register, ignoring filters (for the badges). */
  counts: { open: number; overdue: number; dueSoon: number };
}

export interface DuplicateHintDto {
  caseId: string;
  registerNumber: string;
  receivedOn: string;
  stageName: string;
  summary: string;
  /** "text": similar summary/chronology for the same agency; "reporter": same reporter (only for callers who may see identities). */
  reason: 'text' | 'reporter';
}

export interface DashboardDto {
  today: string;
  year: number;
  open: number;
  overdue: number;
  dueSoon: number;
  openByStage: Array<{ stageId: string; stageName: string; phase: StagePhase; count: number }>;
  /** Agencies with cases whose agency-side deadline has passed, most first. */
  overdueByAgency: Array<{ agencyId: string; agencyName: string; count: number; focalPointName: string | null; focalPointWhatsapp: string | null }>;
  closedThisYear: number;
  target: number | null;
  receivedThisYear: number;
}

/** Where a confidential reporter's identity appears in the case's own text. The identity itself is never echoed. */
export interface LeakFindingDto {
  /** Input path of the field ("summary", "chronology", "events.<id>.details", ...). */
  field: string;
  /** Human label of the place, e.g. "Kronologi" or "Catatan 12 Mei 2025". */
  label: string;
  what: 'name' | 'phone' | 'idNumber' | 'email';
  eventId: string | null;
}

export interface LeakCheckDto {
  clean: boolean;
  findings: LeakFindingDto[];
}

export interface CaseLetterResultDto {
  document: GeneratedDocumentDto;
  event: CaseEventDto;
  letterNumber: string;
  /** The reply deadline printed in the letter. */
  replyDueOn: string | null;
}

export interface WhatsappReminderDto {
  agencyId: string;
  agencyName: string;
  focalPointName: string | null;
  /** Normalised for wa.me (62...), or null when the focal point has no number. */
  whatsappNumber: string | null;
  /** https://wa.me/<number>?text=... (open through the external-link guard), or null. */
  waUrl: string | null;
  text: string;
  caseCount: number;
}
