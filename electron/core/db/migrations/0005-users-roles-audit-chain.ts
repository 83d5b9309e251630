import type { QueryRunner } from 'typeorm';
import { AUDIT_GENESIS_HASH, auditEntryHash, type ChainedAuditFields } from '../../audit/chain';
import type { SimpulMigration } from './types';

/**
 * Local accounts, the idle-lock setting, and the audit trail made tamper-evident: each entry
 * carries its position, the previous entry's hash and its own (audit/chain.ts). Existing
 * entries are chained in the order they were written.
 */
export class UsersRolesAuditChain0005 implements SimpulMigration {
  readonly version = 5;
  readonly name = 'users-roles-audit-chain';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE users (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL,
      username TEXT NOT NULL CHECK (length(username) BETWEEN 3 AND 40),
      username_key TEXT NOT NULL UNIQUE CHECK (username_key = lower(username_key)),
      full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 120),
      role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'viewer')),
      can_see_confidential INTEGER NOT NULL DEFAULT 0 CHECK (can_see_confidential IN (0, 1)),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      password_hash TEXT NOT NULL CHECK (password_hash LIKE '$scrypt$%'),
      must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
      password_changed_at TEXT NOT NULL,
      failed_login_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
      last_failed_login_at TEXT,
      locked_until TEXT,
      last_login_at TEXT,
      deactivated_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (role <> 'viewer' OR can_see_confidential = 0),
      CHECK ((active = 1) = (deactivated_at IS NULL))
    )`);
    await q.query(`CREATE INDEX users_list ON users (active, username_key)`);
    // Accounts are referred to by the audit trail: deactivated, never deleted.
    await q.query(`CREATE TRIGGER users_no_delete BEFORE DELETE ON users
      BEGIN SELECT RAISE(ABORT, 'users are deactivated, never deleted'); END`);
    // The service refuses first with a clear message; this holds even against a bug.
    await q.query(`CREATE TRIGGER users_keep_an_admin AFTER UPDATE OF role, active ON users
      WHEN OLD.role = 'admin' AND OLD.active = 1
        AND NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND active = 1)
      BEGIN SELECT RAISE(ABORT, 'at least one active administrator must remain'); END`);

    await q.query(`ALTER TABLE office_settings ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 15
      CHECK (idle_lock_minutes BETWEEN 1 AND 240)`);

    await this.chainAuditLog(q);
  }

  /** Rebuilds audit_log with seq / prev_hash / hash (SQLite cannot add NOT NULL columns with checks). */
  private async chainAuditLog(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_log_chained (
      id TEXT PRIMARY KEY,
      seq INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
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
      hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
    )`);
    const rows = (await q.query(`SELECT * FROM audit_log ORDER BY rowid`)) as Array<Record<string, string | null>>;
    let prevHash = AUDIT_GENESIS_HASH;
    let seq = 0;
    for (const r of rows) {
      seq += 1;
      const entry: ChainedAuditFields = {
        seq,
        id: r.id!,
        officeCode: r.office_code!,
        at: r.at!,
        actorId: r.actor_id!,
        actorName: r.actor_name!,
        transport: r.transport!,
        channel: r.channel!,
        action: r.action!,
        entity: r.entity!,
        entityId: r.entity_id!,
        beforeJson: r.before_json ?? null,
        afterJson: r.after_json ?? null,
        prevHash,
      };
      const hash = auditEntryHash(entry);
      await q.query(
        `INSERT INTO audit_log_chained (id, seq, office_code, at, actor_id, actor_name, transport, channel, action, entity, entity_id, before_json, after_json, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [entry.id, seq, entry.officeCode, entry.at, entry.actorId, entry.actorName, entry.transport, entry.channel, entry.action, entry.entity, entry.entityId, entry.beforeJson, entry.afterJson, prevHash, hash],
      );
      prevHash = hash;
    }
    // Dropping the old table drops its append-only triggers; they are re-created below.
    await q.query(`DROP TABLE audit_log`);
    await q.query(`ALTER TABLE audit_log_chained RENAME TO audit_log`);
    await q.query(`CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)`);
    await q.query(`CREATE INDEX audit_log_at ON audit_log (at)`);
    await q.query(`CREATE INDEX audit_log_actor ON audit_log (actor_id, at)`);
    await q.query(`CREATE INDEX audit_log_channel ON audit_log (channel, at)`);
    await q.query(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    await q.query(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    // A new entry must extend the chain: next position, linked to the newest hash. SQLite
    // cannot compute SHA-256 itself; audit.verify recomputes every hash.
    await q.query(`CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
      WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log)
        OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${AUDIT_GENESIS_HASH}')
      BEGIN SELECT RAISE(ABORT, 'audit_log entries must extend the hash chain'); END`);
  }
}
