import type { z } from 'zod';
import type { eventCreateInput, eventUpdateInput } from '../../../shared/contract/events';
import type { EventDetailDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { NetworkEventEntity, type NetworkEvent } from './entities';
import { addInvitations } from './invitations';
import { getEventDetail } from './queries';
import { assertEventTypeUsable } from './types';

type CreateInput = z.output<typeof eventCreateInput>;
type UpdateInput = z.output<typeof eventUpdateInput>;
type Fields = Omit<UpdateInput, 'id' | 'expectedUpdatedAt'>;

const columns = (f: Fields) => ({
  typeId: f.typeId,
  title: f.title,
  theme: f.theme,
  startDate: f.startDate,
  endDate: f.endDate,
  startTime: f.startTime,
  endTime: f.endTime,
  place: f.place,
  description: f.description,
  speakers: f.speakers,
  notes: f.notes,
});

export async function createEvent(input: CreateInput, ctx: ServiceContext): Promise<EventDetailDto> {
  const officeCode = await requireOfficeCode(ctx);
  const { agencyIds, ...fields } = input;
  await assertEventTypeUsable(fields.typeId, ctx);
  const now = ctx.now().toISOString();
  const row: NetworkEvent = { id: uuidv7(), officeCode, ...columns(fields), cancelled: false, cancelReason: '', createdAt: now, updatedAt: now };
  await ctx.manager.insert(NetworkEventEntity, row);
  await ctx.audit.record({ entity: 'event', entityId: row.id, action: 'create', before: null, after: row });
  if (agencyIds.length > 0) await addInvitations(row, agencyIds, ctx, 'agencyIds');
  return getEventDetail(row.id, ctx);
}

export async function loadEventForChange(id: string, expectedUpdatedAt: string | undefined, ctx: ServiceContext): Promise<NetworkEvent> {
  const existing = await ctx.manager.findOne(NetworkEventEntity, { where: { id } });
  if (!existing) throw notFound();
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== existing.updatedAt) throw staleRecord();
  return existing;
}

/** Invitations and attendance change only while the event stands. */
export function assertNotCancelled(event: NetworkEvent): void {
  if (event.cancelled) throw new DomainError('CONFLICT', 'eventCancelled');
}

export async function updateEvent(input: UpdateInput, ctx: ServiceContext): Promise<EventDetailDto> {
  const { id, expectedUpdatedAt, ...fields } = input;
  const existing = await loadEventForChange(id, expectedUpdatedAt, ctx);
  await assertEventTypeUsable(fields.typeId, ctx, existing.typeId);
  const after = { ...existing, ...columns(fields), updatedAt: nextTimestamp(ctx, existing.updatedAt) };
  await ctx.manager.update(NetworkEventEntity, { id }, { ...columns(fields), updatedAt: after.updatedAt });
  await ctx.audit.record({ entity: 'event', entityId: id, action: 'update', before: existing, after });
  return getEventDetail(id, ctx);
}

export async function setEventCancelled(
  input: { id: string; cancelled: boolean; reason: string; expectedUpdatedAt?: string },
  ctx: ServiceContext,
): Promise<EventDetailDto> {
  const existing = await loadEventForChange(input.id, input.expectedUpdatedAt, ctx);
  if (existing.cancelled === input.cancelled) throw new DomainError('CONFLICT', 'alreadyInState');
  const change = { cancelled: input.cancelled, cancelReason: input.cancelled ? input.reason : '', updatedAt: nextTimestamp(ctx, existing.updatedAt) };
  await ctx.manager.update(NetworkEventEntity, { id: input.id }, change);
  await ctx.audit.record({ entity: 'event', entityId: input.id, action: input.cancelled ? 'cancel' : 'restore', before: existing, after: { ...existing, ...change } });
  return getEventDetail(input.id, ctx);
}
