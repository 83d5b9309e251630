import type { AttachableEntity } from '../../../shared/attachments';
import { DomainError } from '../errors';
import type { ServiceContext } from '../service';

/**
 * Which table holds each kind of record that can carry attachments. A later feature adds
 * its entity to ATTACHABLE_ENTITIES (shared/attachments.ts); this Record type then demands
 * its table here. Table names are constants, never input.
 */
export const ATTACHMENT_TARGET_TABLES: Record<AttachableEntity, string> = {
  mou: 'mous',
  assistance: 'technical_assistance',
  case: 'cases',
  case_event: 'case_events',
  commitment: 'commitments',
};

/** The record the file is being attached to must exist. */
export async function assertAttachmentTarget(entity: AttachableEntity, entityId: string, ctx: Pick<ServiceContext, 'manager'>): Promise<void> {
  const table = ATTACHMENT_TARGET_TABLES[entity];
  const rows = (await ctx.manager.query(`SELECT 1 AS found FROM ${table} WHERE id = ?`, [entityId])) as unknown[];
  if (rows.length === 0) throw new DomainError('NOT_FOUND', 'notFound', {}, { entityId: { key: 'notFound' } });
}
