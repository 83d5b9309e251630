import { z } from 'zod';
import type { AuditEntryDto, AuditFacetsDto, AuditVerifyDto, Page } from '../dto';
import { isoDate } from '../validation';
import { query } from './define';

/**
 * The audit trail: read and verified, never changed. Every channel here is a query, and the
 * table itself refuses UPDATE and DELETE; a test keeps it that way for channels added later.
 */
const filterText = (max: number) => z.string().max(max).optional();

export const auditListInput = z
  .object({
    actorId: filterText(80),
    entity: filterText(80),
    entityId: filterText(80),
    channel: filterText(80),
    action: filterText(80),
    /** Local calendar dates, both included. */
    from: isoDate().optional(),
    to: isoDate().optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .refine((v) => !v.from || !v.to || v.from <= v.to, { error: 'dateRange', path: ['to'] });
export type AuditListInput = z.input<typeof auditListInput>;

export const auditChannels = {
  'audit.list': query<Page<AuditEntryDto>>()(auditListInput, 'audit.read'),
  'audit.facets': query<AuditFacetsDto>()(z.undefined(), 'audit.read'),
  /** Walks the whole hash chain and reports the first entry where it breaks. */
  'audit.verify': query<AuditVerifyDto>()(z.undefined(), 'audit.read'),
};
