import { z } from 'zod';
import type { AgencyDto, AgencyGroupDto, AgencyOptionDto, Page } from '../dto';
import { optionalEmail, optionalLine, optionalNip, optionalPhone, optionalText, recordId, requiredLine } from '../validation';
import { mutation, query } from './define';

export const agencyFields = {
  name: requiredLine(200),
  shortName: optionalLine(60),
  groupId: recordId(),
  region: optionalLine(100),
  address: optionalText(400),
  phone: optionalPhone(),
  email: optionalEmail(),
  headName: optionalLine(120),
  headPosition: optionalLine(120),
  headNip: optionalNip(),
  notes: optionalText(4000),
};

export const agencyCreateInput = z.object(agencyFields).strict();
export type AgencyCreateInput = z.input<typeof agencyCreateInput>;

export const agencyUpdateInput = z
  .object({ id: recordId(), expectedUpdatedAt: z.string().max(40).optional(), ...agencyFields })
  .strict();
export type AgencyUpdateInput = z.input<typeof agencyUpdateInput>;

export const AGENCY_SORT_FIELDS = ['name', 'group', 'region', 'updatedAt'] as const;

export const agencyListInput = z
  .object({
    search: z.string().max(200).default(''),
    groupId: recordId().optional(),
    region: z.string().max(100).optional(),
    status: z.enum(['active', 'inactive', 'all']).default('active'),
    sortBy: z.enum(AGENCY_SORT_FIELDS).default('name'),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type AgencyListInput = z.input<typeof agencyListInput>;

export const agencySetActiveInput = z
  .object({ id: recordId(), active: z.boolean(), reason: optionalLine(300) })
  .strict();

export const agencyGroupSaveInput = z
  .object({
    id: recordId().optional(),
    name: requiredLine(120),
    sortOrder: z.number().int().min(0).max(10_000).default(100),
    active: z.boolean().default(true),
  })
  .strict();
export type AgencyGroupSaveInput = z.input<typeof agencyGroupSaveInput>;

export const agencyChannels = {
  'agencies.list': query<Page<AgencyDto>>()(agencyListInput, 'app.read'),
  'agencies.get': query<AgencyDto>()(z.object({ id: recordId() }).strict(), 'app.read'),
  'agencies.regions': query<string[]>()(z.undefined(), 'app.read'),
  /** Every agency as a picker choice, by name (an office has hundreds; a head office merging many, thousands). */
  'agencies.options': query<AgencyOptionDto[]>()(z.undefined(), 'app.read'),
  'agencies.create': mutation<AgencyDto>()(agencyCreateInput, 'records.write'),
  'agencies.update': mutation<AgencyDto>()(agencyUpdateInput, 'records.write'),
  'agencies.setActive': mutation<AgencyDto>()(agencySetActiveInput, 'records.write'),
  'agencyGroups.list': query<AgencyGroupDto[]>()(z.undefined(), 'app.read'),
  'agencyGroups.save': mutation<AgencyGroupDto>()(agencyGroupSaveInput, 'masterdata.write'),
};

/** The editable fields of an agency, e.g. to fill an edit form or build an update. */
export function agencyEditableFields(a: AgencyDto): Required<AgencyCreateInput> {
  return {
    name: a.name,
    shortName: a.shortName,
    groupId: a.groupId,
    region: a.region,
    address: a.address,
    phone: a.phone,
    email: a.email,
    headName: a.headName,
    headPosition: a.headPosition,
    headNip: a.headNip,
    notes: a.notes,
  };
}
