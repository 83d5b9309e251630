import type { z } from 'zod';
import type { assistanceCreateInput, assistanceUpdateInput } from '../../../shared/contract/assistance';
import type { AssistanceDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { unlinkAllAttachments } from '../attachments/service';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import { assertAgenciesUsable } from '../mous/service';
import { officeToday } from '../mous/queries';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { TechnicalAssistanceEntity, type TechnicalAssistance } from './entities';
import { getAssistance } from './queries';

type CreateInput = z.output<typeof assistanceCreateInput>;
type UpdateInput = z.output<typeof assistanceUpdateInput>;

function columns(f: CreateInput): Omit<TechnicalAssistance, 'id' | 'officeCode' | 'createdAt' | 'updatedAt'> {
  return {
    agencyId: f.agencyId,
    topic: f.topic,
    // Only "lainnya" carries its own words; a stale one would mislead later readers.
    topicOther: f.topic === 'lainnya' ? f.topicOther : '',
    heldOn: f.date,
    officeStaff: f.officeStaff,
    participantCount: f.participantCount,
    participantNames: f.participantNames,
    outcome: f.outcome,
    notes: f.notes,
  };
}

/** The log records what happened: a session dated after today has not happened yet. */
function assertNotInFuture(f: CreateInput, ctx: ServiceContext): void {
  if (f.date > officeToday(ctx)) throw new DomainError('VALIDATION', 'dateInFuture', {}, { date: { key: 'dateInFuture' } });
}

export async function createAssistance(input: CreateInput, ctx: ServiceContext): Promise<AssistanceDto> {
  const officeCode = await requireOfficeCode(ctx);
  await assertAgenciesUsable([input.agencyId], ctx, 'agencyId');
  assertNotInFuture(input, ctx);
  const now = ctx.now().toISOString();
  const row: TechnicalAssistance = { id: uuidv7(), officeCode, ...columns(input), createdAt: now, updatedAt: now };
  await ctx.manager.insert(TechnicalAssistanceEntity, row);
  const dto = await getAssistance(row.id, ctx);
  await ctx.audit.record({ entity: 'technical_assistance', entityId: row.id, action: 'create', before: null, after: dto });
  return dto;
}

async function loadForChange(id: string, expectedUpdatedAt: string | undefined, ctx: ServiceContext): Promise<TechnicalAssistance> {
  const existing = await ctx.manager.findOne(TechnicalAssistanceEntity, { where: { id } });
  if (!existing) throw notFound();
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== existing.updatedAt) throw staleRecord();
  return existing;
}

export async function updateAssistance(input: UpdateInput, ctx: ServiceContext): Promise<AssistanceDto> {
  const { id, expectedUpdatedAt, ...fields } = input;
  const existing = await loadForChange(id, expectedUpdatedAt, ctx);
  await assertAgenciesUsable([fields.agencyId], ctx, 'agencyId', [existing.agencyId]);
  assertNotInFuture(fields, ctx);
  const before = await getAssistance(id, ctx);
  await ctx.manager.update(TechnicalAssistanceEntity, { id }, { ...columns(fields), updatedAt: nextTimestamp(ctx, existing.updatedAt) });
  const after = await getAssistance(id, ctx);
  await ctx.audit.record({ entity: 'technical_assistance', entityId: id, action: 'update', before, after });
  return after;
}

export async function deleteAssistance(input: { id: string; expectedUpdatedAt?: string }, ctx: ServiceContext): Promise<{ id: string }> {
  await loadForChange(input.id, input.expectedUpdatedAt, ctx);
  const before = await getAssistance(input.id, ctx);
  await unlinkAllAttachments('assistance', input.id, ctx);
  await ctx.manager.delete(TechnicalAssistanceEntity, { id: input.id });
  await ctx.audit.record({ entity: 'technical_assistance', entityId: input.id, action: 'delete', before, after: null });
  return { id: input.id };
}
