import { EntitySchema } from 'typeorm';
import { baseColumns, boolColumn, type BaseRecord } from '../db/baseColumns';

/** Kelompok instansi: editable master data (pemerintah provinsi, inspektorat, BUMN/BUMD, ...). */
export interface AgencyGroup extends BaseRecord {
  name: string;
  nameKey: string;
  sortOrder: number;
  active: boolean;
}

export const AgencyGroupEntity = new EntitySchema<AgencyGroup>({
  name: 'AgencyGroup',
  tableName: 'agency_groups',
  columns: {
    ...baseColumns,
    name: { type: 'text' },
    nameKey: { name: 'name_key', type: 'text' },
    sortOrder: { name: 'sort_order', type: 'integer' },
    active: boolColumn('active'),
  },
});

/** Instansi: a partner agency of the office. Deactivated, never deleted. */
export interface Agency extends BaseRecord {
  name: string;
  nameKey: string;
  shortName: string;
  groupId: string;
  region: string;
  address: string;
  phone: string;
  email: string;
  headName: string;
  headPosition: string;
  headNip: string;
  active: boolean;
  deactivatedAt: string | null;
  deactivationReason: string;
  notes: string;
}

export const AgencyEntity = new EntitySchema<Agency>({
  name: 'Agency',
  tableName: 'agencies',
  columns: {
    ...baseColumns,
    name: { type: 'text' },
    nameKey: { name: 'name_key', type: 'text' },
    shortName: { name: 'short_name', type: 'text' },
    groupId: { name: 'group_id', type: 'text' },
    region: { type: 'text' },
    address: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
    headName: { name: 'head_name', type: 'text' },
    headPosition: { name: 'head_position', type: 'text' },
    headNip: { name: 'head_nip', type: 'text' },
    active: boolColumn('active'),
    deactivatedAt: { name: 'deactivated_at', type: 'text', nullable: true },
    deactivationReason: { name: 'deactivation_reason', type: 'text' },
    notes: { type: 'text' },
  },
});
