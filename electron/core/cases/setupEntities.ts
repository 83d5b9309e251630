/** TypeORM schemas of the complaint register's configuration tables (DDL: migrations/0007-complaints.ts). */
import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import { baseColumns, boolColumn, type BaseRecord } from '../db/baseColumns';

const text = (name?: string): EntitySchemaColumnOptions => ({ type: 'text', ...(name ? { name } : {}) });
const nullableText = (name: string): EntitySchemaColumnOptions => ({ type: 'text', name, nullable: true });
const int = (name?: string): EntitySchemaColumnOptions => ({ type: 'integer', ...(name ? { name } : {}) });

export interface CaseMasterItemRecord extends BaseRecord {
  list: string;
  code: string;
  name: string;
  nameKey: string;
  sortOrder: number;
  active: boolean;
  phase: string | null;
}

export const CaseMasterItemEntity = new EntitySchema<CaseMasterItemRecord>({
  name: 'CaseMasterItem',
  tableName: 'case_master_items',
  columns: { ...baseColumns, list: text(), code: text(), name: text(), nameKey: text('name_key'), sortOrder: int('sort_order'), active: boolColumn('active'), phase: nullableText('phase') },
});

export interface DeadlineRuleRecord extends BaseRecord {
  code: string;
  name: string;
  trigger: string;
  stageId: string | null;
  days: number;
  unit: string;
  party: string;
  pausesForReporter: boolean;
  active: boolean;
  notes: string;
}

export const DeadlineRuleEntity = new EntitySchema<DeadlineRuleRecord>({
  name: 'DeadlineRule',
  tableName: 'deadline_rules',
  columns: {
    ...baseColumns,
    code: text(),
    name: text(),
    trigger: text(),
    stageId: nullableText('stage_id'),
    days: int(),
    unit: text(),
    party: text(),
    pausesForReporter: boolColumn('pauses_for_reporter'),
    active: boolColumn('active'),
    notes: text(),
  },
});

export interface CalendarDayRecord extends BaseRecord {
  day: string;
  name: string;
  kind: string;
  source: string;
  active: boolean;
}

export const CalendarDayEntity = new EntitySchema<CalendarDayRecord>({
  name: 'CalendarDay',
  tableName: 'calendar_days',
  columns: { ...baseColumns, day: text(), name: text(), kind: text(), source: text(), active: boolColumn('active') },
});

export interface CalendarYearRecord extends BaseRecord {
  year: number;
}

export const CalendarYearEntity = new EntitySchema<CalendarYearRecord>({
  name: 'CalendarYear',
  tableName: 'calendar_years',
  columns: { ...baseColumns, year: int() },
});

export interface CaseSettingsRecord extends BaseRecord {
  registerNumberPattern: string;
  dueSoonWorkingDays: number;
}

export const CaseSettingsEntity = new EntitySchema<CaseSettingsRecord>({
  name: 'CaseSettings',
  tableName: 'case_settings',
  columns: { ...baseColumns, registerNumberPattern: text('register_number_pattern'), dueSoonWorkingDays: int('due_soon_working_days') },
});

export interface CaseYearTargetRecord extends BaseRecord {
  year: number;
  target: number;
}

export const CaseYearTargetEntity = new EntitySchema<CaseYearTargetRecord>({
  name: 'CaseYearTarget',
  tableName: 'case_year_targets',
  columns: { ...baseColumns, year: int(), target: int() },
});

export interface RegisterNumberRecord extends BaseRecord {
  series: string;
  year: number;
  seq: number;
  number: string;
  state: string;
  numberDate: string;
  entity: string | null;
  entityId: string | null;
  reason: string;
}

export const RegisterNumberEntity = new EntitySchema<RegisterNumberRecord>({
  name: 'RegisterNumber',
  tableName: 'register_numbers',
  columns: {
    ...baseColumns,
    series: text(),
    year: int(),
    seq: int(),
    number: text(),
    state: text(),
    numberDate: text('number_date'),
    entity: nullableText('entity'),
    entityId: nullableText('entity_id'),
    reason: text(),
  },
});

export const CASE_SETUP_ENTITIES = [CaseMasterItemEntity, DeadlineRuleEntity, CalendarDayEntity, CalendarYearEntity, CaseSettingsEntity, CaseYearTargetEntity, RegisterNumberEntity];
