import type { z } from 'zod';
import type { DeliveryResultDto } from '../dto';
import type { Access } from '../permissions';

/**
 * One channel of the contract: its input schema, its output type (phantom), the permission
 * dispatch checks before running it, and whether it changes data (mutations run in one
 * transaction with their audit entries).
 */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** A permission, or 'public' / 'signedIn' (see shared/permissions.ts `Access`). */
  permission: Access;
  /**
   * query: reads; mutation: one transaction with its audit entries; delivery: resolves a
   * stored file which the transport then hands to the user (system viewer, save dialog,
   * or a download link in the browser preview).
   */
  kind: 'query' | 'mutation' | 'delivery';
  /** Never set; carries the output type. */
  readonly output?: O;
}

export function query<O>() {
  return <I extends z.ZodType>(input: I, permission: Access): ChannelDef<I, O> => ({ input, permission, kind: 'query' });
}

export function mutation<O>() {
  return <I extends z.ZodType>(input: I, permission: Access): ChannelDef<I, O> => ({ input, permission, kind: 'mutation' });
}

/** The literal kind is kept in the type: the core's Handler type tells delivery channels by it. */
export function delivery() {
  return <I extends z.ZodType>(input: I, permission: Access): ChannelDef<I, DeliveryResultDto> & { kind: 'delivery' } => ({ input, permission, kind: 'delivery' });
}
