/**
 * TypeORM schemas of the complaint tables (DDL: migrations/0007-complaints.ts). Services
 * mostly use SQL through the transaction's manager (hot paths, FTS); these keep the column
 * types explicit and let TypeORM insert and read whole rows where that is simpler.
 */
import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import { baseColumns, boolColumn, type BaseRecord } from '../db/baseColumns';

const text = (name?: string): EntitySchemaColumnOptions => ({ type: 'text', ...(name ? { name } : {}) });
const nullableText = (name: string): EntitySchemaColumnOptions => ({ type: 'text', name, nullable: true });
const int = (name?: string): EntitySchemaColumnOptions => ({ type: 'integer', ...(name ? { name } : {}) });

export interface CaseRecord extends BaseRecord {
  registerNumberId: string;
  registerNumber: string;
  registerYear: number;
  registerSeq: number;
  simpelNumber: string;
  receivedOn: string;
  channelId: string;
  trackId: string;
  agencyId: string;
  agencyUnit: string;
  subjectId: string;
  summary: string;
  chronology: string;
  expectedOutcome: string;
  assignedStaff: string;
  stageId: string;
  confidential: boolean;
  forwardedOn: string | null;
  focalAssignmentId: string | null;
  outcomeId: string | null;
  closedOn: string | null;
  closureReason: string;
  nextDueOn: string | null;
  nextDueRuleId: string | null;
  agencyDueOn: string | null;
}

export const CaseEntity = new EntitySchema<CaseRecord>({
  name: 'Case',
  tableName: 'cases',
  columns: {
    ...baseColumns,
    registerNumberId: text('register_number_id'),
    registerNumber: text('register_number'),
    registerYear: int('register_year'),
    registerSeq: int('register_seq'),
    simpelNumber: text('simpel_number'),
    receivedOn: text('received_on'),
    channelId: text('channel_id'),
    trackId: text('track_id'),
    agencyId: text('agency_id'),
    agencyUnit: text('agency_unit'),
    subjectId: text('subject_id'),
    summary: text(),
    chronology: text(),
    expectedOutcome: text('expected_outcome'),
    assignedStaff: text('assigned_staff'),
    stageId: text('stage_id'),
    confidential: boolColumn('confidential'),
    forwardedOn: nullableText('forwarded_on'),
    focalAssignmentId: nullableText('focal_assignment_id'),
    outcomeId: nullableText('outcome_id'),
    closedOn: nullableText('closed_on'),
    closureReason: text('closure_reason'),
    nextDueOn: nullableText('next_due_on'),
    nextDueRuleId: nullableText('next_due_rule_id'),
    agencyDueOn: nullableText('agency_due_on'),
  },
});

export interface CaseReporterRecord extends BaseRecord {
  caseId: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  idNumber: string;
  representing: string;
}

export const CaseReporterEntity = new EntitySchema<CaseReporterRecord>({
  name: 'CaseReporter',
  tableName: 'case_reporters',
  columns: {
    ...baseColumns,
    caseId: text('case_id'),
    name: text(),
    address: text(),
    phone: text(),
    email: text(),
    idNumber: text('id_number'),
    representing: text(),
  },
});

export interface CaseEventRecord extends BaseRecord {
  caseId: string;
  kind: string;
  occurredOn: string;
  seq: number;
  title: string;
  details: string;
  letterKind: string | null;
  letterNumber: string;
  registerNumberId: string | null;
  replyDays: number | null;
  documentId: string | null;
  stageFromId: string | null;
  stageToId: string | null;
  outcomeId: string | null;
  cancelled: boolean;
  cancelReason: string;
  createdBy: string;
}

export const CaseEventEntity = new EntitySchema<CaseEventRecord>({
  name: 'CaseEvent',
  tableName: 'case_events',
  columns: {
    ...baseColumns,
    caseId: text('case_id'),
    kind: text(),
    occurredOn: text('occurred_on'),
    seq: int(),
    title: text(),
    details: text(),
    letterKind: nullableText('letter_kind'),
    letterNumber: text('letter_number'),
    registerNumberId: nullableText('register_number_id'),
    replyDays: { type: 'integer', name: 'reply_days', nullable: true },
    documentId: nullableText('document_id'),
    stageFromId: nullableText('stage_from_id'),
    stageToId: nullableText('stage_to_id'),
    outcomeId: nullableText('outcome_id'),
    cancelled: boolColumn('cancelled'),
    cancelReason: text('cancel_reason'),
    createdBy: text('created_by'),
  },
});

export interface CaseMaladministrationRecord extends BaseRecord {
  caseId: string;
  typeId: string;
}

export const CaseMaladministrationEntity = new EntitySchema<CaseMaladministrationRecord>({
  name: 'CaseMaladministration',
  tableName: 'case_maladministration',
  columns: { ...baseColumns, caseId: text('case_id'), typeId: text('type_id') },
});

export interface CaseLinkRecord extends BaseRecord {
  caseAId: string;
  caseBId: string;
  reason: string;
  note: string;
}

export const CaseLinkEntity = new EntitySchema<CaseLinkRecord>({
  name: 'CaseLink',
  tableName: 'case_links',
  columns: { ...baseColumns, caseAId: text('case_a_id'), caseBId: text('case_b_id'), reason: text(), note: text() },
});
