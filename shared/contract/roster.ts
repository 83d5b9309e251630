import { z } from 'zod';
import type { AsOfDto, AssignmentDto, FocalPersonDto, Page, PersonDetailDto, RosterPageDto } from '../dto';
import { END_REASONS, FOCAL_ROLES, ROSTER_FLAGS } from '../dto';
import { isoDate, optionalEmail, optionalLine, optionalNip, optionalPhone, optionalText, recordId, requiredLine } from '../validation';
import { mutation, query } from './define';

export const personFields = {
  name: requiredLine(120),
  nip: optionalNip(),
  position: optionalLine(150),
  unit: optionalLine(150),
  phone: optionalPhone(),
  whatsapp: optionalPhone(),
  email: optionalEmail(),
  notes: optionalText(2000),
};
export const personInput = z.object(personFields).strict();

/** The editable fields of a person, e.g. to fill an edit form. */
export function personEditableFields(p: FocalPersonDto): Required<z.input<typeof personInput>> {
  return { name: p.name, nip: p.nip, position: p.position, unit: p.unit, phone: p.phone, whatsapp: p.whatsapp, email: p.email, notes: p.notes };
}
export type PersonInput = z.input<typeof personInput>;

/** Either someone already in the roster or a new person entered on the spot. */
export const personRef = z.union([
  z.object({ personId: recordId() }).strict(),
  z.object({ newPerson: personInput }).strict(),
]);

const decree = {
  decreeNumber: optionalLine(120),
  decreeDate: isoDate().nullable().default(null),
};
const role = z.enum(FOCAL_ROLES, { error: 'invalidOption' });
const endReason = z.enum(END_REASONS, { error: 'invalidOption' });

export const assignInput = z
  .object({ agencyId: recordId(), person: personRef, role: role.default('utama'), ...decree, startDate: isoDate(), notes: optionalText(2000) })
  .strict();
export type AssignInput = z.input<typeof assignInput>;

/** "Ganti narahubung": the current primary ends on `date`, the successor starts on `date`. */
export const rotateInput = z
  .object({
    agencyId: recordId(),
    date: isoDate(),
    endReason,
    endNote: optionalLine(300),
    successor: personRef,
    ...decree,
    notes: optionalText(2000),
  })
  .strict();
export type RotateInput = z.input<typeof rotateInput>;

export const endInput = z
  .object({ assignmentId: recordId(), endDate: isoDate(), endReason, endNote: optionalLine(300) })
  .strict();

/** Fixing mistyped history. Every field is restated; the note says why (kept in the audit). */
export const correctInput = z
  .object({
    assignmentId: recordId(),
    expectedUpdatedAt: z.string().max(40),
    role,
    ...decree,
    startDate: isoDate(),
    endDate: isoDate().nullable(),
    endReason: endReason.nullable(),
    endNote: optionalLine(300),
    lastConfirmedOn: isoDate().nullable(),
    notes: optionalText(2000),
    correctionNote: requiredLine(300),
  })
  .strict();
export type CorrectInput = z.input<typeof correctInput>;

export const ROSTER_SORT = ['agency', 'person', 'lastConfirmed', 'startDate', 'group', 'region'] as const;

export const rosterListInput = z
  .object({
    search: z.string().max(200).default(''),
    groupId: recordId().optional(),
    region: z.string().max(100).optional(),
    flag: z.enum(['all', 'ok', ...ROSTER_FLAGS]).default('all'),
    /** Inactive agencies are hidden unless asked for (or filtered by the "inactive" flag). */
    includeInactive: z.boolean().default(false),
    sortBy: z.enum(ROSTER_SORT).default('agency'),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type RosterListInput = z.input<typeof rosterListInput>;

export const personListInput = z
  .object({
    search: z.string().max(200).default(''),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(20),
  })
  .strict();

export const rosterChannels = {
  'roster.list': query<RosterPageDto>()(rosterListInput, 'app.read'),
  'roster.agencyHistory': query<AssignmentDto[]>()(z.object({ agencyId: recordId() }).strict(), 'app.read'),
  'roster.asOf': query<AsOfDto>()(z.object({ agencyId: recordId(), date: isoDate() }).strict(), 'app.read'),
  'roster.assign': mutation<AssignmentDto>()(assignInput, 'records.write'),
  'roster.rotate': mutation<{ ended: AssignmentDto; started: AssignmentDto }>()(rotateInput, 'records.write'),
  'roster.end': mutation<AssignmentDto>()(endInput, 'records.write'),
  'roster.correct': mutation<AssignmentDto>()(correctInput, 'records.write'),
  /** "Konfirmasi data": the office checked these assignments are still true, today by default. */
  'roster.confirm': mutation<{ confirmed: number }>()(
    z.object({ assignmentIds: z.array(recordId()).min(1).max(2000), date: isoDate().optional() }).strict(),
    'records.write',
  ),
  'persons.list': query<Page<FocalPersonDto & { activeAssignments: number }>>()(personListInput, 'app.read'),
  'persons.get': query<PersonDetailDto>()(z.object({ id: recordId() }).strict(), 'app.read'),
  'persons.create': mutation<FocalPersonDto>()(personInput, 'records.write'),
  'persons.update': mutation<FocalPersonDto>()(
    z.object({ id: recordId(), expectedUpdatedAt: z.string().max(40).optional(), ...personFields }).strict(),
    'records.write',
  ),
};
