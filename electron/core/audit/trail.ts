import type { EntityManager } from 'typeorm';
import { uuidv7 } from '../../../shared/uuid';
import type { RequestContext } from '../context';
import { AuditEntryEntity, type AuditEntry } from './entity';

export interface AuditChange {
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

/**
 * Records who changed what, through the transaction's own manager, so an entry exists
 * exactly when its change does. Dispatch refuses to commit a mutation that recorded none.
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
    const rows: AuditEntry[] = changes.map((c) => ({
      id: uuidv7(),
      officeCode,
      at,
      actorId: this.request.actor.id,
      actorName: this.request.actor.name,
      transport: this.request.transport,
      channel: this.channel,
      action: c.action,
      entity: c.entity,
      entityId: c.entityId,
      beforeJson: c.before === null || c.before === undefined ? null : JSON.stringify(c.before),
      afterJson: c.after === null || c.after === undefined ? null : JSON.stringify(c.after),
    }));
    // Chunked: SQLite limits bound parameters per statement.
    for (let i = 0; i < rows.length; i += 50) {
      await this.manager.createQueryBuilder().insert().into(AuditEntryEntity).values(rows.slice(i, i + 50)).execute();
    }
    this.written += rows.length;
  }
}
