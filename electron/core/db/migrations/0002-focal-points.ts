import type { QueryRunner } from 'typeorm';
import type { SimpulMigration } from './types';

/**
 * The focal-point network: people and their dated assignments to agencies.
 * Intervals are [start_date, end_date): end_date is the first day no longer served, so a
 * successor starting that same day neither overlaps nor leaves a gap.
 */
export class FocalPoints0002 implements SimpulMigration {
  readonly version = 2;
  readonly name = 'focal-points';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE office_settings ADD COLUMN stale_after_months INTEGER NOT NULL DEFAULT 6
      CHECK (stale_after_months BETWEEN 1 AND 36)`);

    await q.query(`CREATE TABLE focal_persons (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      nip TEXT NOT NULL DEFAULT '',
      position TEXT NOT NULL DEFAULT '',
      unit TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      whatsapp TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX focal_persons_name ON focal_persons (name_key)`);
    // A civil servant's NIP identifies one person; blank NIPs (company staff) are not compared.
    await q.query(`CREATE UNIQUE INDEX focal_persons_nip ON focal_persons (office_code, nip) WHERE nip <> ''`);

    await q.query(`CREATE TABLE focal_assignments (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
      person_id TEXT NOT NULL REFERENCES focal_persons (id) ON DELETE RESTRICT,
      role TEXT NOT NULL CHECK (role IN ('utama', 'cadangan')),
      decree_number TEXT NOT NULL DEFAULT '',
      decree_date TEXT,
      start_date TEXT NOT NULL,
      end_date TEXT,
      end_reason TEXT CHECK (end_reason IN ('mutasi', 'pensiun', 'diganti', 'mengundurkan_diri', 'lainnya')),
      end_note TEXT NOT NULL DEFAULT '',
      last_confirmed_on TEXT,
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_date IS NULL OR end_date > start_date),
      CHECK ((end_date IS NULL) = (end_reason IS NULL))
    )`);
    await q.query(`CREATE INDEX focal_assignments_agency ON focal_assignments (agency_id, role, start_date)`);
    await q.query(`CREATE INDEX focal_assignments_person ON focal_assignments (person_id)`);
    // At most one open-ended primary focal point per agency, enforced by SQLite itself.
    await q.query(`CREATE UNIQUE INDEX focal_assignments_one_open_primary ON focal_assignments (agency_id)
      WHERE role = 'utama' AND end_date IS NULL`);
    // And no two primary periods of one agency overlap, whatever path wrote them.
    for (const event of ['INSERT', 'UPDATE']) {
      await q.query(`CREATE TRIGGER focal_assignments_no_overlap_${event.toLowerCase()} BEFORE ${event} ON focal_assignments
        WHEN NEW.role = 'utama'
        BEGIN
          SELECT RAISE(ABORT, 'focal_assignments: overlapping primary focal points')
          WHERE EXISTS (
            SELECT 1 FROM focal_assignments o
             WHERE o.agency_id = NEW.agency_id AND o.role = 'utama' AND o.id <> NEW.id
               AND o.start_date < COALESCE(NEW.end_date, '9999-12-31')
               AND NEW.start_date < COALESCE(o.end_date, '9999-12-31'));
        END`);
    }
  }
}
