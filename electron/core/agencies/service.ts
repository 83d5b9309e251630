import type { z } from 'zod';
import type { agencyCreateInput, agencySetActiveInput, agencyUpdateInput } from '../../../shared/contract/agencies';
import type { AgencyDto } from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { uuidv7 } from '../../../shared/uuid';
import { DomainError, notFound, staleRecord } from '../errors';
import { nextTimestamp } from '../db/timestamps';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { AgencyEntity, AgencyGroupEntity, type Agency } from './entities';
import { getAgency } from './queries';

type CreateInput = z.output<typeof agencyCreateInput>;
type UpdateInput = z.output<typeof agencyUpdateInput>;
type SetActiveInput = z.output<typeof agencySetActiveInput>;

async function assertGroupUsable(groupId: string, ctx: ServiceContext, currentGroupId?: string): Promise<void> {
  const group = await ctx.manager.findOne(AgencyGroupEntity, { where: { id: groupId } });
  // An inactive group may stay on a record that already has it, but not be newly chosen.
  if (!group || (!group.active && group.id !== currentGroupId)) {
    throw new DomainError('VALIDATION', 'groupUnknown', {}, { groupId: { key: 'groupUnknown' } });
  }
}

async function assertNameFree(officeCode: string, name: string, ctx: ServiceContext, exceptId?: string): Promise<string> {
  const key = nameKey(name);
  const clash = await ctx.manager.findOne(AgencyEntity, { where: { officeCode, nameKey: key } });
  if (clash && clash.id !== exceptId) {
    throw new DomainError('DUPLICATE', 'agencyDuplicate', { name: clash.name }, { name: { key: 'agencyDuplicate', params: { name: clash.name } } });
  }
  return key;
}

export async function createAgency(input: CreateInput, ctx: ServiceContext): Promise<AgencyDto> {
  const officeCode = await requireOfficeCode(ctx);
  await assertGroupUsable(input.groupId, ctx);
  const key = await assertNameFree(officeCode, input.name, ctx);
  const now = ctx.now().toISOString();
  const row: Agency = {
    id: uuidv7(),
    officeCode,
    ...input,
    nameKey: key,
    active: true,
    deactivatedAt: null,
    deactivationReason: '',
    createdAt: now,
    updatedAt: now,
  };
  await ctx.manager.insert(AgencyEntity, row);
  const dto = await getAgency(row.id, ctx);
  await ctx.audit.record({ entity: 'agency', entityId: row.id, action: 'create', before: null, after: dto });
  return dto;
}

export async function updateAgency(input: UpdateInput, ctx: ServiceContext): Promise<AgencyDto> {
  const { id, expectedUpdatedAt, ...fields } = input;
  const existing = await ctx.manager.findOne(AgencyEntity, { where: { id } });
  if (!existing) throw notFound();
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== existing.updatedAt) throw staleRecord();
  await assertGroupUsable(fields.groupId, ctx, existing.groupId);
  const key = await assertNameFree(existing.officeCode, fields.name, ctx, id);
  const before = await getAgency(id, ctx);
  await ctx.manager.update(AgencyEntity, { id }, { ...fields, nameKey: key, updatedAt: nextTimestamp(ctx, existing.updatedAt) });
  const after = await getAgency(id, ctx);
  await ctx.audit.record({ entity: 'agency', entityId: id, action: 'update', before, after });
  return after;
}

/** Deactivate or reactivate. Agencies are never deleted: cases and history refer to them. */
export async function setAgencyActive(input: SetActiveInput, ctx: ServiceContext): Promise<AgencyDto> {
  const existing = await ctx.manager.findOne(AgencyEntity, { where: { id: input.id } });
  if (!existing) throw notFound();
  if (existing.active === input.active) throw new DomainError('CONFLICT', 'alreadyInState');
  const before = await getAgency(input.id, ctx);
  const now = nextTimestamp(ctx, existing.updatedAt);
  await ctx.manager.update(AgencyEntity, { id: input.id }, {
    active: input.active,
    deactivatedAt: input.active ? null : now,
    deactivationReason: input.active ? '' : input.reason,
    updatedAt: now,
  });
  const after = await getAgency(input.id, ctx);
  await ctx.audit.record({
    entity: 'agency',
    entityId: input.id,
    action: input.active ? 'reactivate' : 'deactivate',
    before,
    after: { ...after, reason: input.reason },
  });
  return after;
}
