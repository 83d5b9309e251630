/**
 * What the complaint register is configured by: master data (stages, tracks, channels,
 * subjects, maladministration types, outcomes), deadline rules, the working-day calendar,
 * the numbering register (case and letter numbers) and the case settings (register pattern,
 * yearly closure targets). Changes to rules or the calendar recompute every open case's
 * deadlines in the same transaction.
 */
import { z } from 'zod';
import type {
  CalendarDayDto,
  CalendarImportDto,
  CalendarYearDto,
  CaseMasterDto,
  CaseMasterItemDto,
  CaseSettingsDto,
  DeadlineRuleDto,
  RegisterNumberDto,
  RegisterNumberPageDto,
} from '../dto';
import { CALENDAR_DAY_KINDS, CASE_MASTER_LISTS, DEADLINE_PARTIES, DEADLINE_TRIGGERS, DEADLINE_UNITS, NUMBER_SERIES, NUMBER_STATES, STAGE_PHASES } from '../dto/cases';
import { letterPattern, optionalText, recordId, requiredLine } from '../validation';
import { caseDate } from './cases';
import { mutation, query } from './define';

const year = () => z.number({ error: 'invalidType' }).int({ error: 'invalidType' }).min(2000, { error: 'invalidType' }).max(2100, { error: 'invalidType' });

export const caseMasterSaveInput = z
  .object({
    id: recordId().optional(),
    list: z.enum(CASE_MASTER_LISTS, { error: 'invalidOption' }),
    name: requiredLine(150),
    sortOrder: z.number().int().min(0).max(10_000).default(100),
    active: z.boolean().default(true),
    /** Stages only (required there). */
    phase: z.enum(STAGE_PHASES, { error: 'invalidOption' }).nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.list === 'stage' && v.phase === null) ctx.addIssue({ code: 'custom', message: 'required', path: ['phase'] });
    if (v.list !== 'stage' && v.phase !== null) ctx.addIssue({ code: 'custom', message: 'invalidOption', path: ['phase'] });
  });
export type CaseMasterSaveInput = z.input<typeof caseMasterSaveInput>;

export const deadlineRuleSaveInput = z
  .object({
    id: recordId().optional(),
    name: requiredLine(150),
    trigger: z.enum(DEADLINE_TRIGGERS, { error: 'invalidOption' }),
    stageId: recordId().nullable().default(null),
    days: z.number({ error: 'invalidType' }).int({ error: 'invalidType' }).min(1, { error: 'deadlineDays' }).max(365, { error: 'deadlineDays' }),
    unit: z.enum(DEADLINE_UNITS, { error: 'invalidOption' }),
    party: z.enum(DEADLINE_PARTIES, { error: 'invalidOption' }),
    pausesForReporter: z.boolean().default(false),
    active: z.boolean().default(true),
    notes: optionalText(1000),
    expectedUpdatedAt: z.string().max(40).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.trigger === 'stage' && v.stageId === null) ctx.addIssue({ code: 'custom', message: 'required', path: ['stageId'] });
    if (v.trigger !== 'stage' && v.stageId !== null) ctx.addIssue({ code: 'custom', message: 'invalidOption', path: ['stageId'] });
  });
export type DeadlineRuleSaveInput = z.input<typeof deadlineRuleSaveInput>;

export const calendarDaySaveInput = z
  .object({
    /** Absent: a new day off (or the row already listed for that date). */
    id: recordId().optional(),
    date: caseDate(),
    name: requiredLine(150),
    kind: z.enum(CALENDAR_DAY_KINDS, { error: 'invalidOption' }),
    /** false: the office works that day after all (a library holiday that did not apply). */
    active: z.boolean().default(true),
    expectedUpdatedAt: z.string().max(40).optional(),
  })
  .strict();
export type CalendarDaySaveInput = z.input<typeof calendarDaySaveInput>;

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;
/** CSV "tanggal;nama;jenis" (jenis: libur_nasional | cuti_bersama | libur_kantor), UTF-8, at most 256 KB. */
export const calendarImportInput = z
  .object({
    fileName: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(260),
    base64: z.string({ error: 'required' }).min(1, { error: 'required' }).max(350_000, { error: 'importTooLarge' }).regex(BASE64_RE, { error: 'importUnreadable' }),
    /** false: only show what would change. */
    commit: z.boolean().default(false),
  })
  .strict();
