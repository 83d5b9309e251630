import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { MouDto, MouPageDto } from '../dto';
import { MOU_ALERTS, MOU_STATUSES } from '../dto/partnerships';
import { optionalLine, optionalText, recordId, requiredLine } from '../validation';
import { mutation, query } from './define';

/** A calendar date that may be left empty: "" (an empty date input) and null both mean none. */
export const optionalDate = () =>
  z
    .union([z.null(), z.string({ error: 'date' })], { error: 'date' })
    .default(null)
    .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
    .refine((v) => v === null || isIsoDate(v), { error: 'date' });

export const mouSignatory = z
  .object({ name: requiredLine(120), position: optionalLine(150), party: optionalLine(200) })
  .strict();

export const mouFields = {
  title: requiredLine(300),
  number: optionalLine(150),
  status: z.enum(MOU_STATUSES, { error: (issue) => (issue.input === undefined ? 'required' : 'invalidOption') }),
  plannedDate: optionalDate(),
  signedDate: optionalDate(),
  validUntil: optionalDate(),
  agencyIds: z.array(recordId(), { error: 'invalidType' }).max(30).default([]),
  otherParties: optionalText(1000),
  signatories: z.array(mouSignatory, { error: 'invalidType' }).max(20).default([]),
  notes: optionalText(4000),
};

type MouRuleInput = {
  status: (typeof MOU_STATUSES)[number];
  plannedDate: string | null;
  signedDate: string | null;
  validUntil: string | null;
  agencyIds: string[];
  otherParties: string;
};

/**
 * Rules between fields, checked as the user types and again in the core. Rules that need
 * today's date or the register (signed date not in the future, agencies usable) are the
 * core's (core/mous/service.ts).
 */
export function checkMouRules(v: MouRuleInput, ctx: z.core.$RefinementCtx<MouRuleInput>): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
  const signedOrEnded = v.status === 'ditandatangani' || v.status === 'berakhir';
  if (signedOrEnded && v.signedDate === null) issue('signedDate', 'mouSignedDateRequired');
  if (v.status === 'rencana' && v.signedDate !== null) issue('signedDate', 'mouPlanHasSignedDate');
  if (v.validUntil !== null && v.signedDate !== null && v.validUntil <= v.signedDate) issue('validUntil', 'mouValidUntilOrder');
  else if (v.validUntil !== null && v.signedDate === null && v.plannedDate !== null && v.validUntil <= v.plannedDate) {
    issue('validUntil', 'mouValidUntilAfterPlan');
  }
  if (v.agencyIds.length === 0 && v.otherParties === '') issue('agencyIds', 'mouPartiesRequired');
  else if (new Set(v.agencyIds).size !== v.agencyIds.length) issue('agencyIds', 'agencyRepeated');
}

export const mouCreateInput = z.object(mouFields).strict().superRefine(checkMouRules);
export type MouCreateInput = z.input<typeof mouCreateInput>;

export const mouUpdateInput = z
  .object({ id: recordId(), expectedUpdatedAt: z.string().max(40).optional(), ...mouFields })
  .strict()
  .superRefine(checkMouRules);
export type MouUpdateInput = z.input<typeof mouUpdateInput>;

export const MOU_SORT_FIELDS = ['date', 'title', 'validUntil', 'updatedAt'] as const;

export const mouListInput = z
  .object({
    search: z.string().max(200).default(''),
    status: z.enum(['all', ...MOU_STATUSES]).default('all'),
    agencyId: recordId().optional(),
    /** "any": at least one alert. */
    alert: z.enum(['all', 'any', ...MOU_ALERTS]).default('all'),
    /** Year of the signing date, or of the planned date while not signed. */
    year: z.number().int().min(1945).max(2200).optional(),
    sortBy: z.enum(MOU_SORT_FIELDS).default('date'),
    sortDir: z.enum(['asc', 'desc']).default('desc'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(25),
  })
  .strict();
export type MouListInput = z.input<typeof mouListInput>;

const deleteInput = z.object({ id: recordId(), expectedUpdatedAt: z.string().max(40).optional() }).strict();

export const mouChannels = {
  'mous.list': query<MouPageDto>()(mouListInput, 'app.read'),
  'mous.get': query<MouDto>()(z.object({ id: recordId() }).strict(), 'app.read'),
  'mous.create': mutation<MouDto>()(mouCreateInput, 'records.write'),
  'mous.update': mutation<MouDto>()(mouUpdateInput, 'records.write'),
  /** For records entered by mistake; a cancelled MoU keeps its record with status "dibatalkan". */
  'mous.delete': mutation<{ id: string }>()(deleteInput, 'records.write'),
};

/** The editable fields of an MoU, e.g. to fill an edit form. */
export function mouEditableFields(m: MouDto): Required<MouCreateInput> {
  return {
    title: m.title,
    number: m.number,
    status: m.status,
    plannedDate: m.plannedDate,
    signedDate: m.signedDate,
    validUntil: m.validUntil,
    agencyIds: m.agencies.map((a) => a.id),
    otherParties: m.otherParties,
    signatories: m.signatories.map((s) => ({ ...s })),
    notes: m.notes,
  };
}
