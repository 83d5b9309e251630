import { EntitySchema } from 'typeorm';
import type { CommitmentStatus, ProgressStatus } from '../../../shared/dto';
import { baseColumns, boolColumn, type BaseRecord } from '../db/baseColumns';

/** The wording of commitment sheets, with {placeholders} (shared/commitmentTemplate.ts). */
export interface CommitmentTemplate extends BaseRecord {
  name: string;
  nameKey: string;
  sheetTitle: string;
  opening: string;
  closing: string;
  active: boolean;
}

export const CommitmentTemplateEntity = new EntitySchema<CommitmentTemplate>({
  name: 'CommitmentTemplate',
  tableName: 'commitment_templates',
  columns: {
    ...baseColumns,
    name: { type: 'text' },
    nameKey: { name: 'name_key', type: 'text' },
    sheetTitle: { name: 'sheet_title', type: 'text' },
    opening: { type: 'text' },
    closing: { type: 'text' },
    active: boolColumn('active'),
  },
});

/** Rencana aksi. */
export interface ActionPlan extends BaseRecord {
  title: string;
  year: number;
  eventId: string | null;
  templateId: string;
  signingDate: string | null;
  place: string;
  witnessName: string;
  witnessPosition: string;
  witnessNip: string;
  notes: string;
}

export const ActionPlanEntity = new EntitySchema<ActionPlan>({
  name: 'ActionPlan',
  tableName: 'action_plans',
  columns: {
    ...baseColumns,
    title: { type: 'text' },
    year: { type: 'integer' },
    eventId: { name: 'event_id', type: 'text', nullable: true },
    templateId: { name: 'template_id', type: 'text' },
    signingDate: { name: 'signing_date', type: 'text', nullable: true },
    place: { type: 'text' },
    witnessName: { name: 'witness_name', type: 'text' },
    witnessPosition: { name: 'witness_position', type: 'text' },
    witnessNip: { name: 'witness_nip', type: 'text' },
    notes: { type: 'text' },
  },
});

export interface ActionPlanPoint extends BaseRecord {
  planId: string;
  sortOrder: number;
  text: string;
}

export const ActionPlanPointEntity = new EntitySchema<ActionPlanPoint>({
  name: 'ActionPlanPoint',
  tableName: 'action_plan_points',
  columns: {
    ...baseColumns,
    planId: { name: 'plan_id', type: 'text' },
    sortOrder: { name: 'sort_order', type: 'integer' },
    text: { type: 'text' },
  },
});

/** One agency's commitment to a plan, with the date of each step. */
export interface Commitment extends BaseRecord {
  planId: string;
  agencyId: string;
  sortOrder: number;
  signatoryName: string;
  signatoryPosition: string;
  signatoryNip: string;
  status: CommitmentStatus;
  printedOn: string | null;
  signedOn: string | null;
  archivedOn: string | null;
  declinedOn: string | null;
  declineReason: string;
  notes: string;
}

export const CommitmentEntity = new EntitySchema<Commitment>({
  name: 'Commitment',
  tableName: 'commitments',
  columns: {
    ...baseColumns,
    planId: { name: 'plan_id', type: 'text' },
    agencyId: { name: 'agency_id', type: 'text' },
    sortOrder: { name: 'sort_order', type: 'integer' },
    signatoryName: { name: 'signatory_name', type: 'text' },
    signatoryPosition: { name: 'signatory_position', type: 'text' },
    signatoryNip: { name: 'signatory_nip', type: 'text' },
    status: { type: 'text' },
    printedOn: { name: 'printed_on', type: 'text', nullable: true },
    signedOn: { name: 'signed_on', type: 'text', nullable: true },
    archivedOn: { name: 'archived_on', type: 'text', nullable: true },
    declinedOn: { name: 'declined_on', type: 'text', nullable: true },
    declineReason: { name: 'decline_reason', type: 'text' },
    notes: { type: 'text' },
  },
});

/** A printed sheet: the code it carries and the content it was made from. */
export interface CommitmentPrint extends BaseRecord {
  commitmentId: string;
  code: string;
  contentSha256: string;
  printedOn: string;
  documentId: string;
}

export const CommitmentPrintEntity = new EntitySchema<CommitmentPrint>({
  name: 'CommitmentPrint',
  tableName: 'commitment_prints',
  columns: {
    ...baseColumns,
    commitmentId: { name: 'commitment_id', type: 'text' },
    code: { type: 'text' },
    contentSha256: { name: 'content_sha256', type: 'text' },
    printedOn: { name: 'printed_on', type: 'text' },
    documentId: { name: 'document_id', type: 'text' },
  },
});

export interface CommitmentProgress extends BaseRecord {
  commitmentId: string;
  pointId: string;
  status: ProgressStatus;
  note: string;
  recordedOn: string;
}

export const CommitmentProgressEntity = new EntitySchema<CommitmentProgress>({
  name: 'CommitmentProgress',
  tableName: 'commitment_progress',
  columns: {
    ...baseColumns,
    commitmentId: { name: 'commitment_id', type: 'text' },
    pointId: { name: 'point_id', type: 'text' },
    status: { type: 'text' },
    note: { type: 'text' },
    recordedOn: { name: 'recorded_on', type: 'text' },
  },
});
