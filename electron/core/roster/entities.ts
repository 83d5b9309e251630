import { EntitySchema } from 'typeorm';
import type { EndReason, FocalRole } from '../../../shared/dto';
import { baseColumns, type BaseRecord } from '../db/baseColumns';

export interface FocalPerson extends BaseRecord {
  name: string;
  nameKey: string;
  nip: string;
  position: string;
  unit: string;
  phone: string;
  whatsapp: string;
  email: string;
  notes: string;
}

export const FocalPersonEntity = new EntitySchema<FocalPerson>({
  name: 'FocalPerson',
  tableName: 'focal_persons',
  columns: {
    ...baseColumns,
    name: { type: 'text' },
    nameKey: { name: 'name_key', type: 'text' },
    nip: { type: 'text' },
    position: { type: 'text' },
    unit: { type: 'text' },
    phone: { type: 'text' },
    whatsapp: { type: 'text' },
    email: { type: 'text' },
    notes: { type: 'text' },
  },
});

/** One person serving one agency over [startDate, endDate). */
export interface FocalAssignment extends BaseRecord {
  agencyId: string;
  personId: string;
  role: FocalRole;
  decreeNumber: string;
  decreeDate: string | null;
  startDate: string;
  endDate: string | null;
  endReason: EndReason | null;
  endNote: string;
  lastConfirmedOn: string | null;
  notes: string;
}

export const FocalAssignmentEntity = new EntitySchema<FocalAssignment>({
  name: 'FocalAssignment',
  tableName: 'focal_assignments',
  columns: {
    ...baseColumns,
    agencyId: { name: 'agency_id', type: 'text' },
    personId: { name: 'person_id', type: 'text' },
    role: { type: 'text' },
    decreeNumber: { name: 'decree_number', type: 'text' },
    decreeDate: { name: 'decree_date', type: 'text', nullable: true },
    startDate: { name: 'start_date', type: 'text' },
    endDate: { name: 'end_date', type: 'text', nullable: true },
    endReason: { name: 'end_reason', type: 'text', nullable: true },
    endNote: { name: 'end_note', type: 'text' },
    lastConfirmedOn: { name: 'last_confirmed_on', type: 'text', nullable: true },
    notes: { type: 'text' },
  },
});
