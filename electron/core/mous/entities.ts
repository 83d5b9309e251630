import { EntitySchema } from 'typeorm';
import type { MouStatus } from '../../../shared/dto';
import { baseColumns, type BaseRecord } from '../db/baseColumns';

/** Nota kesepahaman between the office and one or more partners. */
export interface Mou extends BaseRecord {
  title: string;
  number: string;
  status: MouStatus;
  plannedDate: string | null;
  signedDate: string | null;
  validUntil: string | null;
  otherParties: string;
  /** [{ name, position, party }], kept with the row so a merge at head office moves it whole. */
  signatoriesJson: string;
  notes: string;
}

export const MouEntity = new EntitySchema<Mou>({
  name: 'Mou',
  tableName: 'mous',
  columns: {
    ...baseColumns,
    title: { type: 'text' },
    number: { type: 'text' },
    status: { type: 'text' },
    plannedDate: { name: 'planned_date', type: 'text', nullable: true },
    signedDate: { name: 'signed_date', type: 'text', nullable: true },
    validUntil: { name: 'valid_until', type: 'text', nullable: true },
    otherParties: { name: 'other_parties', type: 'text' },
    signatoriesJson: { name: 'signatories_json', type: 'text' },
    notes: { type: 'text' },
  },
});

/** A partner agency of an MoU (from the register), in the order the parties are named. */
export interface MouAgency extends BaseRecord {
  mouId: string;
  agencyId: string;
  sortOrder: number;
}

export const MouAgencyEntity = new EntitySchema<MouAgency>({
  name: 'MouAgency',
  tableName: 'mou_agencies',
  columns: {
    ...baseColumns,
    mouId: { name: 'mou_id', type: 'text' },
    agencyId: { name: 'agency_id', type: 'text' },
    sortOrder: { name: 'sort_order', type: 'integer' },
  },
});
