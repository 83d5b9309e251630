import { IsNull } from 'typeorm';
import type { z } from 'zod';
import type { assignInput, correctInput, endInput, rotateInput } from '../../../shared/contract/roster';
import type { AssignmentDto } from '../../../shared/dto';
import { formatDateId } from '../../../shared/dates';
import { uuidv7 } from '../../../shared/uuid';
import { AgencyEntity } from '../agencies/entities';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { FocalAssignmentEntity, FocalPersonEntity, type FocalAssignment } from './entities';
import { resolvePerson } from './persons';
import { getAssignment, officeToday } from './queries';

type AssignInput = z.output<typeof assignInput>;
type RotateInput = z.output<typeof rotateInput>;
type EndInput = z.output<typeof endInput>;
type CorrectInput = z.output<typeof correctInput>;

const fmt = (d: string | null) => (d ? formatDateId(d) : 'sekarang');

async function activeAgency(agencyId: string, ctx: ServiceContext, path = 'agencyId') {
  const agency = await ctx.manager.findOne(AgencyEntity, { where: { id: agencyId } });
  if (!agency) throw new DomainError('NOT_FOUND', 'notFound', {}, { [path]: { key: 'notFound' } });
  if (!agency.active) throw new DomainError('PRECONDITION', 'agencyInactive');
  return agency;
}

/**
 * The rules every saved assignment obeys (the database enforces the primary ones again):
 * primaries of one agency never overlap; one person never holds two overlapping roles at
 * the same agency.
 */
async function assertFits(a: Pick<FocalAssignment, 'id' | 'agencyId' | 'personId' | 'role' | 'startDate' | 'endDate'>, ctx: ServiceContext, field: string): Promise<void> {
  const others = await ctx.manager.find(FocalAssignmentEntity, { where: { agencyId: a.agencyId } });
  // An open end is later than every date, including 9999-12-31 itself (a sentinel would let
  // an assignment starting on that day slip past, and only the database's index would refuse it).
  const startsBefore = (start: string, end: string | null) => end === null || start < end;
  const overlaps = (o: FocalAssignment) => o.id !== a.id && startsBefore(o.startDate, a.endDate) && startsBefore(a.startDate, o.endDate);
  for (const o of others.filter(overlaps)) {
    const person = await ctx.manager.findOneOrFail(FocalPersonEntity, { where: { id: o.personId } });
    if (o.personId === a.personId) {
      throw new DomainError('CONFLICT', 'samePersonOverlap', { name: person.name }, { [field]: { key: 'samePersonOverlap', params: { name: person.name } } });
    }
    if (a.role === 'utama' && o.role === 'utama') {
      if (o.endDate === null && o.startDate <= a.startDate && a.endDate === null) {
        throw new DomainError('CONFLICT', 'primaryExists', { name: person.name }, { [field]: { key: 'primaryExists', params: { name: person.name } } });
      }
      const params = { name: person.name, start: fmt(o.startDate), end: fmt(o.endDate) };
      throw new DomainError('CONFLICT', 'assignmentOverlap', params, { [field]: { key: 'assignmentOverlap', params } });
    }
  }
}

async function insertAssignment(row: FocalAssignment, ctx: ServiceContext, action: string): Promise<AssignmentDto> {
  await ctx.manager.insert(FocalAssignmentEntity, row);
  const dto = await getAssignment(row.id, ctx);
  await ctx.audit.record({ entity: 'focal_assignment', entityId: row.id, action, before: null, after: dto });
  return dto;
}

/** Appoints a focal point (primary or backup) to an agency from a start date. */
export async function assignFocalPoint(input: AssignInput, ctx: ServiceContext): Promise<AssignmentDto> {
  const officeCode = await requireOfficeCode(ctx);
  await activeAgency(input.agencyId, ctx);
  const person = await resolvePerson(input.person, ctx, 'person');
  const now = ctx.now().toISOString();
  const row: FocalAssignment = {
    id: uuidv7(),
    officeCode,
    agencyId: input.agencyId,
    personId: person.id,
    role: input.role,
    decreeNumber: input.decreeNumber,
    decreeDate: input.decreeDate,
    startDate: input.startDate,
    endDate: null,
    endReason: null,
    endNote: '',
    // Entering the data is checking it: the office confirmed it today.
    lastConfirmedOn: officeToday(ctx),
    notes: input.notes,
    createdAt: now,
    updatedAt: now,
  };
  await assertFits(row, ctx, 'startDate');
  return insertAssignment(row, ctx, 'assign');
}

/**
 * "Ganti narahubung" in one transaction: the serving primary ends on `date` with a reason
 * and the successor starts on `date`. Nothing overlaps, nothing is deleted; if any part
 * fails, dispatch rolls all of it back.
 */