export type CalendarImportInput = z.input<typeof calendarImportInput>;

export const numberListInput = z
  .object({
    series: z.enum(NUMBER_SERIES, { error: 'invalidOption' }),
    year: year(),
    state: z.enum(['all', ...NUMBER_STATES]).default('all'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type NumberListInput = z.input<typeof numberListInput>;

export const numberReserveInput = z
  .object({ series: z.enum(NUMBER_SERIES, { error: 'invalidOption' }), date: caseDate(), reason: requiredLine(300) })
  .strict();
export type NumberReserveInput = z.input<typeof numberReserveInput>;

export const numberVoidInput = z.object({ id: recordId(), reason: requiredLine(300) }).strict();

export const caseSettingsInput = z
  .object({
    registerNumberPattern: letterPattern(),
    dueSoonWorkingDays: z.number({ error: 'invalidType' }).int({ error: 'invalidType' }).min(1, { error: 'dueSoonDays' }).max(30, { error: 'dueSoonDays' }),
    expectedUpdatedAt: z.string().max(40).nullable().default(null),
  })
  .strict();
export type CaseSettingsInput = z.input<typeof caseSettingsInput>;

export const caseTargetInput = z
  .object({ year: year(), target: z.number({ error: 'invalidType' }).int({ error: 'invalidType' }).min(0, { error: 'invalidType' }).max(100_000, { error: 'invalidType' }) })
  .strict();

export const workingDaysInput = z
  .object({ from: caseDate(), days: z.number().int().min(-3650).max(3650), unit: z.enum(DEADLINE_UNITS).default('working') })
  .strict();

export const caseSetupChannels = {
  'caseMaster.list': query<CaseMasterDto>()(z.undefined(), 'app.read'),
  'caseMaster.save': mutation<CaseMasterItemDto>()(caseMasterSaveInput, 'masterdata.write'),
  'deadlineRules.list': query<DeadlineRuleDto[]>()(z.undefined(), 'app.read'),
  'deadlineRules.save': mutation<DeadlineRuleDto>()(deadlineRuleSaveInput, 'masterdata.write'),
  'calendar.year': query<CalendarYearDto>()(z.object({ year: year() }).strict(), 'app.read'),
  /** Loads the holiday library's national holidays for a year (never overwrites the office's corrections). */
  'calendar.seedYear': mutation<CalendarYearDto>()(z.object({ year: year() }).strict(), 'masterdata.write'),
  'calendar.saveDay': mutation<CalendarDayDto>()(calendarDaySaveInput, 'masterdata.write'),
  'calendar.import': mutation<CalendarImportDto>()(calendarImportInput, 'masterdata.write'),
  /** The date `days` working (or calendar) days after `from`: for previews in forms. */
  'calendar.addDays': query<{ date: string }>()(workingDaysInput, 'app.read'),
  'numbers.list': query<RegisterNumberPageDto>()(numberListInput, 'app.read'),
  /** Holds the next number of a series for later use (e.g. a paper form); the reason is kept. */
  'numbers.reserve': mutation<RegisterNumberDto>()(numberReserveInput, 'records.write'),
  /** Voids a reserved number (never used) or a used one whose record was cancelled; it is never reused. */
  'numbers.void': mutation<RegisterNumberDto>()(numberVoidInput, 'records.write'),
  'caseSettings.get': query<CaseSettingsDto>()(z.undefined(), 'app.read'),
  'caseSettings.update': mutation<CaseSettingsDto>()(caseSettingsInput, 'settings.write'),
  'caseSettings.setTarget': mutation<CaseSettingsDto>()(caseTargetInput, 'settings.write'),
  /** Recomputes every open case's cached next due date from its history (after a repair, or to verify). */
  'cases.recomputeDeadlines': mutation<{ cases: number; changed: number }>()(z.object({}).strict().default({}), 'masterdata.write'),
};

/** The editable fields of a rule, e.g. to fill an edit form. */
export function deadlineRuleEditableFields(r: DeadlineRuleDto): Required<DeadlineRuleSaveInput> {
  return {
    id: r.id,
    name: r.name,
    trigger: r.trigger,
    stageId: r.stageId,
    days: r.days,
    unit: r.unit,
    party: r.party,
    pausesForReporter: r.pausesForReporter,
    active: r.active,
    notes: r.notes,
    expectedUpdatedAt: r.updatedAt,
  };
}
