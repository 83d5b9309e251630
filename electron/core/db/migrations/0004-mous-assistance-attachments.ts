import type { QueryRunner } from 'typeorm';
import type { SimpulMigration } from './types';

const DATE = (column: string) => `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

/**
 * Attachments (content-addressed files and their links to records), the MoU tracker and
 * the technical-assistance log.
 */
export class MousAssistanceAttachments0004 implements SimpulMigration {
  readonly version = 4;
  readonly name = 'mous-assistance-attachments';

  async up(q: QueryRunner): Promise<void> {
    // One row per stored content (per office): the file lives at attachments/<sha[0..2]>/<sha>.<ext>.
    // kind is a whitelist on purpose: accepting a new kind of file is a decision, made by a migration.
    await q.query(`CREATE TABLE attachments (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      kind TEXT NOT NULL CHECK (kind IN ('pdf', 'png', 'jpeg', 'docx', 'xlsx')),
      mime_type TEXT NOT NULL,
      size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 20971520),
      file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (office_code, sha256)
    )`);
    await q.query(`CREATE INDEX attachments_sha256 ON attachments (sha256)`);

    // entity is not a CHECK list: later features register new record kinds in code
    // (core/attachments/targets.ts) without rebuilding this table.
    await q.query(`CREATE TABLE attachment_links (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE RESTRICT,
      entity TEXT NOT NULL CHECK (length(entity) BETWEEN 1 AND 40),
      entity_id TEXT NOT NULL,
      file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (attachment_id, entity, entity_id)
    )`);
    await q.query(`CREATE INDEX attachment_links_target ON attachment_links (entity, entity_id)`);

    await q.query(`CREATE TABLE mous (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      number TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('rencana', 'ditandatangani', 'berakhir', 'dibatalkan')),
      planned_date TEXT ${DATE('planned_date')},
      signed_date TEXT ${DATE('signed_date')},
      valid_until TEXT ${DATE('valid_until')},
      other_parties TEXT NOT NULL DEFAULT '',
      signatories_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(signatories_json) AND json_type(signatories_json) = 'array'),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (status NOT IN ('ditandatangani', 'berakhir') OR signed_date IS NOT NULL),
      CHECK (status <> 'rencana' OR signed_date IS NULL),
      CHECK (valid_until IS NULL OR signed_date IS NULL OR valid_until > signed_date)
    )`);
    await q.query(`CREATE INDEX mous_status ON mous (office_code, status)`);
    await q.query(`CREATE INDEX mous_valid_until ON mous (valid_until) WHERE valid_until IS NOT NULL`);
    await q.query(`CREATE INDEX mous_date ON mous (coalesce(signed_date, planned_date))`);

    await q.query(`CREATE TABLE mou_agencies (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      mou_id TEXT NOT NULL REFERENCES mous (id) ON DELETE CASCADE,
      agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
      sort_order INTEGER NOT NULL DEFAULT 0 CHECK (sort_order >= 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (mou_id, agency_id)
    )`);
    await q.query(`CREATE INDEX mou_agencies_agency ON mou_agencies (agency_id)`);

    await q.query(`CREATE TABLE technical_assistance (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
      topic TEXT NOT NULL CHECK (topic IN ('penerimaan_pengaduan', 'tindak_lanjut_penyelesaian', 'monev_pengelolaan', 'berbagi_metode', 'lainnya')),
      topic_other TEXT NOT NULL DEFAULT '',
      held_on TEXT NOT NULL ${DATE('held_on')},
      office_staff TEXT NOT NULL CHECK (office_staff <> ''),
      participant_count INTEGER CHECK (participant_count IS NULL OR participant_count BETWEEN 1 AND 10000),
      participant_names TEXT NOT NULL DEFAULT '',
      outcome TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (topic <> 'lainnya' OR topic_other <> ''),
      CHECK (participant_count IS NOT NULL OR participant_names <> '')
    )`);
    await q.query(`CREATE INDEX technical_assistance_agency ON technical_assistance (agency_id, held_on)`);
    await q.query(`CREATE INDEX technical_assistance_held_on ON technical_assistance (held_on)`);

    // A record is deleted only after its attachments were unlinked (which also schedules the
    // clean-up of their files); no path may leave links pointing at nothing.
    for (const [table, entity] of [['mous', 'mou'], ['technical_assistance', 'assistance']] as const) {
      await q.query(`CREATE TRIGGER ${table}_attachments_first BEFORE DELETE ON ${table}
        WHEN EXISTS (SELECT 1 FROM attachment_links WHERE entity = '${entity}' AND entity_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, '${table}: unlink the attachments first'); END`);
    }
  }
}
