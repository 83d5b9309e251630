import { ATTACHMENT_TARGET_TABLES } from '../attachments/targets';

/**
 * Every table of the database is either synchronised to head office (SYNC_TABLES) or kept
 * on this computer (LOCAL_ONLY_TABLES). Export, verify and import are written against this
 * registry only: a new table travels in archives by being listed here, never by new archive
 * code. tests/core/archive/tableRegistry.test.ts fails for a table in neither list.
 *
 * How to register a table: README "Archives > Registering a table".
 */

/** How a confidential value is hidden in an archive made without confidential data. */
export type Concealment =
  /** A stable pseudonymous id (HMAC of the value with the office's secret): the same person gets the same id in every archive. */
  | 'pseudonym'
  /** Replaced by '' (NOT NULL text columns). */
  | 'blank'
  /** Replaced by NULL. */
  | 'null';

export interface ConfidentialColumns {
  /** column -> how it is hidden in confidential rows unless the export explicitly includes them. */
  columns: Readonly<Record<string, Concealment>>;
  /**
   * Selects the ids of this table's confidential rows for one office (bound as the only `?`);
   * absent: every row is confidential. E.g. only reporters of cases marked confidential.
   */
  rowsSql?: string;
  /** Files attached to confidential rows (attachment_links.entity = this) stay out of such archives. */
  attachmentEntity?: string;
  /**
   * The audit trail repeats what changed: entries whose `entity` is one of these carry the
   * same values in before/after JSON under these keys (camelCase DTO names), hidden the same way.
   */
  audit?: { entities: readonly string[]; keys: Readonly<Record<string, Concealment>> };
}

export interface SyncTable {
  name: string;
  /**
   * Tables whose rows must exist before this one's (foreign keys, and polymorphic references
   * such as attachment links). The list is in an order where every parent comes first.
   */
  parents: readonly string[];
  /** The column that says when a row last changed: newer wins, incremental exports select by it. */
  changedAt: 'updated_at' | 'at';
  /** Rows are only ever added, never changed (the audit trail). */
  appendOnly?: boolean;
  /**
   * Rows may be deleted (entered by mistake, unlinked). The migration that creates the table
   * must add the tombstone trigger (`tombstoneTriggerSql` in db/tombstones.ts), so the deletion
   * travels to head office.
   */
  deletable?: boolean;
  /** Columns that describe this installation, never taken from an archive; the value is used for new rows. */
  keepLocal?: Readonly<Record<string, string | number | null>>;
  confidential?: ConfidentialColumns;
  /** Rows name files that travel with them: attachments always, generated documents on request. */
  files?: 'attachments' | 'documents';
  /**
   * Where rows of other offices go at head office, when they cannot share this table: the
   * audit trail is one hash chain per database, so other offices' entries are kept apart.
   */
  importInto?: string;
}

export interface LocalOnlyTable {
  name: string;
  /** Why it never leaves this computer (shown in the registry test's message). */
  why: string;
}

const ATTACHMENT_TARGETS = [...new Set(Object.values(ATTACHMENT_TARGET_TABLES))];

const CONFIDENTIAL_CASE = `SELECT id FROM cases WHERE office_code = ? AND confidential = 1`;

