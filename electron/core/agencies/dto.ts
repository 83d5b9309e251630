import type { AgencyDto } from '../../../shared/dto';

/** Column list shared by every query that returns agencies, so all of them map alike. */
export const AGENCY_SELECT = `
  a.id, a.office_code, a.name, a.short_name, a.group_id, g.name AS group_name, a.region,
  a.address, a.phone, a.email, a.head_name, a.head_position, a.head_nip, a.active, a.notes,
  a.created_at, a.updated_at
  FROM agencies a JOIN agency_groups g ON g.id = a.group_id`;

export interface AgencyRow {
  id: string;
  office_code: string;
  name: string;
  short_name: string;
  group_id: string;
  group_name: string;
  region: string;
  address: string;
  phone: string;
  email: string;
  head_name: string;
  head_position: string;
  head_nip: string;
  active: number;
  notes: string;
  created_at: string;
  updated_at: string;
}

export function agencyRowToDto(r: AgencyRow): AgencyDto {
  return {
    id: r.id,
    officeCode: r.office_code,
    name: r.name,
    shortName: r.short_name,
    groupId: r.group_id,
    groupName: r.group_name,
    region: r.region,
    address: r.address,
    phone: r.phone,
    email: r.email,
    headName: r.head_name,
    headPosition: r.head_position,
    headNip: r.head_nip,
    active: r.active === 1,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
