import { In } from 'typeorm';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound } from '../errors';
import type { ServiceContext } from '../service';
import { FocalAssignmentEntity } from './entities';
import { officeToday } from './queries';

/**
 * "Konfirmasi data": the office checked that these assignments are still true. Marks them
 * confirmed on the given day (today by default), all or none.
 */
export async function confirmAssignments(input: { assignmentIds: string[]; date?: string }, ctx: ServiceContext): Promise<{ confirmed: number }> {
  const today = officeToday(ctx);
  const date = input.date ?? today;
  if (date > today) throw new DomainError('VALIDATION', 'dateInFuture', {}, { date: { key: 'dateInFuture' } });
  const ids = [...new Set(input.assignmentIds)];
  const rows = await ctx.manager.find(FocalAssignmentEntity, { where: { id: In(ids) } });
  if (rows.length !== ids.length) throw notFound();
  const changes = [];
  for (const row of rows) {
    if (row.lastConfirmedOn !== null && row.lastConfirmedOn >= date) continue;
    await ctx.manager.update(FocalAssignmentEntity, { id: row.id }, { lastConfirmedOn: date, updatedAt: nextTimestamp(ctx, row.updatedAt) });
    changes.push({ entity: 'focal_assignment', entityId: row.id, action: 'confirm', before: { lastConfirmedOn: row.lastConfirmedOn }, after: { lastConfirmedOn: date } });
  }
  if (changes.length === 0) throw new DomainError('CONFLICT', 'alreadyInState');
  await ctx.audit.recordMany(changes);
  return { confirmed: changes.length };
}
