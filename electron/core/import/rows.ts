import type { z } from 'zod';
import { FOCAL_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../shared/agencyImport';
import { agencyCreateInput } from '../../../shared/contract/agencies';
import { assignInput, type personInput } from '../../../shared/contract/roster';
import type { ImportProblemDto } from '../../../shared/dto';
import { msg, type Lang, type MessageKey } from '../../../shared/messages';
import { fieldErrors } from '../../../shared/validation';
import { convertCell } from './cells';
import type { GridRow } from './grid';

type AgencyInput = z.output<typeof agencyCreateInput>;
type PersonInput = z.output<typeof personInput>;
type AssignOutput = z.output<typeof assignInput>;

/** One data row, read and checked on its own (before looking at the register). */
export interface RowDraft {
  rowNumber: number;
  values: Partial<Record<ImportField, string>>;
  problems: ImportProblemDto[];
  /** The agency fields as the agency form would save them (group resolved later). */
  agency: Omit<AgencyInput, 'groupId'> | null;
  groupText: string;
  withFocal: boolean;
  person: PersonInput | null;
  assignment: Omit<AssignOutput, 'agencyId' | 'person'> | null;
}

// Any valid id: the real agency is only known when the row is applied.
const PLACEHOLDER_ID = '00000000-0000-7000-8000-000000000000';

const AGENCY_PATHS: Partial<Record<string, ImportField>> = {
  name: 'name', shortName: 'shortName', region: 'region', address: 'address', phone: 'phone', email: 'email',
  headName: 'headName', headPosition: 'headPosition', headNip: 'headNip', notes: 'notes',
};
const ASSIGN_PATHS: Partial<Record<string, ImportField>> = {
  'person.newPerson.name': 'focalName', 'person.newPerson.nip': 'focalNip', 'person.newPerson.position': 'focalPosition',
  'person.newPerson.unit': 'focalUnit', 'person.newPerson.phone': 'focalPhone', 'person.newPerson.whatsapp': 'focalWhatsapp',
  'person.newPerson.email': 'focalEmail', decreeNumber: 'decreeNumber', decreeDate: 'decreeDate', startDate: 'startDate', role: 'role',
};
/** Filled in: the row names a focal point (a preset role or start date alone does not). */
const FOCAL_CONTENT: readonly ImportField[] = FOCAL_IMPORT_FIELDS.filter((f) => f !== 'role' && f !== 'startDate');

export function problem(field: ImportProblemDto['field'], key: MessageKey, lang: Lang, severity: ImportProblemDto['severity'] = 'error', params: Record<string, string | number> = {}): ImportProblemDto {
  return { field, code: key, message: msg(key, params, lang), severity, ...(Object.keys(params).length ? { params } : {}) };
}

/**
 * Reads one row through the mapping and checks it with the very schemas of the agency form
 * and the focal-point form (agencyCreateInput, assignInput), so a bad phone number or NIP
 * gets the same message here as there.
 */
export function draftRow(row: GridRow, mapping: ImportMapping, date1904: boolean, today: string, lang: Lang): RowDraft {
  const values: Partial<Record<ImportField, string>> = {};
  const problems: ImportProblemDto[] = [];
  for (const [field, column] of Object.entries(mapping) as Array<[ImportField, number | null]>) {
    if (column === null || column === undefined) continue;
    const converted = convertCell(field, row.cells[column] ?? null, date1904);
    if (converted.text !== '') values[field] = converted.text;
    if (converted.problem) problems.push(problem(field, converted.problem.key, lang, 'error', converted.problem.params));
  }
  const flagged = () => new Set(problems.map((p) => p.field));
  const v = (f: ImportField) => values[f] ?? '';

  const agencyParsed = agencyCreateInput.safeParse({
    name: v('name'), shortName: v('shortName'), groupId: PLACEHOLDER_ID, region: v('region'), address: v('address'),
    phone: v('phone'), email: v('email'), headName: v('headName'), headPosition: v('headPosition'), headNip: v('headNip'), notes: v('notes'),
  });
  let agency: RowDraft['agency'] = null;
  if (agencyParsed.success) {
    const { groupId: _placeholder, ...fields } = agencyParsed.data;
    agency = fields;
  } else {
    addZodProblems(fieldErrors(agencyParsed.error, lang), AGENCY_PATHS, problems, flagged());
  }

  const withFocal = FOCAL_CONTENT.some((f) => v(f) !== '');
  let person: PersonInput | null = null;
  let assignment: RowDraft['assignment'] = null;
  if (withFocal) {
    if (v('focalName') === '') problems.push(problem('focalName', 'importFocalNameRequired', lang));
    const parsed = assignInput.safeParse({
      agencyId: PLACEHOLDER_ID,
      person: { newPerson: { name: v('focalName'), nip: v('focalNip'), position: v('focalPosition'), unit: v('focalUnit'), phone: v('focalPhone'), whatsapp: v('focalWhatsapp'), email: v('focalEmail') } },
      role: v('role') || 'utama',
      decreeNumber: v('decreeNumber'),
      decreeDate: v('decreeDate') || null,
      startDate: v('startDate') || today,
    });
    if (parsed.success) {
      const { agencyId: _a, person: ref, ...rest } = parsed.data;
      person = 'newPerson' in ref ? ref.newPerson : null;
      assignment = rest;
    } else {
      addZodProblems(fieldErrors(parsed.error, lang), ASSIGN_PATHS, problems, flagged());
    }
  }
  return { rowNumber: row.rowNumber, values, problems, agency, groupText: v('group'), withFocal, person, assignment };
}

function addZodProblems(
  errors: ReturnType<typeof fieldErrors>,
  paths: Partial<Record<string, ImportField>>,
  problems: ImportProblemDto[],
  already: Set<ImportProblemDto['field']>,
): void {
  for (const [path, error] of Object.entries(errors)) {
    const field = paths[path] ?? 'row';
    // The cell's own problem (a date not understood, a NIP stored as a number) says it better.
    if (already.has(field)) continue;
    problems.push({ field, code: error.code, message: error.message, severity: 'error', ...(error.params ? { params: error.params } : {}) });
  }
}
