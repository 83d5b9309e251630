import type { z } from 'zod';
import type { inviteInput, recordAttendanceInput, walkInInput } from '../../../shared/contract/events';
import { formatDateId } from '../../../shared/dates';
import type { EventDetailDto, InviteResultDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import { assertAgenciesUsable } from '../mous/service';
import type { ServiceContext } from '../service';
import { EventAttendeeEntity, EventInvitationEntity, NetworkEventEntity, type EventAttendee, type EventInvitation, type NetworkEvent } from './entities';
import { getEventDetail, officeToday } from './queries';
import { assertNotCancelled, loadEventForChange } from './service';

/** Invites agencies not invited yet, after the ones already on the list; returns how many. */
export async function addInvitations(event: NetworkEvent, agencyIds: readonly string[], ctx: ServiceContext, field: string): Promise<{ added: number; skipped: number }> {
  await assertAgenciesUsable(agencyIds, ctx, field);
  const existing = await ctx.manager.find(EventInvitationEntity, { where: { eventId: event.id } });
  const invited = new Set(existing.map((i) => i.agencyId));
  let next = existing.reduce((max, i) => Math.max(max, i.sortOrder + 1), 0);
  const now = ctx.now().toISOString();
  const rows: EventInvitation[] = [];
  for (const agencyId of new Set(agencyIds)) {
    if (invited.has(agencyId)) continue;
    rows.push({ id: uuidv7(), officeCode: event.officeCode, eventId: event.id, agencyId, sortOrder: next++, attendance: 'belum', note: '', createdAt: now, updatedAt: now });
  }
  for (let i = 0; i < rows.length; i += 50) await ctx.manager.insert(EventInvitationEntity, rows.slice(i, i + 50));
  await ctx.audit.recordMany(rows.map((r) => ({ entity: 'event_invitation', entityId: r.id, action: 'invite', before: null, after: r })));
  return { added: rows.length, skipped: new Set(agencyIds).size - rows.length };
}

/**
 * Agencies picked one by one must be usable (active); a whole group or region brings its
 * active agencies only. Those already invited are skipped, not an error.
 */
export async function inviteAgencies(input: z.output<typeof inviteInput>, ctx: ServiceContext): Promise<InviteResultDto> {
  const event = await loadEventForChange(input.eventId, undefined, ctx);
  assertNotCancelled(event);
  if (input.agencyIds.length === 0 && !input.groupId && !input.region) throw new DomainError('VALIDATION', 'inviteNothing', {}, { agencyIds: { key: 'inviteNothing' } });
  await assertAgenciesUsable(input.agencyIds, ctx, 'agencyIds');
  const bulk: string[] = [];
  let inactive = 0;
  if (input.groupId || input.region) {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (input.groupId) {
      clauses.push('a.group_id = ?');
      params.push(input.groupId);
    }
    if (input.region) {
      clauses.push('a.region = ?');
      params.push(input.region);
    }
    const rows = (await ctx.manager.query(
      `SELECT a.id, a.active FROM agencies a JOIN agency_groups g ON g.id = a.group_id WHERE ${clauses.join(' AND ')} ORDER BY g.sort_order, a.name_key`,
      params,
    )) as Array<{ id: string; active: number }>;
    for (const r of rows) {
      if (r.active === 1) bulk.push(r.id);
      else inactive++;
    }
  }
  const { added, skipped } = await addInvitations(event, [...input.agencyIds, ...bulk], ctx, 'agencyIds');
  if (added > 0) await touchEvent(event, ctx);
  // The request itself is recorded too: "invite group X" that added nobody still happened.
  await ctx.audit.record({ entity: 'event', entityId: event.id, action: 'inviteRequest', before: null, after: { ...input, added, skipped: skipped + inactive } });
  return { added, skipped: skipped + inactive, detail: await getEventDetail(event.id, ctx) };
}

/** The event's updated_at moves with its lists, so an open edit form notices. */
async function touchEvent(event: NetworkEvent, ctx: ServiceContext): Promise<void> {
  await ctx.manager.update(NetworkEventEntity, { id: event.id }, { updatedAt: nextTimestamp(ctx, event.updatedAt) });
}

async function loadInvitation(id: string, ctx: ServiceContext): Promise<{ invitation: EventInvitation; event: NetworkEvent }> {
  const invitation = await ctx.manager.findOne(EventInvitationEntity, { where: { id } });
  if (!invitation) throw notFound();
  const event = await loadEventForChange(invitation.eventId, undefined, ctx);
  assertNotCancelled(event);
  return { invitation, event };
}

async function agencyName(id: string, ctx: ServiceContext): Promise<string> {
  const [row] = (await ctx.manager.query('SELECT name FROM agencies WHERE id = ?', [id])) as Array<{ name: string }>;
  return row?.name ?? '';
}

/** Removes an invitation made by mistake; one with recorded attendance stays (history). */
export async function uninvite(input: { invitationId: string }, ctx: ServiceContext): Promise<EventDetailDto> {
  const { invitation, event } = await loadInvitation(input.invitationId, ctx);
  if (invitation.attendance !== 'belum') throw new DomainError('CONFLICT', 'invitationHasAttendance', { name: await agencyName(invitation.agencyId, ctx) });
  await ctx.manager.delete(EventInvitationEntity, { id: invitation.id });
  await ctx.audit.record({ entity: 'event_invitation', entityId: invitation.id, action: 'uninvite', before: invitation, after: null });
  await touchEvent(event, ctx);
  return getEventDetail(event.id, ctx);
}

async function assertPersonsExist(ids: readonly string[], ctx: ServiceContext): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const rows = (await ctx.manager.query(`SELECT id FROM focal_persons WHERE id IN (${wanted.map(() => '?').join(', ')})`, wanted)) as Array<{ id: string }>;
  const found = new Set(rows.map((r) => r.id));
  const index = ids.findIndex((id) => !found.has(id));
  if (index >= 0) throw new DomainError('VALIDATION', 'notFound', {}, { [`attendees.${index}.personId`]: { key: 'notFound' } });
}

