import { EntitySchema } from 'typeorm';
import type { PaperSize } from '../../../shared/dto';
import { baseColumns, boolColumn, type BaseRecord } from '../db/baseColumns';

export interface OfficeSettings extends BaseRecord {
  isLocal: boolean;
  officeName: string;
  province: string;
  city: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  logoDataUrl: string | null;
  headName: string;
  headPosition: string;
  headNip: string;
  paperSize: PaperSize;
  letterNumberPattern: string;
  staleAfterMonths: number;
  idleLockMinutes: number;
  updatesEnabled: boolean;
  updateFeedUrl: string;
}

export const OfficeSettingsEntity = new EntitySchema<OfficeSettings>({
  name: 'OfficeSettings',
  tableName: 'office_settings',
  columns: {
    ...baseColumns,
    isLocal: boolColumn('is_local'),
    officeName: { name: 'office_name', type: 'text' },
    province: { type: 'text' },
    city: { type: 'text' },
    address: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
    website: { type: 'text' },
    logoDataUrl: { name: 'logo_data_url', type: 'text', nullable: true },
    headName: { name: 'head_name', type: 'text' },
    headPosition: { name: 'head_position', type: 'text' },
    headNip: { name: 'head_nip', type: 'text' },
    paperSize: { name: 'paper_size', type: 'text' },
    letterNumberPattern: { name: 'letter_number_pattern', type: 'text' },
    staleAfterMonths: { name: 'stale_after_months', type: 'integer' },
    idleLockMinutes: { name: 'idle_lock_minutes', type: 'integer' },
    updatesEnabled: boolColumn('updates_enabled'),
    updateFeedUrl: { name: 'update_feed_url', type: 'text' },
  },
});