export async function rotateFocalPoint(input: RotateInput, ctx: ServiceContext): Promise<{ ended: AssignmentDto; started: AssignmentDto }> {
  const officeCode = await requireOfficeCode(ctx);
  await activeAgency(input.agencyId, ctx);
  const open = await ctx.manager.findOne(FocalAssignmentEntity, { where: { agencyId: input.agencyId, role: 'utama', endDate: IsNull() } });
  if (!open) throw new DomainError('PRECONDITION', 'noCurrentPrimary');
  if (input.date <= open.startDate) {
    throw new DomainError('VALIDATION', 'rotationBeforeStart', { start: fmt(open.startDate) }, { date: { key: 'rotationBeforeStart', params: { start: fmt(open.startDate) } } });
  }
  const before = await getAssignment(open.id, ctx);
  await ctx.manager.update(FocalAssignmentEntity, { id: open.id }, {
    endDate: input.date,
    endReason: input.endReason,
    endNote: input.endNote,
    updatedAt: nextTimestamp(ctx, open.updatedAt),
  });
  const ended = await getAssignment(open.id, ctx);
  await ctx.audit.record({ entity: 'focal_assignment', entityId: open.id, action: 'rotate-end', before, after: ended });

  const successor = await resolvePerson(input.successor, ctx, 'successor');
  if (successor.id === open.personId) throw new DomainError('VALIDATION', 'sameSuccessor', {}, { successor: { key: 'sameSuccessor' } });
  // A backup promoted to primary stops being the backup on the same day.
  const backups = await ctx.manager.find(FocalAssignmentEntity, { where: { agencyId: input.agencyId, personId: successor.id, role: 'cadangan' } });
  for (const b of backups.filter((x) => x.startDate < input.date && (x.endDate === null || x.endDate > input.date))) {
    const prev = await getAssignment(b.id, ctx);
    await ctx.manager.update(FocalAssignmentEntity, { id: b.id }, { endDate: input.date, endReason: 'lainnya', endNote: 'Menjadi narahubung utama', updatedAt: nextTimestamp(ctx, b.updatedAt) });
    await ctx.audit.record({ entity: 'focal_assignment', entityId: b.id, action: 'promote-end', before: prev, after: await getAssignment(b.id, ctx) });
  }
  const now = ctx.now().toISOString();
  const row: FocalAssignment = {
    id: uuidv7(),
    officeCode,
    agencyId: input.agencyId,
    personId: successor.id,
    role: 'utama',
    decreeNumber: input.decreeNumber,
    decreeDate: input.decreeDate,
    startDate: input.date,
    endDate: null,
    endReason: null,
    endNote: '',
    // Entering the data is checking it: the office confirmed it today.
    lastConfirmedOn: officeToday(ctx),
    notes: input.notes,
    createdAt: now,
    updatedAt: now,
  };
  await assertFits(row, ctx, 'date');
  const started = await insertAssignment(row, ctx, 'rotate-start');
  return { ended, started };
}

/** Ends an assignment without a successor (a backup leaves, or the primary leaves a hole). */
export async function endAssignment(input: EndInput, ctx: ServiceContext): Promise<AssignmentDto> {
  const a = await ctx.manager.findOne(FocalAssignmentEntity, { where: { id: input.assignmentId } });
  if (!a) throw notFound();
  if (a.endDate !== null) throw new DomainError('CONFLICT', 'alreadyEnded', { end: fmt(a.endDate) });
  if (input.endDate <= a.startDate) {
    throw new DomainError('VALIDATION', 'endBeforeStart', { start: fmt(a.startDate) }, { endDate: { key: 'endBeforeStart', params: { start: fmt(a.startDate) } } });
  }
  const before = await getAssignment(a.id, ctx);
  await ctx.manager.update(FocalAssignmentEntity, { id: a.id }, { endDate: input.endDate, endReason: input.endReason, endNote: input.endNote, updatedAt: nextTimestamp(ctx, a.updatedAt) });
  const after = await getAssignment(a.id, ctx);
  await ctx.audit.record({ entity: 'focal_assignment', entityId: a.id, action: 'end', before, after });
  return after;
}

/** Fixes mistyped history; the audit entry keeps the old values and the reason given. */
export async function correctAssignment(input: CorrectInput, ctx: ServiceContext): Promise<AssignmentDto> {
  const a = await ctx.manager.findOne(FocalAssignmentEntity, { where: { id: input.assignmentId } });
  if (!a) throw notFound();
  if (input.expectedUpdatedAt !== a.updatedAt) throw staleRecord();
  if ((input.endDate === null) !== (input.endReason === null)) {
    throw new DomainError('VALIDATION', 'endPairing', {}, { [input.endDate === null ? 'endDate' : 'endReason']: { key: 'endPairing' } });
  }
  if (input.endDate !== null && input.endDate <= input.startDate) {
    throw new DomainError('VALIDATION', 'endBeforeStart', { start: fmt(input.startDate) }, { endDate: { key: 'endBeforeStart', params: { start: fmt(input.startDate) } } });
  }
  const changed: FocalAssignment = {
    ...a,
    role: input.role,
    decreeNumber: input.decreeNumber,
    decreeDate: input.decreeDate,
    startDate: input.startDate,
    endDate: input.endDate,
    endReason: input.endReason,
    endNote: input.endNote,
    lastConfirmedOn: input.lastConfirmedOn,
    notes: input.notes,
    updatedAt: nextTimestamp(ctx, a.updatedAt),
  };
  await assertFits(changed, ctx, 'startDate');
  const before = await getAssignment(a.id, ctx);
  await ctx.manager.save(FocalAssignmentEntity, changed);
  const after = await getAssignment(a.id, ctx);
  await ctx.audit.record({ entity: 'focal_assignment', entityId: a.id, action: 'correct', before, after: { ...after, correctionNote: input.correctionNote } });
  return after;
}