/** Replaces the agency's attendance and its named attendees in one step. */
export async function recordAttendance(input: z.output<typeof recordAttendanceInput>, ctx: ServiceContext): Promise<EventDetailDto> {
  const { invitation, event } = await loadInvitation(input.invitationId, ctx);
  if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== invitation.updatedAt) throw staleRecord();
  if (input.attendance !== 'belum' && event.startDate > officeToday(ctx)) {
    throw new DomainError('VALIDATION', 'attendanceFuture', { date: formatDateId(event.startDate) }, {
      attendance: { key: 'attendanceFuture', params: { date: formatDateId(event.startDate) } },
    });
  }
  await assertPersonsExist(input.attendees.flatMap((a) => (a.personId ? [a.personId] : [])), ctx);
  const before = { ...invitation, attendees: await ctx.manager.find(EventAttendeeEntity, { where: { invitationId: invitation.id } }) };
  // Attendees go first: the database refuses an absent agency that still lists people.
  await ctx.manager.delete(EventAttendeeEntity, { invitationId: invitation.id });
  const updatedAt = nextTimestamp(ctx, invitation.updatedAt);
  await ctx.manager.update(EventInvitationEntity, { id: invitation.id }, { attendance: input.attendance, note: input.note, updatedAt });
  const now = ctx.now().toISOString();
  const attendees: EventAttendee[] = input.attendees.map((a, sortOrder) => ({
    id: uuidv7(),
    officeCode: event.officeCode,
    eventId: event.id,
    invitationId: invitation.id,
    personId: a.personId,
    name: a.name,
    position: a.position,
    institution: '',
    phone: a.phone,
    sortOrder,
    createdAt: now,
    updatedAt: now,
  }));
  if (attendees.length) await ctx.manager.insert(EventAttendeeEntity, attendees);
  await ctx.audit.record({
    entity: 'event_invitation',
    entityId: invitation.id,
    action: 'recordAttendance',
    before,
    after: { ...invitation, attendance: input.attendance, note: input.note, updatedAt, attendees },
  });
  return getEventDetail(event.id, ctx);
}

/** Adds or edits a participant who came without an invitation of their agency. */
export async function saveWalkIn(input: z.output<typeof walkInInput>, ctx: ServiceContext): Promise<EventDetailDto> {
  const event = await loadEventForChange(input.eventId, undefined, ctx);
  assertNotCancelled(event);
  const fields = { name: input.name, position: input.position, institution: input.institution, phone: input.phone };
  if (input.id) {
    const existing = await ctx.manager.findOne(EventAttendeeEntity, { where: { id: input.id, eventId: event.id } });
    if (!existing || existing.invitationId !== null) throw notFound();
    const after = { ...existing, ...fields, updatedAt: nextTimestamp(ctx, existing.updatedAt) };
    await ctx.manager.update(EventAttendeeEntity, { id: existing.id }, { ...fields, updatedAt: after.updatedAt });
    await ctx.audit.record({ entity: 'event_attendee', entityId: existing.id, action: 'update', before: existing, after });
  } else {
    const [{ n }] = (await ctx.manager.query('SELECT count(*) AS n FROM event_attendees WHERE event_id = ? AND invitation_id IS NULL', [event.id])) as [{ n: number }];
    const now = ctx.now().toISOString();
    const row: EventAttendee = { id: uuidv7(), officeCode: event.officeCode, eventId: event.id, invitationId: null, personId: null, ...fields, sortOrder: n, createdAt: now, updatedAt: now };
    await ctx.manager.insert(EventAttendeeEntity, row);
    await ctx.audit.record({ entity: 'event_attendee', entityId: row.id, action: 'walkIn', before: null, after: row });
  }
  await touchEvent(event, ctx);
  return getEventDetail(event.id, ctx);
}

export async function removeWalkIn(input: { id: string }, ctx: ServiceContext): Promise<EventDetailDto> {
  const existing = await ctx.manager.findOne(EventAttendeeEntity, { where: { id: input.id } });
  if (!existing || existing.invitationId !== null) throw notFound();
  const event = await loadEventForChange(existing.eventId, undefined, ctx);
  assertNotCancelled(event);
  await ctx.manager.delete(EventAttendeeEntity, { id: existing.id });
  await ctx.audit.record({ entity: 'event_attendee', entityId: existing.id, action: 'delete', before: existing, after: null });
  await touchEvent(event, ctx);
  return getEventDetail(event.id, ctx);
}
