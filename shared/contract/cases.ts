/**
 * Public complaints (laporan masyarakat): register, timeline, stage changes, letters, search.
 * Reporter identities of confidential cases are masked by the core for callers without
 * `confidential.read`, in every channel here (see core/cases/confidentiality.ts).
 */
import { z } from 'zod';
import type {
  CaseDetailDto,
  CaseEventDto,
  CaseLetterResultDto,
  CasePageDto,
  DashboardDto,
  DuplicateHintDto,
  GeneratedDocumentDto,
  LeakCheckDto,
  WhatsappReminderDto,
} from '../dto';
import { CASE_LINK_REASONS, GENERATED_LETTER_KINDS, LETTER_KINDS, MANUAL_EVENT_KINDS } from '../dto/cases';
import { isoDate, optionalEmail, optionalLine, optionalPhone, optionalText, recordId, requiredLine } from '../validation';
import { mutation, query } from './define';

const expectedUpdatedAt = z.string().max(40).optional();

/** A business date of the complaint register: its year numbers registers and letters, so 2000-2100. */
export const caseDate = () =>
  isoDate().refine((s) => {
    const year = Number(s.slice(0, 4));
    return year >= 2000 && year <= 2100;
  }, { error: 'caseYearRange' });

/** NIK (16 digits) or another identity document number: digits, letters, dots, slashes, dashes. */
export const optionalIdNumber = () =>
  optionalLine(40).refine((s) => s === '' || /^[0-9A-Za-z./\- ]{4,40}$/.test(s), { error: 'idNumber' });

export const reporterFields = {
  name: requiredLine(150),
  address: optionalText(500),
  phone: optionalPhone(),
  email: optionalEmail(),
  idNumber: optionalIdNumber(),
  /** Whom the reporter acts for; '' = for themselves. */
  representing: optionalLine(200),
};
export const reporterInput = z.object(reporterFields).strict();
export type ReporterInput = z.input<typeof reporterInput>;

export const caseFields = {
  /** Optional SIMPeL agenda/registration number, for reconciling with head office. */
  simpelNumber: optionalLine(60),
  receivedOn: caseDate(),
  channelId: recordId(),
  trackId: recordId(),
  agencyId: recordId(),
  /** The unit of the agency the complaint is about (OPD, bidang, seksi). */
  agencyUnit: optionalLine(200),
  subjectId: recordId(),
  maladministrationIds: z.array(recordId(), { error: 'invalidType' }).min(1, { error: 'caseMaladministrationRequired' }).max(12),
  summary: optionalText(2000).refine((s) => s !== '', { error: 'required' }),
  chronology: optionalText(20_000),
  expectedOutcome: optionalText(4000),
  assignedStaff: optionalLine(120),
};

export const caseCreateInput = z
  .object({
    ...caseFields,
    reporter: reporterInput,
    confidential: z.boolean().default(false),
    /** A number reserved earlier in the register (e.g. written on a paper form); otherwise the next one. */
    reservedNumberId: recordId().optional(),
  })
  .strict();
export type CaseCreateInput = z.input<typeof caseCreateInput>;

export const caseUpdateInput = z.object({ id: recordId(), expectedUpdatedAt, ...caseFields }).strict();
export type CaseUpdateInput = z.input<typeof caseUpdateInput>;

/** Identity and confidentiality; seeing or lifting the secrecy of a confidential case needs `confidential.read`. */
export const caseReporterUpdateInput = z
  .object({ caseId: recordId(), expectedUpdatedAt, reporter: reporterInput, confidential: z.boolean() })
  .strict();
export type CaseReporterUpdateInput = z.input<typeof caseReporterUpdateInput>;

export const CASE_SORT_FIELDS = ['receivedOn', 'registerNumber', 'nextDueOn', 'agency', 'updatedAt'] as const;
export const CASE_DUE_FILTERS = ['all', 'overdue', 'dueSoon', 'running'] as const;
export const CASE_STATE_FILTERS = ['open', 'closed', 'all'] as const;

