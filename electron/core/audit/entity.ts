import { EntitySchema } from 'typeorm';

/** One audit entry per change, written in the same transaction as the change itself. */
export interface AuditEntry {
  id: string;
  officeCode: string;
  at: string;
  actorId: string;
  actorName: string;
  transport: string;
  channel: string;
  action: string;
  entity: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export const AuditEntryEntity = new EntitySchema<AuditEntry>({
  name: 'AuditEntry',
  tableName: 'audit_log',
  columns: {
    id: { type: 'text', primary: true },
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
  },
});
