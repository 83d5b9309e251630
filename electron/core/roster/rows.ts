import type { AssignmentDto, EndReason, FocalPersonDto, FocalRole } from '../../../shared/dto';

/** Person columns, prefixed p_, for any query that returns people. */
export const PERSON_COLUMNS = `p.id AS p_id, p.office_code AS p_office_code, p.name AS p_name, p.nip AS p_nip,
  p.position AS p_position, p.unit AS p_unit, p.phone AS p_phone, p.whatsapp AS p_whatsapp, p.email AS p_email,
  p.notes AS p_notes, p.created_at AS p_created_at, p.updated_at AS p_updated_at`;

/** Assignment columns, prefixed fa_. */
export const ASSIGNMENT_COLUMNS = `fa.id AS fa_id, fa.agency_id AS fa_agency_id, fa.role AS fa_role,
  fa.decree_number AS fa_decree_number, fa.decree_date AS fa_decree_date, fa.start_date AS fa_start_date,
  fa.end_date AS fa_end_date, fa.end_reason AS fa_end_reason, fa.end_note AS fa_end_note,
  fa.last_confirmed_on AS fa_last_confirmed_on, fa.notes AS fa_notes, fa.created_at AS fa_created_at,
  fa.updated_at AS fa_updated_at`;

/** Every assignment with its person and agency name. */
export const ASSIGNMENT_SELECT = `SELECT ${ASSIGNMENT_COLUMNS}, a.name AS a_name, ${PERSON_COLUMNS}
  FROM focal_assignments fa
  JOIN focal_persons p ON p.id = fa.person_id
  JOIN agencies a ON a.id = fa.agency_id`;

export type Row = Record<string, string | number | null>;

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function personFromRow(r: Row): FocalPersonDto {
  return {
    id: str(r.p_id),
    officeCode: str(r.p_office_code),
    name: str(r.p_name),
    nip: str(r.p_nip),
    position: str(r.p_position),
    unit: str(r.p_unit),
    phone: str(r.p_phone),
    whatsapp: str(r.p_whatsapp),
    email: str(r.p_email),
    notes: str(r.p_notes),
    createdAt: str(r.p_created_at),
    updatedAt: str(r.p_updated_at),
  };
}

/** Serving on `day`: start <= day < end. */
export const servesOn = (start: string, end: string | null, day: string): boolean => start <= day && (end === null || end > day);

export function assignmentFromRow(r: Row, agencyName: string, today: string): AssignmentDto {
  const startDate = str(r.fa_start_date);
  const endDate = strOrNull(r.fa_end_date);
  return {
    id: str(r.fa_id),
    agencyId: str(r.fa_agency_id),
    agencyName,
    person: personFromRow(r),
    role: str(r.fa_role) as FocalRole,
    decreeNumber: str(r.fa_decree_number),
    decreeDate: strOrNull(r.fa_decree_date),
    startDate,
    endDate,
    endReason: strOrNull(r.fa_end_reason) as EndReason | null,
    endNote: str(r.fa_end_note),
    lastConfirmedOn: strOrNull(r.fa_last_confirmed_on),
    notes: str(r.fa_notes),
    current: servesOn(startDate, endDate, today),
    createdAt: str(r.fa_created_at),
    updatedAt: str(r.fa_updated_at),
  };
}
