import { EntitySchema } from 'typeorm';
import type { ExportKind, KeyStatus } from '../../../shared/archive';
import type { ChainedAuditFields } from '../audit/chain';
import { baseColumns, boolColumn, type BaseRecord } from '../db/baseColumns';

/** One export this office made (the file lives under <data>/exports while it is kept). */
export interface ArchiveExport extends BaseRecord {
  kind: ExportKind;
  status: 'running' | 'completed' | 'failed';
  since: string | null;
  through: string | null;
  previousExportId: string | null;
  includeConfidential: boolean;
  includeDocuments: boolean;
  fileName: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  rowCount: number | null;
  fileCount: number | null;
  countsJson: string;
  keyFingerprint: string | null;
  error: string;
  actorId: string;
  actorName: string;
  completedAt: string | null;
}

const text = (name: string, nullable = false) => ({ name, type: 'text' as const, nullable });
const int = (name: string, nullable = false) => ({ name, type: 'integer' as const, nullable });

export const ArchiveExportEntity = new EntitySchema<ArchiveExport>({
  name: 'ArchiveExport',
  tableName: 'archive_exports',
  columns: {
    ...baseColumns,
    kind: { type: 'text' },
    status: { type: 'text' },
    since: { type: 'text', nullable: true },
    through: { type: 'text', nullable: true },
    previousExportId: text('previous_export_id', true),
    includeConfidential: boolColumn('include_confidential'),
    includeDocuments: boolColumn('include_documents'),
    fileName: text('file_name', true),
    sizeBytes: int('size_bytes', true),
    sha256: { type: 'text', nullable: true },
    rowCount: int('row_count', true),
    fileCount: int('file_count', true),
    countsJson: text('counts_json'),
    keyFingerprint: text('key_fingerprint', true),
    error: { type: 'text' },
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    completedAt: text('completed_at', true),
  },
});

/** One archive merged here, with its report (head office side). */
export interface ArchiveImport extends BaseRecord {
  sourceOfficeCode: string;
  sourceOfficeName: string;
  exportId: string;
  previousExportId: string | null;
  archiveKind: ExportKind;
  archiveSince: string | null;
  archiveThrough: string;
  archiveCreatedAt: string;
  fileName: string;
  /** SHA-256 of the signed manifest: the archive's identity, whatever zip packaging carried it. */
  manifestSha256: string;
  keyFingerprint: string;
  keyStatus: KeyStatus;
  confidential: 'pseudonymised' | 'included';
  reportJson: string;
  conflictCount: number;
  actorId: string;
  actorName: string;
}

export const ArchiveImportEntity = new EntitySchema<ArchiveImport>({
  name: 'ArchiveImport',
  tableName: 'archive_imports',
  columns: {
    ...baseColumns,
    sourceOfficeCode: text('source_office_code'),
    sourceOfficeName: text('source_office_name'),
    exportId: text('export_id'),
    previousExportId: text('previous_export_id', true),
    archiveKind: text('archive_kind'),
    archiveSince: text('archive_since', true),
    archiveThrough: text('archive_through'),
    archiveCreatedAt: text('archive_created_at'),
    fileName: text('file_name'),
    manifestSha256: text('manifest_sha256'),
    keyFingerprint: text('key_fingerprint'),
    keyStatus: text('key_status'),
    confidential: { type: 'text' },
    reportJson: text('report_json'),
    conflictCount: int('conflict_count'),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
  },
});

/** An office key head office trusts, bound to that office's code. */
export interface TrustedKey extends BaseRecord {
  keyOfficeCode: string;
  keyOfficeName: string;
  /** SubjectPublicKeyInfo (DER), base64. */
  publicKey: string;
  fingerprint: string;
  active: boolean;
  note: string;
  deactivatedAt: string | null;
}

export const TrustedKeyEntity = new EntitySchema<TrustedKey>({
  name: 'TrustedKey',
  tableName: 'archive_trusted_keys',
  columns: {
    ...baseColumns,
    keyOfficeCode: text('key_office_code'),
    keyOfficeName: text('key_office_name'),
    publicKey: text('public_key'),
    fingerprint: { type: 'text' },
    active: boolColumn('active'),
    note: { type: 'text' },
    deactivatedAt: text('deactivated_at', true),
  },
});

/** A deleted record, so the deletion reaches head office (written by triggers). */
export interface Tombstone extends BaseRecord {
  tableName: string;
  deletedAt: string;
}

export const TombstoneEntity = new EntitySchema<Tombstone>({
  name: 'Tombstone',
  tableName: 'archive_tombstones',
  columns: { ...baseColumns, tableName: text('table_name'), deletedAt: text('deleted_at') },
});

/** Another office's audit entry, as written there (head office side): its chain fields and hash. */
export type OfficeAuditEntry = ChainedAuditFields & { hash: string };

export const OfficeAuditEntryEntity = new EntitySchema<OfficeAuditEntry>({
  name: 'OfficeAuditEntry',
  tableName: 'office_audit_log',
  columns: {
    id: { type: 'text', primary: true },
    seq: { type: 'integer' },
    officeCode: text('office_code'),
    at: { type: 'text' },
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    transport: { type: 'text' },
    channel: { type: 'text' },
    action: { type: 'text' },
    entity: { type: 'text' },
    entityId: text('entity_id'),
    beforeJson: text('before_json', true),
    afterJson: text('after_json', true),
    prevHash: text('prev_hash'),
    hash: { type: 'text' },
  },
});

export const ARCHIVE_ENTITIES = [ArchiveExportEntity, ArchiveImportEntity, TrustedKeyEntity, TombstoneEntity, OfficeAuditEntryEntity];
