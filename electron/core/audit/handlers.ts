import type { HandlersOf } from '../service';
import { auditFacets, listAudit, verifyAudit } from './queries';

/** Read-only by construction: the audit namespace has no mutation. */
export const auditHandlers: HandlersOf<'audit'> = {
  'audit.list': (input, ctx) => listAudit(input, ctx),
  'audit.facets': (_input, ctx) => auditFacets(ctx),
  'audit.verify': async (_input, ctx) => verifyAudit(ctx),
};