export const caseFilterFields = {
  search: z.string().max(500).default(''),
  state: z.enum(CASE_STATE_FILTERS).default('open'),
  stageId: recordId().optional(),
  agencyId: recordId().optional(),
  groupId: recordId().optional(),
  subjectId: recordId().optional(),
  maladministrationId: recordId().optional(),
  channelId: recordId().optional(),
  trackId: recordId().optional(),
  assignedStaff: z.string().max(120).optional(),
  due: z.enum(CASE_DUE_FILTERS).default('all'),
  /** Received date range, both ends included. */
  receivedFrom: isoDate().optional(),
  receivedTo: isoDate().optional(),
  sortBy: z.enum(CASE_SORT_FIELDS).default('receivedOn'),
  sortDir: z.enum(['asc', 'desc']).default('desc'),
};

export const caseListInput = z
  .object({
    ...caseFilterFields,
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type CaseListInput = z.input<typeof caseListInput>;

/** The list's filters and sort without paging: an export holds every match. */
export const caseExportInput = z.object(caseFilterFields).strict();
export type CaseExportInput = z.input<typeof caseExportInput>;

/** stageId: move the case to that stage on the forwarding date as well (e.g. out of intake into examination). */
export const caseForwardInput = z
  .object({ caseId: recordId(), date: caseDate(), note: optionalText(2000), stageId: recordId().nullable().default(null) })
  .strict();
export type CaseForwardInput = z.input<typeof caseForwardInput>;

/** Moving to a stage of phase "closed" needs outcomeId and closureReason (checked in the core, which knows the phase). */
export const caseStageChangeInput = z
  .object({
    caseId: recordId(),
    expectedUpdatedAt,
    stageId: recordId(),
    date: caseDate(),
    note: optionalText(2000),
    outcomeId: recordId().nullable().default(null),
    closureReason: optionalText(2000),
  })
  .strict();
export type CaseStageChangeInput = z.input<typeof caseStageChangeInput>;

export const caseEventFields = {
  occurredOn: caseDate(),
  title: requiredLine(200),
  details: optionalText(8000),
};

export const caseEventAddInput = z
  .object({
    caseId: recordId(),
    kind: z.enum(MANUAL_EVENT_KINDS, { error: 'invalidOption' }),
    ...caseEventFields,
    /** letter_sent only: which letter; a number is taken from the letter register unless given. */
    letterKind: z.enum(LETTER_KINDS, { error: 'invalidOption' }).nullable().default(null),
    /** letter_sent only: the number already on a letter written outside Simpul ('' = allocate one). */
    letterNumber: optionalLine(80),
  })
  .strict();
export type CaseEventAddInput = z.input<typeof caseEventAddInput>;

/** Correcting a dated entry: recomputes the case's deadlines. Stage changes keep their order. */
export const caseEventUpdateInput = z.object({ id: recordId(), expectedUpdatedAt, ...caseEventFields }).strict();
export type CaseEventUpdateInput = z.input<typeof caseEventUpdateInput>;

/** An entry made by mistake is cancelled with a reason, never deleted (a letter's number is voided). */
export const caseEventCancelInput = z.object({ id: recordId(), expectedUpdatedAt, reason: requiredLine(300) }).strict();

export const caseLinkInput = z
  .object({
    caseId: recordId(),
    otherCaseId: recordId(),
    reason: z.enum(CASE_LINK_REASONS, { error: 'invalidOption' }),
    note: optionalLine(300),
  })
  .strict();
export type CaseLinkInput = z.input<typeof caseLinkInput>;

export const duplicateHintInput = z
  .object({
    agencyId: recordId(),
    /** Summary and/or chronology as typed so far. */
    text: z.string().max(20_000).default(''),
    /** Only used for callers who may see identities. */
    reporterName: z.string().max(150).default(''),
    reporterPhone: z.string().max(40).default(''),
    reporterIdNumber: z.string().max(40).default(''),
    excludeCaseId: recordId().optional(),
  })
  .strict();
export type DuplicateHintInput = z.input<typeof duplicateHintInput>;

export const caseLetterInput = z
  .object({
    caseId: recordId(),
    kind: z.enum(GENERATED_LETTER_KINDS, { error: 'invalidOption' }),
    date: caseDate(),
    /** Working days the agency has to reply; default from the deadline rule of this letter kind. */
    replyDays: z.number({ error: 'invalidType' }).int({ error: 'invalidType' }).min(1, { error: 'invalidType' }).max(365, { error: 'invalidType' }).optional(),
    /** A number reserved earlier in the letter register; otherwise the next one. */
    reservedNumberId: recordId().optional(),
    /** Extra paragraph(s) the clerk adds to the standard text. */
    extraText: optionalText(4000),
    /** Letter copies (tembusan), one per line. */
    copies: optionalText(1000),
  })
  .strict();
export type CaseLetterInput = z.input<typeof caseLetterInput>;

const byId = z.object({ id: recordId() }).strict();

export const caseChannels = {
  'cases.list': query<CasePageDto>()(caseListInput, 'app.read'),
  'cases.get': query<CaseDetailDto>()(byId, 'app.read'),
  'cases.create': mutation<CaseDetailDto>()(caseCreateInput, 'records.write'),
  'cases.update': mutation<CaseDetailDto>()(caseUpdateInput, 'records.write'),
  'cases.updateReporter': mutation<CaseDetailDto>()(caseReporterUpdateInput, 'records.write'),
  /** Forwards the case to the agency: stamps the focal point serving that day. */
  'cases.forward': mutation<CaseDetailDto>()(caseForwardInput, 'records.write'),
  'cases.changeStage': mutation<CaseDetailDto>()(caseStageChangeInput, 'records.write'),
  'cases.addEvent': mutation<CaseEventDto>()(caseEventAddInput, 'records.write'),
  'cases.updateEvent': mutation<CaseEventDto>()(caseEventUpdateInput, 'records.write'),
  'cases.cancelEvent': mutation<CaseEventDto>()(caseEventCancelInput, 'records.write'),
  'cases.link': mutation<CaseDetailDto>()(caseLinkInput, 'records.write'),
  'cases.unlink': mutation<{ id: string }>()(byId, 'records.write'),
  /** Earlier cases for the same agency with similar text (and, for callers allowed, the same reporter). */
  'cases.duplicateHints': query<DuplicateHintDto[]>()(duplicateHintInput, 'records.write'),
  'cases.dashboard': query<DashboardDto>()(z.undefined(), 'app.read'),
  /** Names in the assigned-staff field, for the filter. */
  'cases.staffNames': query<string[]>()(z.undefined(), 'app.read'),
  /** Where a confidential reporter's identity appears in the case's free text (print and export refuse until clean). */
  'cases.leakCheck': query<LeakCheckDto>()(z.object({ caseId: recordId() }).strict(), 'app.read'),
  /** Clarification request or reminder to the agency, through its focal point: numbered PDF, registered on the timeline. */
  'cases.printLetter': mutation<CaseLetterResultDto>()(caseLetterInput, 'records.write'),
  /** The whole case with its timeline as PDF (identity always masked when confidential). */
  'cases.printFile': mutation<GeneratedDocumentDto>()(z.object({ caseId: recordId() }).strict(), 'app.read'),
  /** The filtered list as an Excel workbook (identities of confidential cases always masked). */
  'cases.exportXlsx': mutation<GeneratedDocumentDto>()(caseExportInput, 'app.read'),
  /** Ready text for the agency's focal point listing its overdue cases, never naming reporters. */
  'cases.whatsappReminder': query<WhatsappReminderDto>()(z.object({ agencyId: recordId() }).strict(), 'app.read'),
};

/** The editable fields of a case, e.g. to fill an edit form. */
export function caseEditableFields(c: CaseDetailDto): Required<z.input<typeof caseUpdateInput>> {
  return {
    id: c.id,
    expectedUpdatedAt: c.updatedAt,
    simpelNumber: c.simpelNumber,
    receivedOn: c.receivedOn,
    channelId: c.channelId,
    trackId: c.trackId,
    agencyId: c.agencyId,
    agencyUnit: c.agencyUnit,
    subjectId: c.subjectId,
    maladministrationIds: [...c.maladministrationIds],
    summary: c.summary,
    chronology: c.chronology,
    expectedOutcome: c.expectedOutcome,
    assignedStaff: c.assignedStaff,
  };
}
