import type { EntityManager } from 'typeorm';
import { uuidv7 } from '../../../shared/uuid';
import type { RequestContext } from '../context';
import { AUDIT_GENESIS_HASH, auditEntryHash } from './chain';
import { AuditEntryEntity, type AuditEntry } from './entity';
import { withoutSecrets } from './redact';

export interface AuditChange {
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  /**
   * Who the entry is about when that is not the caller: a sign-in is recorded as the user
   * who signed in, though the request came before there was a session.
   */
  actor?: { id: string; name: string };
}

const snapshot = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(withoutSecrets(value));

/**
 * Records who changed what, through the transaction's own manager, so an entry exists
 * exactly when its change does. Dispatch refuses to commit a mutation that recorded none.
 * Each entry extends the hash chain (chain.ts); requests are serialised, so the chain's
 * head read here is the newest entry, also inside a savepoint.
 */
export class AuditTrail {
  private written = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly request: RequestContext,
    private readonly channel: string,
    private readonly officeCode: () => Promise<string>,
    private readonly now: () => Date,
  ) {}

  get count(): number {
    return this.written;
  }

  async record(change: AuditChange): Promise<void> {
    await this.recordMany([change]);
  }

  async recordMany(changes: AuditChange[]): Promise<void> {
    if (changes.length === 0) return;
    const officeCode = await this.officeCode();
    const at = this.now().toISOString();
    const [head] = (await this.manager.query(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`)) as Array<{ seq: number; hash: string }>;
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? AUDIT_GENESIS_HASH;
    const rows: AuditEntry[] = changes.map((c) => {
      seq += 1;
      const fields = {
        id: uuidv7(),
        seq,
        officeCode,
        at,
        actorId: c.actor?.id ?? this.request.actor.id,
        actorName: c.actor?.name ?? this.request.actor.name,
        transport: this.request.transport,
        channel: this.channel,
        action: c.action,
        entity: c.entity,
        entityId: c.entityId,
        beforeJson: snapshot(c.before),
        afterJson: snapshot(c.after),
        prevHash,
      };
      const hash = auditEntryHash(fields);
      prevHash = hash;
      return { ...fields, hash };
    });
    // Chunked: SQLite limits bound parameters per statement.
    for (let i = 0; i < rows.length; i += 50) {
      await this.manager.createQueryBuilder().insert().into(AuditEntryEntity).values(rows.slice(i, i + 50)).execute();
    }
    this.written += rows.length;
  }
}
