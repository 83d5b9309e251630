import type { QueryRunner } from 'typeorm';
import { tombstoneTriggerSql } from '../tombstones';
import type { SimpulMigration } from './types';

const BOOL = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;
const SHA = (column: string) => `CHECK (${column} IS NULL OR (length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'))`;

/**
 * Archives for head office: the record of every export (this office), of every import (head
 * office), the office keys head office trusts, tombstones for deleted records, and the audit
 * entries of other offices (the local audit trail is one hash chain and cannot take them).
 * Backups need no table: the files in the backup folders are the record (README "Backups").
 */
export class ArchivesBackups0008 implements SimpulMigration {
  readonly version = 8;
  readonly name = 'archives-backups';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE archive_exports (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('full', 'incremental')),
      status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
      since TEXT,
      through TEXT,
      previous_export_id TEXT REFERENCES archive_exports (id) ON DELETE RESTRICT,
      ${BOOL('include_confidential')},
      ${BOOL('include_documents')},
      file_name TEXT,
      size_bytes INTEGER CHECK (size_bytes IS NULL OR size_bytes > 0),
      sha256 TEXT ${SHA('sha256')},
      row_count INTEGER CHECK (row_count IS NULL OR row_count >= 0),
      file_count INTEGER CHECK (file_count IS NULL OR file_count >= 0),
      counts_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts_json)),
      key_fingerprint TEXT ${SHA('key_fingerprint')},
      error TEXT NOT NULL DEFAULT '',
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      completed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (kind = 'full' OR (since IS NOT NULL AND previous_export_id IS NOT NULL)),
      CHECK (status <> 'completed' OR (file_name IS NOT NULL AND sha256 IS NOT NULL AND through IS NOT NULL AND completed_at IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX archive_exports_list ON archive_exports (office_code, status, created_at)`);

    await q.query(`CREATE TABLE archive_imports (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      source_office_code TEXT NOT NULL,
      source_office_name TEXT NOT NULL,
      export_id TEXT NOT NULL,
      previous_export_id TEXT,
      archive_kind TEXT NOT NULL CHECK (archive_kind IN ('full', 'incremental')),
      archive_since TEXT,
      archive_through TEXT NOT NULL,
      archive_created_at TEXT NOT NULL,
      file_name TEXT NOT NULL,
      manifest_sha256 TEXT NOT NULL ${SHA('manifest_sha256')},
      key_fingerprint TEXT NOT NULL ${SHA('key_fingerprint')},
      key_status TEXT NOT NULL CHECK (key_status IN ('own', 'trusted', 'unknown')),
      confidential TEXT NOT NULL CHECK (confidential IN ('pseudonymised', 'included')),
      report_json TEXT NOT NULL CHECK (json_valid(report_json)),
      conflict_count INTEGER NOT NULL CHECK (conflict_count >= 0),
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX archive_imports_source ON archive_imports (source_office_code, created_at)`);
    await q.query(`CREATE INDEX archive_imports_export ON archive_imports (export_id)`);
    await q.query(`CREATE INDEX archive_imports_manifest ON archive_imports (manifest_sha256)`);

    // A key belongs to one office: an archive signed with it must claim that office.
    await q.query(`CREATE TABLE archive_trusted_keys (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      key_office_code TEXT NOT NULL CHECK (key_office_code GLOB '[A-Z0-9]*' AND length(key_office_code) BETWEEN 2 AND 12),
      key_office_name TEXT NOT NULL,
      public_key TEXT NOT NULL,
      fingerprint TEXT NOT NULL UNIQUE ${SHA('fingerprint')},
      ${BOOL('active').replace('DEFAULT 0', 'DEFAULT 1')},
      note TEXT NOT NULL DEFAULT '',
      deactivated_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((active = 1) = (deactivated_at IS NULL))
    )`);
    await q.query(`CREATE INDEX archive_trusted_keys_office ON archive_trusted_keys (key_office_code, active)`);

    // id is the deleted record's id (UUIDv7 ids never repeat, across tables and offices).
    await q.query(`CREATE TABLE archive_tombstones (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      table_name TEXT NOT NULL CHECK (length(table_name) BETWEEN 1 AND 63),
      deleted_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX archive_tombstones_changed ON archive_tombstones (office_code, updated_at)`);

    // Other offices' audit entries, as they were written there (each office's own chain).
    await q.query(`CREATE TABLE office_audit_log (
      id TEXT PRIMARY KEY,
      seq INTEGER NOT NULL CHECK (seq >= 1),
      office_code TEXT NOT NULL,
      at TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      transport TEXT NOT NULL,
      channel TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      before_json TEXT,
      after_json TEXT,
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL CHECK (length(hash) = 64)
    )`);
    // Not unique: an office that restored an older backup writes positions again (a fork
    // that head office should see, not refuse).
    await q.query(`CREATE INDEX office_audit_log_chain ON office_audit_log (office_code, seq)`);
    await q.query(`CREATE INDEX office_audit_log_entity ON office_audit_log (entity, entity_id)`);
    await q.query(`CREATE INDEX office_audit_log_at ON office_audit_log (office_code, at)`);
    await q.query(`CREATE TRIGGER office_audit_log_no_update BEFORE UPDATE ON office_audit_log
      BEGIN SELECT RAISE(ABORT, 'office_audit_log is append-only'); END`);
    await q.query(`CREATE TRIGGER office_audit_log_no_delete BEFORE DELETE ON office_audit_log
      BEGIN SELECT RAISE(ABORT, 'office_audit_log is append-only'); END`);

    // Incremental exports select by the change time of each synchronised table.
    for (const table of ['agency_groups', 'focal_persons', 'focal_assignments', 'generated_documents', 'mous', 'mou_agencies', 'technical_assistance', 'attachments', 'attachment_links']) {
      await q.query(`CREATE INDEX ${table}_changed ON ${table} (office_code, updated_at)`);
    }

    // Deletions that must reach head office (tables of earlier steps).
    for (const table of ['mous', 'mou_agencies', 'technical_assistance', 'attachments', 'attachment_links',
      'event_invitations', 'event_attendees', 'action_plan_points', 'commitments', 'case_maladministration', 'case_links']) {
      await q.query(tombstoneTriggerSql(table));
    }
  }
}
