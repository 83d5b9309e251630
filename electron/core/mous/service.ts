import type { z } from 'zod';
import type { mouCreateInput, mouUpdateInput } from '../../../shared/contract/mous';
import type { MouDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { unlinkAllAttachments } from '../attachments/service';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { MouAgencyEntity, MouEntity, type Mou } from './entities';
import { getMou, officeToday } from './queries';

type CreateInput = z.output<typeof mouCreateInput>;
type UpdateInput = z.output<typeof mouUpdateInput>;
type Fields = Omit<CreateInput, never>;

/**
 * Partner agencies must be in the register and active; one that was deactivated since may
 * stay on an MoU that already names it (the MoU was signed with it).
 */
export async function assertAgenciesUsable(ids: readonly string[], ctx: ServiceContext, field: string, alreadyLinked: readonly string[] = []): Promise<void> {
  if (ids.length === 0) return;
  const rows = (await ctx.manager.query(`SELECT id, active FROM agencies WHERE id IN (${ids.map(() => '?').join(', ')})`, [...ids])) as Array<{ id: string; active: number }>;
  const found = new Map(rows.map((r) => [r.id, r.active === 1]));
  const bad = ids.find((id) => !found.has(id) || (!found.get(id) && !alreadyLinked.includes(id)));
  if (bad) throw new DomainError('VALIDATION', 'agencyNotUsable', {}, { [field]: { key: 'agencyNotUsable' } });
}

/** A signature cannot be dated after today (the office's calendar day). */
function assertSignedNotInFuture(fields: Fields, ctx: ServiceContext): void {
  if (fields.signedDate !== null && fields.signedDate > officeToday(ctx)) {
    throw new DomainError('VALIDATION', 'dateInFuture', {}, { signedDate: { key: 'dateInFuture' } });
  }
}

function columns(fields: Fields): Omit<Mou, 'id' | 'officeCode' | 'createdAt' | 'updatedAt'> {
  return {
    title: fields.title,
    number: fields.number,
    status: fields.status,
    plannedDate: fields.plannedDate,
    signedDate: fields.signedDate,
    validUntil: fields.validUntil,
    otherParties: fields.otherParties,
    signatoriesJson: JSON.stringify(fields.signatories),
    notes: fields.notes,
  };
}

/** Brings the MoU's agency list to `agencyIds` (in that order), keeping rows that stay. */
async function syncParties(mouId: string, officeCode: string, agencyIds: readonly string[], ctx: ServiceContext): Promise<void> {
  const current = await ctx.manager.find(MouAgencyEntity, { where: { mouId } });
  const now = ctx.now().toISOString();
  for (const row of current) if (!agencyIds.includes(row.agencyId)) await ctx.manager.delete(MouAgencyEntity, { id: row.id });
  for (const [sortOrder, agencyId] of agencyIds.entries()) {
    const row = current.find((r) => r.agencyId === agencyId);
    if (!row) {
      await ctx.manager.insert(MouAgencyEntity, { id: uuidv7(), officeCode, mouId, agencyId, sortOrder, createdAt: now, updatedAt: now });
    } else if (row.sortOrder !== sortOrder) {
      await ctx.manager.update(MouAgencyEntity, { id: row.id }, { sortOrder, updatedAt: nextTimestamp(ctx, row.updatedAt) });
    }
  }
}

export async function createMou(input: CreateInput, ctx: ServiceContext): Promise<MouDto> {
  const officeCode = await requireOfficeCode(ctx);
  await assertAgenciesUsable(input.agencyIds, ctx, 'agencyIds');
  assertSignedNotInFuture(input, ctx);
  const now = ctx.now().toISOString();
  const row: Mou = { id: uuidv7(), officeCode, ...columns(input), createdAt: now, updatedAt: now };
  await ctx.manager.insert(MouEntity, row);
  await syncParties(row.id, officeCode, input.agencyIds, ctx);
  const dto = await getMou(row.id, ctx);
  await ctx.audit.record({ entity: 'mou', entityId: row.id, action: 'create', before: null, after: dto });
  return dto;
}

async function loadForChange(id: string, expectedUpdatedAt: string | undefined, ctx: ServiceContext): Promise<Mou> {
  const existing = await ctx.manager.findOne(MouEntity, { where: { id } });
  if (!existing) throw notFound();
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== existing.updatedAt) throw staleRecord();
  return existing;
}

export async function updateMou(input: UpdateInput, ctx: ServiceContext): Promise<MouDto> {
  const { id, expectedUpdatedAt, ...fields } = input;
  const existing = await loadForChange(id, expectedUpdatedAt, ctx);
  const before = await getMou(id, ctx);
  await assertAgenciesUsable(fields.agencyIds, ctx, 'agencyIds', before.agencies.map((a) => a.id));
  assertSignedNotInFuture(fields, ctx);
  await ctx.manager.update(MouEntity, { id }, { ...columns(fields), updatedAt: nextTimestamp(ctx, existing.updatedAt) });
  await syncParties(id, existing.officeCode, fields.agencyIds, ctx);
  const after = await getMou(id, ctx);
  await ctx.audit.record({ entity: 'mou', entityId: id, action: 'update', before, after });
  return after;
}

/** Removes an MoU entered by mistake, with its attachments (their files once unused). */
export async function deleteMou(input: { id: string; expectedUpdatedAt?: string }, ctx: ServiceContext): Promise<{ id: string }> {
  await loadForChange(input.id, input.expectedUpdatedAt, ctx);
  const before = await getMou(input.id, ctx);
  await unlinkAllAttachments('mou', input.id, ctx);
  await ctx.manager.delete(MouEntity, { id: input.id });
  await ctx.audit.record({ entity: 'mou', entityId: input.id, action: 'delete', before, after: null });
  return { id: input.id };
}
