import type { AgencyCreateInput } from '../../../../shared/contract/agencies';
import type { AgencyDto } from '../../../../shared/dto';

export interface AgencyFormValues extends Record<string, unknown> {
  name: string;
  shortName: string;
  groupId: string;
  region: string;
  address: string;
  phone: string;
  email: string;
  headName: string;
  headPosition: string;
  headNip: string;
  notes: string;
}

/** Every input of the agency form, for placing server field errors. */
export const AGENCY_FIELDS = [
  'name', 'shortName', 'groupId', 'region', 'address', 'phone', 'email',
  'headName', 'headPosition', 'headNip', 'notes',
] as const satisfies ReadonlyArray<keyof AgencyFormValues>;

export function toAgencyFormValues(agency?: AgencyDto | null): AgencyFormValues {
  return {
    name: agency?.name ?? '',
    shortName: agency?.shortName ?? '',
    groupId: agency?.groupId ?? '',
    region: agency?.region ?? '',
    address: agency?.address ?? '',
    phone: agency?.phone ?? '',
    email: agency?.email ?? '',
    headName: agency?.headName ?? '',
    headPosition: agency?.headPosition ?? '',
    headNip: agency?.headNip ?? '',
    notes: agency?.notes ?? '',
  };
}

export function toAgencyInput(values: AgencyFormValues): AgencyCreateInput {
  return { ...values };
}
