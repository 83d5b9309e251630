import type { QueryRunner } from 'typeorm';
import { seedCaseSetupSql } from '../../cases/setup/seedSql';
import type { SimpulMigration } from './types';

const DATE = (column: string) => `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;
const BOOL = (column: string) => `INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;
const STAMPS = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL`;

/**
 * Public complaints: master data, deadline rules, the working-day calendar, the numbering
 * register, cases with their reporters (a table of their own: identities are kept apart from
 * the case), timeline, links, and full-text indexes. Offices that already exist get the
 * default master data here; a new office gets it when its profile is first saved.
 */
export class Complaints0007 implements SimpulMigration {
  readonly version = 7;
  readonly name = 'complaints';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_master_items (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      list TEXT NOT NULL CHECK (list IN ('stage', 'track', 'channel', 'subject', 'maladministration', 'outcome')),
      code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
      name_key TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 100 CHECK (sort_order BETWEEN 0 AND 10000),
      active ${BOOL('active')},
      phase TEXT CHECK (phase IS NULL OR phase IN ('intake', 'examination', 'findings', 'resolution', 'closed')),
      ${STAMPS},
      CHECK ((list = 'stage') = (phase IS NOT NULL)),
      UNIQUE (office_code, list, code),
      UNIQUE (office_code, list, name_key)
    )`);

    await q.query(`CREATE TABLE deadline_rules (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
      trigger TEXT NOT NULL CHECK (trigger IN ('stage', 'letter_klarifikasi', 'letter_pengingat', 'reporter_request')),
      stage_id TEXT REFERENCES case_master_items (id) ON DELETE RESTRICT,
      days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365),
      unit TEXT NOT NULL CHECK (unit IN ('working', 'calendar')),
      party TEXT NOT NULL CHECK (party IN ('agency', 'reporter', 'office')),
      pauses_for_reporter ${BOOL('pauses_for_reporter')},
      active ${BOOL('active')},
      notes TEXT NOT NULL DEFAULT '',
      ${STAMPS},
      CHECK ((trigger = 'stage') = (stage_id IS NOT NULL)),
      UNIQUE (office_code, code)
    )`);

    // Days off other than weekends. active = 0: the office works that day after all.
    await q.query(`CREATE TABLE calendar_days (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      day TEXT NOT NULL ${DATE('day')},
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
      kind TEXT NOT NULL CHECK (kind IN ('libur_nasional', 'cuti_bersama', 'libur_kantor')),
      source TEXT NOT NULL CHECK (source IN ('bawaan', 'kantor', 'impor')),
      active ${BOOL('active')},
      ${STAMPS},
      UNIQUE (office_code, day)
    )`);
    await q.query(`CREATE INDEX calendar_days_day ON calendar_days (day)`);
    // Which years the holiday library was loaded for (so a year is seeded once, and the office's removals stick).
    await q.query(`CREATE TABLE calendar_years (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      ${STAMPS},
      UNIQUE (office_code, year)
    )`);

    await q.query(`CREATE TABLE case_settings (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL UNIQUE,
      register_number_pattern TEXT NOT NULL CHECK (length(register_number_pattern) BETWEEN 1 AND 80),
      due_soon_working_days INTEGER NOT NULL CHECK (due_soon_working_days BETWEEN 1 AND 30),
      ${STAMPS}
    )`);
    await q.query(`CREATE TABLE case_year_targets (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      target INTEGER NOT NULL CHECK (target BETWEEN 0 AND 100000),
      ${STAMPS},
      UNIQUE (office_code, year)
    )`);

    // The numbering register: every number ever given, never deleted, never renumbered.
    await q.query(`CREATE TABLE register_numbers (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      series TEXT NOT NULL CHECK (series IN ('case', 'letter')),
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      seq INTEGER NOT NULL CHECK (seq >= 1),
      number TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 120),
      state TEXT NOT NULL CHECK (state IN ('reserved', 'used', 'voided')),
      number_date TEXT NOT NULL ${DATE('number_date')},
      entity TEXT, entity_id TEXT,
      reason TEXT NOT NULL DEFAULT '',
      ${STAMPS},
      CHECK (state <> 'used' OR entity_id IS NOT NULL),
      CHECK (state = 'used' OR reason <> ''),
      UNIQUE (office_code, series, year, seq),
      UNIQUE (office_code, series, number)
    )`);
    await q.query(`CREATE TRIGGER register_numbers_no_delete BEFORE DELETE ON register_numbers
      BEGIN SELECT RAISE(ABORT, 'register_numbers: numbers are voided, never deleted'); END`);
    await q.query(`CREATE TRIGGER register_numbers_fixed BEFORE UPDATE OF series, year, seq, number ON register_numbers
      WHEN NEW.series <> OLD.series OR NEW.year <> OLD.year OR NEW.seq <> OLD.seq OR NEW.number <> OLD.number
      BEGIN SELECT RAISE(ABORT, 'register_numbers: a number never changes'); END`);

    await q.query(`CREATE TABLE cases (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      register_number_id TEXT NOT NULL REFERENCES register_numbers (id) ON DELETE RESTRICT,
      register_number TEXT NOT NULL,
      register_year INTEGER NOT NULL,
      register_seq INTEGER NOT NULL,
      simpel_number TEXT NOT NULL DEFAULT '',
      received_on TEXT NOT NULL ${DATE('received_on')},
      channel_id TEXT NOT NULL REFERENCES case_master_items (id),
      track_id TEXT NOT NULL REFERENCES case_master_items (id),
      agency_id TEXT NOT NULL REFERENCES agencies (id),
      agency_unit TEXT NOT NULL DEFAULT '',
      subject_id TEXT NOT NULL REFERENCES case_master_items (id),
      summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
      chronology TEXT NOT NULL DEFAULT '',
      expected_outcome TEXT NOT NULL DEFAULT '',
      assigned_staff TEXT NOT NULL DEFAULT '',
      stage_id TEXT NOT NULL REFERENCES case_master_items (id),
      confidential ${BOOL('confidential')},
      forwarded_on TEXT ${DATE('forwarded_on')},
      focal_assignment_id TEXT REFERENCES focal_assignments (id),
      outcome_id TEXT REFERENCES case_master_items (id),
      closed_on TEXT ${DATE('closed_on')},
      closure_reason TEXT NOT NULL DEFAULT '',
      -- A cache of the deadline computation (core/cases/deadlines): refreshed whenever the
      -- case's history, the rules or the calendar change; recomputable from scratch.
      next_due_on TEXT ${DATE('next_due_on')},
      next_due_rule_id TEXT,
      agency_due_on TEXT ${DATE('agency_due_on')},
      ${STAMPS},
      CHECK ((closed_on IS NULL) = (outcome_id IS NULL)),
      CHECK (closed_on IS NULL OR closure_reason <> ''),
      CHECK (closed_on IS NULL OR (next_due_on IS NULL AND agency_due_on IS NULL)),
      UNIQUE (office_code, register_number),
      UNIQUE (register_number_id)
    )`);
    for (const [name, cols] of [
      ['cases_received', 'received_on, register_seq'],
      ['cases_register', 'register_year, register_seq'],
      ['cases_stage', 'stage_id, received_on'],
      ['cases_agency', 'agency_id, received_on'],
      ['cases_subject', 'subject_id, received_on'],
      ['cases_channel', 'channel_id, received_on'],
      ['cases_track', 'track_id, received_on'],
      ['cases_staff', 'assigned_staff, received_on'],
      ['cases_updated', 'updated_at'],
    ] as const) {
      await q.query(`CREATE INDEX ${name} ON cases (${cols})`);
    }
    await q.query(`CREATE INDEX cases_next_due ON cases (next_due_on, register_year, register_seq) WHERE next_due_on IS NOT NULL`);
    await q.query(`CREATE INDEX cases_agency_due ON cases (agency_id, agency_due_on) WHERE agency_due_on IS NOT NULL`);
    await q.query(`CREATE INDEX cases_closed ON cases (closed_on) WHERE closed_on IS NOT NULL`);
    await q.query(`CREATE INDEX cases_open_received ON cases (received_on, register_seq) WHERE closed_on IS NULL`);

    // The reporter, apart from the case: only the confidentiality module reads this table.
    await q.query(`CREATE TABLE case_reporters (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      case_id TEXT NOT NULL UNIQUE REFERENCES cases (id) ON DELETE RESTRICT,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
      address TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      id_number TEXT NOT NULL DEFAULT '',
      representing TEXT NOT NULL DEFAULT '',
      ${STAMPS}
    )`);

    await q.query(`CREATE TABLE case_maladministration (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
      type_id TEXT NOT NULL REFERENCES case_master_items (id),
      ${STAMPS},
      UNIQUE (case_id, type_id)
    )`);
    await q.query(`CREATE INDEX case_maladministration_type ON case_maladministration (type_id, case_id)`);

    await q.query(`CREATE TABLE case_events (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
      kind TEXT NOT NULL CHECK (kind IN ('note', 'letter_sent', 'reply_received', 'call', 'meeting', 'stage_change', 'forwarded', 'reporter_request', 'reporter_response')),
      occurred_on TEXT NOT NULL ${DATE('occurred_on')},
      seq INTEGER NOT NULL CHECK (seq >= 1),
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      details TEXT NOT NULL DEFAULT '',
      letter_kind TEXT CHECK (letter_kind IS NULL OR letter_kind IN ('klarifikasi', 'pengingat', 'lainnya')),
      letter_number TEXT NOT NULL DEFAULT '',
      register_number_id TEXT REFERENCES register_numbers (id),
      -- A letter's own reply period (working/calendar days as its rule), when it differs from the rule.
      reply_days INTEGER CHECK (reply_days IS NULL OR reply_days BETWEEN 1 AND 365),
      document_id TEXT REFERENCES generated_documents (id),
      stage_from_id TEXT REFERENCES case_master_items (id),
      stage_to_id TEXT REFERENCES case_master_items (id),
      outcome_id TEXT REFERENCES case_master_items (id),
      cancelled ${BOOL('cancelled')},
      cancel_reason TEXT NOT NULL DEFAULT '',
      created_by TEXT NOT NULL DEFAULT '',
      ${STAMPS},
      CHECK ((kind = 'letter_sent') = (letter_kind IS NOT NULL)),
      CHECK ((kind = 'stage_change') = (stage_to_id IS NOT NULL)),
      CHECK (kind <> 'stage_change' OR cancelled = 0),
      CHECK (cancelled = 0 OR cancel_reason <> ''),
      UNIQUE (case_id, seq)
    )`);
    await q.query(`CREATE INDEX case_events_case ON case_events (case_id, occurred_on, seq)`);

    await q.query(`CREATE TABLE case_links (
      id TEXT PRIMARY KEY, office_code TEXT NOT NULL,
      case_a_id TEXT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
      case_b_id TEXT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
      reason TEXT NOT NULL CHECK (reason IN ('same_reporter', 'same_matter', 'other')),
      note TEXT NOT NULL DEFAULT '',
      ${STAMPS},
      CHECK (case_a_id < case_b_id),
      UNIQUE (case_a_id, case_b_id)
    )`);
    await q.query(`CREATE INDEX case_links_b ON case_links (case_b_id)`);

    // Cases and their timeline are never deleted (mistakes are cancelled), so no attachment is orphaned.
    for (const table of ['cases', 'case_events', 'case_reporters']) {
      await q.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
        BEGIN SELECT RAISE(ABORT, '${table}: records are kept; cancel instead'); END`);
    }

    // Full text (FTS5, compiled into better-sqlite3): external-content indexes kept by triggers.
    const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;
    await q.query(`CREATE VIRTUAL TABLE cases_fts USING fts5(register_number, simpel_number, summary, chronology, content = 'cases', content_rowid = 'rowid', ${TOKENIZE})`);
    await q.query(`CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
      INSERT INTO cases_fts (rowid, register_number, simpel_number, summary, chronology) VALUES (NEW.rowid, NEW.register_number, NEW.simpel_number, NEW.summary, NEW.chronology);
    END`);
    await q.query(`CREATE TRIGGER cases_fts_update AFTER UPDATE OF register_number, simpel_number, summary, chronology ON cases BEGIN
      INSERT INTO cases_fts (cases_fts, rowid, register_number, simpel_number, summary, chronology) VALUES ('delete', OLD.rowid, OLD.register_number, OLD.simpel_number, OLD.summary, OLD.chronology);
      INSERT INTO cases_fts (rowid, register_number, simpel_number, summary, chronology) VALUES (NEW.rowid, NEW.register_number, NEW.simpel_number, NEW.summary, NEW.chronology);
    END`);
    await q.query(`CREATE VIRTUAL TABLE case_reporters_fts USING fts5(name, content = 'case_reporters', content_rowid = 'rowid', ${TOKENIZE})`);
    await q.query(`CREATE TRIGGER case_reporters_fts_insert AFTER INSERT ON case_reporters BEGIN
      INSERT INTO case_reporters_fts (rowid, name) VALUES (NEW.rowid, NEW.name);
    END`);
    await q.query(`CREATE TRIGGER case_reporters_fts_update AFTER UPDATE OF name ON case_reporters BEGIN
      INSERT INTO case_reporters_fts (case_reporters_fts, rowid, name) VALUES ('delete', OLD.rowid, OLD.name);
      INSERT INTO case_reporters_fts (rowid, name) VALUES (NEW.rowid, NEW.name);
    END`);

    // An office configured before this version gets the default master data now.
    const offices = (await q.query(`SELECT office_code FROM office_settings WHERE is_local = 1`)) as Array<{ office_code: string }>;
    for (const { office_code } of offices) {
      for (const [sql, params] of seedCaseSetupSql(office_code, new Date().toISOString())) await q.query(sql, params);
    }
  }
}
