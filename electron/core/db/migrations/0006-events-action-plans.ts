import type { QueryRunner } from 'typeorm';
import { DEFAULT_COMMITMENT_TEMPLATE } from '../../../../shared/commitmentTemplate';
import { DEFAULT_EVENT_TYPES } from '../../../../shared/eventDefaults';
import { nameKey } from '../../../../shared/text';
import { uuidv7 } from '../../../../shared/uuid';
import type { SimpulMigration } from './types';

const DATE = (column: string) => `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;
const TIME = (column: string) => `CHECK (${column} IS NULL OR ${column} GLOB '[0-2][0-9]:[0-5][0-9]')`;
const CODE_GLOB = `'${'[0-9A-Z]'.repeat(4)}-${'[0-9A-Z]'.repeat(4)}-[0-9A-Z]'`;

/**
 * Events of the focal-point network (types as master data, invitations, attendance, walk-ins)
 * and the signing-ceremony kit: commitment templates, action plans with ordered points,
 * per-agency commitments with their status dates, every printed sheet's code, and progress
 * monitoring per point per agency.
 */
export class EventsActionPlans0006 implements SimpulMigration {
  readonly version = 6;
  readonly name = 'events-action-plans';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE event_types (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      name_key TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 100 CHECK (sort_order >= 0),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (office_code, name_key)
    )`);

    await q.query(`CREATE TABLE events (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      type_id TEXT NOT NULL REFERENCES event_types (id) ON DELETE RESTRICT,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      theme TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL ${DATE('start_date')},
      end_date TEXT ${DATE('end_date')},
      start_time TEXT ${TIME('start_time')},
      end_time TEXT ${TIME('end_time')},
      place TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT '',
      speakers TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
      cancel_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_date IS NULL OR end_date >= start_date),
      CHECK (cancelled = 1 OR cancel_reason = '')
    )`);
    await q.query(`CREATE INDEX events_date ON events (office_code, start_date)`);
    await q.query(`CREATE INDEX events_type ON events (type_id)`);

    await q.query(`CREATE TABLE event_invitations (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE RESTRICT,
      agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
      sort_order INTEGER NOT NULL DEFAULT 0 CHECK (sort_order >= 0),
      attendance TEXT NOT NULL DEFAULT 'belum' CHECK (attendance IN ('belum', 'hadir', 'tidak_hadir', 'diwakilkan')),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (event_id, agency_id)
    )`);
    await q.query(`CREATE INDEX event_invitations_agency ON event_invitations (agency_id)`);

    // One table for everyone who came: attendees of an invited agency (invitation_id set) and
    // walk-in participants (invitation_id NULL, their institution in words).
    await q.query(`CREATE TABLE event_attendees (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      event_id TEXT NOT NULL REFERENCES events (id) ON DELETE RESTRICT,
      invitation_id TEXT REFERENCES event_invitations (id) ON DELETE CASCADE,
      person_id TEXT REFERENCES focal_persons (id) ON DELETE RESTRICT,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      position TEXT NOT NULL DEFAULT '',
      institution TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL DEFAULT 0 CHECK (sort_order >= 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX event_attendees_event ON event_attendees (event_id, invitation_id)`);
    await q.query(`CREATE INDEX event_attendees_invitation ON event_attendees (invitation_id) WHERE invitation_id IS NOT NULL`);
    await q.query(`CREATE INDEX event_attendees_person ON event_attendees (person_id) WHERE person_id IS NOT NULL`);
    // Named attendees belong to an agency that attended, of the same event, whatever path wrote them.
    await q.query(`CREATE TRIGGER event_attendees_consistent BEFORE INSERT ON event_attendees
      WHEN NEW.invitation_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM event_invitations i WHERE i.id = NEW.invitation_id AND i.event_id = NEW.event_id AND i.attendance IN ('hadir', 'diwakilkan'))
      BEGIN SELECT RAISE(ABORT, 'event_attendees: the agency did not attend this event'); END`);
    await q.query(`CREATE TRIGGER event_invitations_absent_without_attendees BEFORE UPDATE OF attendance ON event_invitations
      WHEN NEW.attendance NOT IN ('hadir', 'diwakilkan') AND EXISTS (SELECT 1 FROM event_attendees a WHERE a.invitation_id = NEW.id)
      BEGIN SELECT RAISE(ABORT, 'event_invitations: remove the attendees first'); END`);

    await q.query(`CREATE TABLE commitment_templates (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      name_key TEXT NOT NULL,
      sheet_title TEXT NOT NULL CHECK (length(sheet_title) BETWEEN 1 AND 200),
      opening TEXT NOT NULL CHECK (length(opening) BETWEEN 1 AND 4000),
      closing TEXT NOT NULL DEFAULT '' CHECK (length(closing) <= 4000),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (office_code, name_key)
    )`);

    await q.query(`CREATE TABLE action_plans (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      event_id TEXT REFERENCES events (id) ON DELETE RESTRICT,
      template_id TEXT NOT NULL REFERENCES commitment_templates (id) ON DELETE RESTRICT,
      signing_date TEXT ${DATE('signing_date')},
      place TEXT NOT NULL DEFAULT '',
      witness_name TEXT NOT NULL DEFAULT '',
      witness_position TEXT NOT NULL DEFAULT '',
      witness_nip TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (witness_name <> '' OR (witness_position = '' AND witness_nip = ''))
    )`);
    await q.query(`CREATE INDEX action_plans_year ON action_plans (office_code, year)`);
    await q.query(`CREATE INDEX action_plans_event ON action_plans (event_id) WHERE event_id IS NOT NULL`);

    await q.query(`CREATE TABLE action_plan_points (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      plan_id TEXT NOT NULL REFERENCES action_plans (id) ON DELETE RESTRICT,
      sort_order INTEGER NOT NULL CHECK (sort_order >= 0),
      text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX action_plan_points_plan ON action_plan_points (plan_id, sort_order)`);

    await q.query(`CREATE TABLE commitments (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      plan_id TEXT NOT NULL REFERENCES action_plans (id) ON DELETE RESTRICT,
      agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
      sort_order INTEGER NOT NULL DEFAULT 0 CHECK (sort_order >= 0),
      signatory_name TEXT NOT NULL DEFAULT '',
      signatory_position TEXT NOT NULL DEFAULT '',
      signatory_nip TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'dicetak', 'ditandatangani', 'diarsipkan', 'menolak')),
      printed_on TEXT ${DATE('printed_on')},
      signed_on TEXT ${DATE('signed_on')},
      archived_on TEXT ${DATE('archived_on')},
      declined_on TEXT ${DATE('declined_on')},
      decline_reason TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (plan_id, agency_id),
      CHECK (status NOT IN ('dicetak', 'ditandatangani', 'diarsipkan') OR printed_on IS NOT NULL),
      CHECK (status NOT IN ('ditandatangani', 'diarsipkan') OR signed_on IS NOT NULL),
      CHECK (status IN ('ditandatangani', 'diarsipkan') OR signed_on IS NULL),
      CHECK ((status = 'diarsipkan') = (archived_on IS NOT NULL)),
      CHECK ((status = 'menolak') = (declined_on IS NOT NULL)),
      CHECK (archived_on IS NULL OR archived_on >= signed_on)
    )`);
    await q.query(`CREATE INDEX commitments_plan ON commitments (plan_id, sort_order)`);
    await q.query(`CREATE INDEX commitments_agency ON commitments (agency_id, status)`);
    await q.query(`CREATE TRIGGER commitments_attachments_first BEFORE DELETE ON commitments
      WHEN EXISTS (SELECT 1 FROM attachment_links WHERE entity = 'commitment' AND entity_id = OLD.id)
      BEGIN SELECT RAISE(ABORT, 'commitments: unlink the attachments first'); END`);

    // Every printed sheet: its code is what a signed paper carries, so a later change of the
    // content (a new code) never loses the match with paper printed before.
    await q.query(`CREATE TABLE commitment_prints (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE RESTRICT,
      code TEXT NOT NULL CHECK (code GLOB ${CODE_GLOB}),
      content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
      printed_on TEXT NOT NULL ${DATE('printed_on')},
      document_id TEXT NOT NULL REFERENCES generated_documents (id) ON DELETE RESTRICT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX commitment_prints_code ON commitment_prints (code)`);
    await q.query(`CREATE INDEX commitment_prints_commitment ON commitment_prints (commitment_id, created_at)`);

    // A log per monev meeting: the latest entry per point and agency is its state.
    await q.query(`CREATE TABLE commitment_progress (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE RESTRICT,
      point_id TEXT NOT NULL REFERENCES action_plan_points (id) ON DELETE RESTRICT,
      status TEXT NOT NULL CHECK (status IN ('belum', 'berjalan', 'selesai')),
      note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      recorded_on TEXT NOT NULL ${DATE('recorded_on')},
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (commitment_id, point_id, recorded_on)
    )`);
    await q.query(`CREATE INDEX commitment_progress_point ON commitment_progress (point_id)`);

    await seedExistingOffice(q);
  }
}

/** An office that already exists gets the default event types and commitment template. */
async function seedExistingOffice(q: QueryRunner): Promise<void> {
  const offices = (await q.query(`SELECT office_code FROM office_settings WHERE is_local = 1`)) as Array<{ office_code: string }>;
  const now = new Date().toISOString();
  for (const { office_code: code } of offices) {
    for (const [i, name] of DEFAULT_EVENT_TYPES.entries()) {
      await q.query(`INSERT INTO event_types (id, office_code, name, name_key, sort_order, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`, [
        uuidv7(), code, name, nameKey(name), (i + 1) * 10, now, now,
      ]);
    }
    const t = DEFAULT_COMMITMENT_TEMPLATE;
    await q.query(
      `INSERT INTO commitment_templates (id, office_code, name, name_key, sheet_title, opening, closing, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      [uuidv7(), code, t.name, nameKey(t.name), t.sheetTitle, t.opening, t.closing, now, now],
    );
  }
}
