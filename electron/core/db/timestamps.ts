import type { ServiceContext } from '../service';

/**
 * updated_at must move forward on every change: optimistic locking and "newer wins" merges
 * at head office both compare it. Two edits inside one millisecond still get distinct stamps.
 */
export function nextTimestamp(ctx: Pick<ServiceContext, 'now'>, previous: string): string {
  const now = ctx.now();
  const prev = Date.parse(previous);
  return (Number.isFinite(prev) && now.getTime() <= prev ? new Date(prev + 1) : now).toISOString();
}
