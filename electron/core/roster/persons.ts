import type { z } from 'zod';
import type { personInput, personRef } from '../../../shared/contract/roster';
import type { FocalPersonDto } from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { FocalPersonEntity, type FocalPerson } from './entities';

type PersonInput = z.output<typeof personInput>;
type PersonRef = z.output<typeof personRef>;

export function toPersonDto(p: FocalPerson): FocalPersonDto {
  const { nameKey: _key, ...dto } = p;
  return dto;
}

async function assertNipFree(officeCode: string, nip: string, ctx: ServiceContext, path: string, exceptId?: string): Promise<void> {
  if (!nip) return;
  const clash = await ctx.manager.findOne(FocalPersonEntity, { where: { officeCode, nip } });
  if (clash && clash.id !== exceptId) {
    throw new DomainError('DUPLICATE', 'personNipDuplicate', { name: clash.name }, { [path]: { key: 'personNipDuplicate', params: { name: clash.name } } });
  }
}

/** Creates a person; `path` names the input field for error messages (e.g. "successor.newPerson.nip"). */
export async function createPerson(input: PersonInput, ctx: ServiceContext, path = 'nip'): Promise<FocalPerson> {
  const officeCode = await requireOfficeCode(ctx);
  await assertNipFree(officeCode, input.nip, ctx, path);
  const now = ctx.now().toISOString();
  const row: FocalPerson = { id: uuidv7(), officeCode, ...input, nameKey: nameKey(input.name), createdAt: now, updatedAt: now };
  await ctx.manager.insert(FocalPersonEntity, row);
  await ctx.audit.record({ entity: 'focal_person', entityId: row.id, action: 'create', before: null, after: toPersonDto(row) });
  return row;
}

export async function updatePerson(input: PersonInput & { id: string; expectedUpdatedAt?: string }, ctx: ServiceContext): Promise<FocalPersonDto> {
  const { id, expectedUpdatedAt, ...fields } = input;
  const existing = await ctx.manager.findOne(FocalPersonEntity, { where: { id } });
  if (!existing) throw notFound();
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== existing.updatedAt) throw staleRecord();
  await assertNipFree(existing.officeCode, fields.nip, ctx, 'nip', id);
  const row: FocalPerson = { ...existing, ...fields, nameKey: nameKey(fields.name), updatedAt: nextTimestamp(ctx, existing.updatedAt) };
  await ctx.manager.save(FocalPersonEntity, row);
  await ctx.audit.record({ entity: 'focal_person', entityId: id, action: 'update', before: toPersonDto(existing), after: toPersonDto(row) });
  return toPersonDto(row);
}

/** An existing person by id, or a new one created on the spot. */
export async function resolvePerson(ref: PersonRef, ctx: ServiceContext, path: string): Promise<FocalPerson> {
  if ('personId' in ref) {
    const found = await ctx.manager.findOne(FocalPersonEntity, { where: { id: ref.personId } });
    if (!found) throw new DomainError('NOT_FOUND', 'notFound', {}, { [`${path}.personId`]: { key: 'notFound' } });
    return found;
  }
  return createPerson(ref.newPerson, ctx, `${path}.newPerson.nip`);
}