/** Synchronised tables, parents first. Tombstones are applied last, children first. */
export const SYNC_TABLES: readonly SyncTable[] = [
  // The office's own profile; at head office one row per office (is_local = 0 for all but its own).
  { name: 'office_settings', parents: [], changedAt: 'updated_at', keepLocal: { is_local: 0 } },
  { name: 'agency_groups', parents: [], changedAt: 'updated_at' },
  { name: 'agencies', parents: ['agency_groups'], changedAt: 'updated_at' },
  { name: 'focal_persons', parents: [], changedAt: 'updated_at' },
  { name: 'focal_assignments', parents: ['agencies', 'focal_persons'], changedAt: 'updated_at' },
  { name: 'generated_documents', parents: [], changedAt: 'updated_at', files: 'documents' },
  { name: 'mous', parents: [], changedAt: 'updated_at', deletable: true },
  { name: 'mou_agencies', parents: ['mous', 'agencies'], changedAt: 'updated_at', deletable: true },
  { name: 'technical_assistance', parents: ['agencies'], changedAt: 'updated_at', deletable: true },
  // Events, attendance, action plans and commitments (0006).
  { name: 'event_types', parents: [], changedAt: 'updated_at' },
  { name: 'events', parents: ['event_types'], changedAt: 'updated_at' },
  { name: 'event_invitations', parents: ['events', 'agencies'], changedAt: 'updated_at', deletable: true },
  { name: 'event_attendees', parents: ['events', 'event_invitations', 'focal_persons'], changedAt: 'updated_at', deletable: true },
  { name: 'commitment_templates', parents: [], changedAt: 'updated_at' },
  { name: 'action_plans', parents: ['commitment_templates', 'events'], changedAt: 'updated_at' },
  { name: 'action_plan_points', parents: ['action_plans'], changedAt: 'updated_at', deletable: true },
  { name: 'commitments', parents: ['action_plans', 'agencies'], changedAt: 'updated_at', deletable: true },
  { name: 'commitment_prints', parents: ['commitments', 'generated_documents'], changedAt: 'updated_at' },
  { name: 'commitment_progress', parents: ['commitments', 'action_plan_points'], changedAt: 'updated_at' },
  // Public complaints (0007): set-up lists, calendar, register, cases and their history.
  { name: 'case_master_items', parents: [], changedAt: 'updated_at' },
  { name: 'deadline_rules', parents: ['case_master_items'], changedAt: 'updated_at' },
  { name: 'calendar_years', parents: [], changedAt: 'updated_at' },
  { name: 'calendar_days', parents: [], changedAt: 'updated_at' },
  { name: 'case_settings', parents: [], changedAt: 'updated_at' },
  { name: 'case_year_targets', parents: [], changedAt: 'updated_at' },
  { name: 'register_numbers', parents: [], changedAt: 'updated_at' },
  {
    name: 'cases',
    parents: ['register_numbers', 'case_master_items', 'agencies', 'focal_assignments'],
    changedAt: 'updated_at',
    // The case's own fields are not identities; files attached to a confidential case may be.
    confidential: { columns: {}, rowsSql: CONFIDENTIAL_CASE, attachmentEntity: 'case' },
  },
  {
    name: 'case_reporters',
    parents: ['cases'],
    changedAt: 'updated_at',
    // Pasal 24 ayat (2) UU 37/2008: a confidential reporter's identity stays at the office.
    // Name and NIK become stable pseudonyms (head office can still see repeat reporters).
    confidential: {
      columns: { name: 'pseudonym', id_number: 'pseudonym', address: 'blank', phone: 'blank', email: 'blank', representing: 'blank' },
      rowsSql: `SELECT r.id FROM case_reporters r JOIN cases c ON c.id = r.case_id WHERE r.office_code = ? AND c.confidential = 1`,
    },
  },
  { name: 'case_maladministration', parents: ['cases', 'case_master_items'], changedAt: 'updated_at', deletable: true },
  {
    name: 'case_events',
    parents: ['cases', 'case_master_items', 'generated_documents', 'register_numbers'],
    changedAt: 'updated_at',
    confidential: {
      columns: {},
      rowsSql: `SELECT e.id FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.office_code = ? AND c.confidential = 1`,
      attachmentEntity: 'case_event',
    },
  },
  { name: 'case_links', parents: ['cases'], changedAt: 'updated_at', deletable: true },
  { name: 'attachments', parents: [], changedAt: 'updated_at', deletable: true, files: 'attachments' },
  // Links name their record by (entity, entity_id): every table that can carry attachments is a parent.
  { name: 'attachment_links', parents: ['attachments', ...ATTACHMENT_TARGETS], changedAt: 'updated_at', deletable: true },
  { name: 'audit_log', parents: [], changedAt: 'at', appendOnly: true, importInto: 'office_audit_log' },
  { name: 'archive_tombstones', parents: [], changedAt: 'updated_at' },
];

/** Never exported: they describe this installation, its people, or what it received. */
export const LOCAL_ONLY_TABLES: readonly LocalOnlyTable[] = [
  { name: 'schema_migrations', why: 'the history of this file\'s schema' },
  { name: 'users', why: 'accounts and password hashes of this installation' },
  { name: 'archive_exports', why: 'this office\'s own record of the archives it made' },
  { name: 'archive_imports', why: 'what this installation received (head office side)' },
  { name: 'archive_trusted_keys', why: 'which office keys this installation trusts' },
  { name: 'office_audit_log', why: 'other offices\' audit entries received at head office; never re-exported' },
];

/**
 * Tables SQLite derives from others, rebuilt by their triggers when rows arrive: full-text
 * indexes (FTS5 virtual tables) and their shadow tables, and SQLite's own tables.
 */
export function isDerivedTable(name: string, virtualTables: readonly string[]): boolean {
  return name.startsWith('sqlite_') || virtualTables.some((v) => name === v || name.startsWith(`${v}_`));
}

/** Tombstones are merged by their own rule (delete the row, keep the tombstone). */
export const TOMBSTONE_TABLE = 'archive_tombstones';

const BY_NAME = new Map(SYNC_TABLES.map((t) => [t.name, t]));

export function syncTable(name: string): SyncTable | undefined {
  return BY_NAME.get(name);
}

/** audit entity -> keys to hide, gathered from every table's confidential declaration. */
export function confidentialAuditKeys(tables: readonly SyncTable[] = SYNC_TABLES): Map<string, Readonly<Record<string, Concealment>>> {
  const out = new Map<string, Record<string, Concealment>>();
  for (const t of tables) {
    const audit = t.confidential?.audit;
    if (!audit) continue;
    for (const entity of audit.entities) out.set(entity, { ...(out.get(entity) ?? {}), ...audit.keys });
  }
  return out;
}
