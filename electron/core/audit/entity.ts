import { EntitySchema } from 'typeorm';
import type { ChainedAuditFields } from './chain';

/**
 * One audit entry per change, written in the same transaction as the change itself, and
 * chained to the entry before it (see chain.ts).
 */
export interface AuditEntry extends ChainedAuditFields {
  hash: string;
}

export const AuditEntryEntity = new EntitySchema<AuditEntry>({
  name: 'AuditEntry',
  tableName: 'audit_log',
  columns: {
    id: { type: 'text', primary: true },
    seq: { type: 'integer' },
    officeCode: { name: 'office_code', type: 'text' },
    at: { type: 'text' },
    actorId: { name: 'actor_id', type: 'text' },
    actorName: { name: 'actor_name', type: 'text' },
    transport: { type: 'text' },
    channel: { type: 'text' },
    action: { type: 'text' },
    entity: { type: 'text' },
    entityId: { name: 'entity_id', type: 'text' },
    beforeJson: { name: 'before_json', type: 'text', nullable: true },
    afterJson: { name: 'after_json', type: 'text', nullable: true },
    prevHash: { name: 'prev_hash', type: 'text' },
    hash: { type: 'text' },
  },
});
