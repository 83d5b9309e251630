import type { AuditListInput } from '../../../shared/contract/audit';
import type { AgencyListInput } from '../../../shared/contract/agencies';
import type { AttachableEntity } from '../../../shared/attachments';
import type { AssistanceListInput } from '../../../shared/contract/assistance';
import type { MouListInput } from '../../../shared/contract/mous';
import type { RosterListInput } from '../../../shared/contract/roster';

/**
 * Query keys per domain. Mutations invalidate by prefix (e.g. every ['agencies', ...]),
 * so lists, details and counts refresh together.
 */
export const queryKeys = {
  /** This window's sign-in; refreshed whenever a call reports an ended or locked session. */
  auth: {
    status: ['auth', 'status'] as const,
  },
  users: {
    all: ['users'] as const,
  },
  audit: {
    all: ['audit'] as const,
    list: (input: AuditListInput) => ['audit', 'list', input] as const,
    facets: ['audit', 'facets'] as const,
  },
  system: {
    status: ['system', 'status'] as const,
  },
  settings: {
    current: ['settings', 'current'] as const,
  },
  agencies: {
    all: ['agencies'] as const,
    list: (input: AgencyListInput) => ['agencies', 'list', input] as const,
    detail: (id: string) => ['agencies', 'detail', id] as const,
    regions: ['agencies', 'regions'] as const,
    options: ['agencies', 'options'] as const,
  },
  agencyGroups: {
    all: ['agencyGroups'] as const,
  },
  /** The focal-point roster: list, per-agency history and as-of lookups all refresh together. */
  roster: {
    all: ['roster'] as const,
    list: (input: RosterListInput) => ['roster', 'list', input] as const,
    history: (agencyId: string) => ['roster', 'history', agencyId] as const,
    asOf: (agencyId: string, date: string) => ['roster', 'asOf', agencyId, date] as const,
  },
  persons: {
    all: ['persons'] as const,
    list: (search: string) => ['persons', 'list', search] as const,
    detail: (id: string) => ['persons', 'detail', id] as const,
  },
  mous: {
    all: ['mous'] as const,
    list: (input: MouListInput) => ['mous', 'list', input] as const,
    detail: (id: string) => ['mous', 'detail', id] as const,
  },
  assistance: {
    all: ['assistance'] as const,
    list: (input: AssistanceListInput) => ['assistance', 'list', input] as const,
    detail: (id: string) => ['assistance', 'detail', id] as const,
  },
  attachments: {
    of: (entity: AttachableEntity, entityId: string) => ['attachments', entity, entityId] as const,
  },
};
