import { caseEditableFields, type CaseCreateInput, type CaseUpdateInput, type ReporterInput } from '../../../../../shared/contract/cases';
import type { CaseDetailDto } from '../../../../../shared/dto';

/** The case record's own fields as the form holds them: selects and dates are '' when empty. */
export interface CaseFormValues extends Record<string, unknown> {
  simpelNumber: string;
  receivedOn: string;
  channelId: string;
  trackId: string;
  agencyId: string;
  agencyUnit: string;
  subjectId: string;
  maladministrationIds: string[];
  summary: string;
  chronology: string;
  expectedOutcome: string;
  assignedStaff: string;
}

export type ReporterValues = Required<ReporterInput>;

export interface IntakeValues extends CaseFormValues {
  reporter: ReporterValues;
  confidential: boolean;
  /** A number reserved earlier in the register ('' = the next one). */
  reservedNumberId: string;
}

export const CASE_FIELDS = [
  'simpelNumber', 'receivedOn', 'channelId', 'trackId', 'agencyId', 'agencyUnit', 'subjectId', 'maladministrationIds',
  'summary', 'chronology', 'expectedOutcome', 'assignedStaff',
] as const satisfies ReadonlyArray<keyof CaseFormValues>;

export const REPORTER_FIELDS = ['reporter.name', 'reporter.phone', 'reporter.email', 'reporter.address', 'reporter.idNumber', 'reporter.representing', 'confidential'] as const;

/** Form order, for putting the cursor in the first field with an error. */
export const INTAKE_FIELDS = ['receivedOn', 'channelId', 'trackId', 'simpelNumber', 'assignedStaff', 'reservedNumberId', ...REPORTER_FIELDS, 'agencyId', 'agencyUnit', 'subjectId', 'maladministrationIds', 'summary', 'chronology', 'expectedOutcome'];

export const emptyReporter = (): ReporterValues => ({ name: '', address: '', phone: '', email: '', idNumber: '', representing: '' });

/** A new complaint: received today, through the office's usual channel and track when known. */
export function newIntakeValues(today: string, defaults: { channelId?: string; trackId?: string } = {}): IntakeValues {
  return {
    simpelNumber: '',
    receivedOn: today,
    channelId: defaults.channelId ?? '',
    trackId: defaults.trackId ?? '',
    agencyId: '',
    agencyUnit: '',
    subjectId: '',
    maladministrationIds: [],
    summary: '',
    chronology: '',
    expectedOutcome: '',
    assignedStaff: '',
    reporter: emptyReporter(),
    confidential: false,
    reservedNumberId: '',
  };
}

export function caseFormValues(c: CaseDetailDto): CaseFormValues {
  const { id: _id, expectedUpdatedAt: _at, ...fields } = caseEditableFields(c);
  return fields;
}

/** An unselected option or an empty date is "missing" to the schema (its "wajib diisi"), not a malformed id. */
const orMissing = (v: string): string | undefined => (v === '' ? undefined : v);

export function toCaseFields(v: CaseFormValues) {
  return {
    ...v,
    receivedOn: orMissing(v.receivedOn),
    channelId: orMissing(v.channelId),
    trackId: orMissing(v.trackId),
    agencyId: orMissing(v.agencyId),
    subjectId: orMissing(v.subjectId),
    maladministrationIds: [...v.maladministrationIds],
  } as Omit<CaseUpdateInput, 'id' | 'expectedUpdatedAt'>;
}

export function toCreateInput(v: IntakeValues): CaseCreateInput {
  const { reporter, confidential, reservedNumberId, ...fields } = v;
  return { ...toCaseFields(fields), reporter: { ...reporter }, confidential, ...(reservedNumberId ? { reservedNumberId } : {}) };
}

/** Paths with an error that belong to the case form (reporter.name belongs to the reporter block). */
export const isIntakePath = (path: string): boolean => INTAKE_FIELDS.includes(path) || INTAKE_FIELDS.includes(path.split('.')[0]!);
