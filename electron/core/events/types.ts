import type { z } from 'zod';
import type { eventTypeSaveInput } from '../../../shared/contract/events';
import type { EventTypeDto } from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound } from '../errors';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { EventTypeEntity, type EventType } from './entities';

export async function listEventTypes(ctx: Pick<ServiceContext, 'manager'>): Promise<EventTypeDto[]> {
  const rows = (await ctx.manager.query(
    `SELECT t.id, t.name, t.sort_order, t.active, (SELECT count(*) FROM events e WHERE e.type_id = t.id) AS n
       FROM event_types t ORDER BY t.sort_order, t.name_key`,
  )) as Array<{ id: string; name: string; sort_order: number; active: number; n: number }>;
  return rows.map((r) => ({ id: r.id, name: r.name, sortOrder: r.sort_order, active: r.active === 1, eventCount: r.n }));
}

async function typeDto(id: string, ctx: ServiceContext): Promise<EventTypeDto> {
  const found = (await listEventTypes(ctx)).find((t) => t.id === id);
  if (!found) throw notFound();
  return found;
}

/** Adds or edits an event type; a type in use may be deactivated (its events keep it). */
export async function saveEventType(input: z.output<typeof eventTypeSaveInput>, ctx: ServiceContext): Promise<EventTypeDto> {
  const officeCode = await requireOfficeCode(ctx);
  const key = nameKey(input.name);
  const clash = await ctx.manager.findOne(EventTypeEntity, { where: { officeCode, nameKey: key } });
  if (clash && clash.id !== input.id) {
    throw new DomainError('DUPLICATE', 'eventTypeDuplicate', { name: clash.name }, { name: { key: 'eventTypeDuplicate', params: { name: clash.name } } });
  }
  if (!input.id) {
    const now = ctx.now().toISOString();
    const row: EventType = { id: uuidv7(), officeCode, name: input.name, nameKey: key, sortOrder: input.sortOrder, active: input.active, createdAt: now, updatedAt: now };
    await ctx.manager.insert(EventTypeEntity, row);
    const dto = await typeDto(row.id, ctx);
    await ctx.audit.record({ entity: 'event_type', entityId: row.id, action: 'create', before: null, after: dto });
    return dto;
  }
  const existing = await ctx.manager.findOne(EventTypeEntity, { where: { id: input.id } });
  if (!existing) throw notFound();
  const before = await typeDto(input.id, ctx);
  await ctx.manager.update(EventTypeEntity, { id: input.id }, {
    name: input.name,
    nameKey: key,
    sortOrder: input.sortOrder,
    active: input.active,
    updatedAt: nextTimestamp(ctx, existing.updatedAt),
  });
  const after = await typeDto(input.id, ctx);
  await ctx.audit.record({ entity: 'event_type', entityId: input.id, action: 'update', before, after });
  return after;
}

/** A new or re-typed event needs an active type; an event may keep a type deactivated since. */
export async function assertEventTypeUsable(typeId: string, ctx: ServiceContext, current?: string): Promise<void> {
  const row = await ctx.manager.findOne(EventTypeEntity, { where: { id: typeId } });
  if (!row || (!row.active && typeId !== current)) throw new DomainError('VALIDATION', 'eventTypeUnknown', {}, { typeId: { key: 'eventTypeUnknown' } });
}
