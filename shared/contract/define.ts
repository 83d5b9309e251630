import type { z } from 'zod';
import type { Permission } from '../permissions';

/**
 * One channel of the contract: its input schema, its output type (phantom), the permission
 * dispatch checks before running it, and whether it changes data (mutations run in one
 * transaction with their audit entries).
 */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  permission: Permission;
  kind: 'query' | 'mutation';
  /** Never set; carries the output type. */
  readonly output?: O;
}

export function query<O>() {
  return <I extends z.ZodType>(input: I, permission: Permission): ChannelDef<I, O> => ({ input, permission, kind: 'query' });
}

export function mutation<O>() {
  return <I extends z.ZodType>(input: I, permission: Permission): ChannelDef<I, O> => ({ input, permission, kind: 'mutation' });
}
