import type { QueryRunner } from 'typeorm';
import type { SimpulMigration } from './types';

export class InitialSchema0001 implements SimpulMigration {
  readonly version = 1;
  readonly name = 'initial-schema';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL,
      app_version TEXT NOT NULL
    )`);

    await q.query(`CREATE TABLE office_settings (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL UNIQUE,
      is_local INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
      office_name TEXT NOT NULL,
      province TEXT NOT NULL,
      city TEXT NOT NULL,
      address TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      website TEXT NOT NULL DEFAULT '',
      logo_data_url TEXT,
      head_name TEXT NOT NULL,
      head_position TEXT NOT NULL,
      head_nip TEXT NOT NULL DEFAULT '',
      paper_size TEXT NOT NULL CHECK (paper_size IN ('A4', 'F4')),
      letter_number_pattern TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    // Exactly one office is "this installation"; others arrive from archives at head office.
    await q.query(`CREATE UNIQUE INDEX office_settings_one_local ON office_settings (is_local) WHERE is_local = 1`);

    await q.query(`CREATE TABLE agency_groups (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 100,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (office_code, name_key)
    )`);

    await q.query(`CREATE TABLE agencies (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      short_name TEXT NOT NULL DEFAULT '',
      group_id TEXT NOT NULL REFERENCES agency_groups (id) ON DELETE RESTRICT,
      region TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      head_name TEXT NOT NULL DEFAULT '',
      head_position TEXT NOT NULL DEFAULT '',
      head_nip TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      deactivated_at TEXT,
      deactivation_reason TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (office_code, name_key)
    )`);
    await q.query(`CREATE INDEX agencies_list ON agencies (office_code, active, name_key)`);
    await q.query(`CREATE INDEX agencies_group ON agencies (group_id)`);
    await q.query(`CREATE INDEX agencies_region ON agencies (region)`);
    await q.query(`CREATE INDEX agencies_updated ON agencies (updated_at)`);

    await q.query(`CREATE TABLE audit_log (
      id TEXT PRIMARY KEY,
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
      after_json TEXT
    )`);
    await q.query(`CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)`);
    await q.query(`CREATE INDEX audit_log_at ON audit_log (at)`);
    // The trail is append-only: no channel, and no stray SQL, may rewrite history.
    await q.query(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    await q.query(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
  }
}
