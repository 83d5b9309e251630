import type { z } from 'zod';
import type { agencyGroupSaveInput } from '../../../shared/contract/agencies';
import type { AgencyGroupDto } from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { uuidv7 } from '../../../shared/uuid';
import { DomainError, notFound } from '../errors';
import { nextTimestamp } from '../db/timestamps';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { AgencyGroupEntity, type AgencyGroup } from './entities';


type SaveInput = z.output<typeof agencyGroupSaveInput>;

export async function listAgencyGroups(ctx: Pick<ServiceContext, 'manager'>): Promise<AgencyGroupDto[]> {
  const rows = (await ctx.manager.query(
    `SELECT g.id, g.name, g.sort_order, g.active,
            (SELECT count(*) FROM agencies a WHERE a.group_id = g.id AND a.active = 1) AS agency_count
       FROM agency_groups g ORDER BY g.sort_order, g.name_key`,
  )) as Array<{ id: string; name: string; sort_order: number; active: number; agency_count: number }>;
  return rows.map((r) => ({ id: r.id, name: r.name, sortOrder: r.sort_order, active: r.active === 1, agencyCount: r.agency_count }));
}

async function groupDto(id: string, ctx: ServiceContext): Promise<AgencyGroupDto> {
  const found = (await listAgencyGroups(ctx)).find((g) => g.id === id);
  if (!found) throw notFound();
  return found;
}

export async function saveAgencyGroup(input: SaveInput, ctx: ServiceContext): Promise<AgencyGroupDto> {
  const officeCode = await requireOfficeCode(ctx);
  const key = nameKey(input.name);
  const clash = await ctx.manager.findOne(AgencyGroupEntity, { where: { officeCode, nameKey: key } });
  if (clash && clash.id !== input.id) {
    throw new DomainError('DUPLICATE', 'groupDuplicate', { name: clash.name }, { name: { key: 'groupDuplicate', params: { name: clash.name } } });
  }
  if (!input.id) {
    const now = ctx.now().toISOString();
    const row: AgencyGroup = { id: uuidv7(), officeCode, name: input.name, nameKey: key, sortOrder: input.sortOrder, active: input.active, createdAt: now, updatedAt: now };
    await ctx.manager.insert(AgencyGroupEntity, row);
    const dto = await groupDto(row.id, ctx);
    await ctx.audit.record({ entity: 'agency_group', entityId: row.id, action: 'create', before: null, after: dto });
    return dto;
  }
  const existing = await ctx.manager.findOne(AgencyGroupEntity, { where: { id: input.id } });
  if (!existing) throw notFound();
  const before = await groupDto(input.id, ctx);
  if (!input.active && before.agencyCount > 0) {
    throw new DomainError('CONFLICT', 'groupInUse', { count: before.agencyCount }, { active: { key: 'groupInUse', params: { count: before.agencyCount } } });
  }
  await ctx.manager.update(AgencyGroupEntity, { id: input.id }, {
    name: input.name,
    nameKey: key,
    sortOrder: input.sortOrder,
    active: input.active,
    updatedAt: nextTimestamp(ctx, existing.updatedAt),
  });
  const after = await groupDto(input.id, ctx);
  await ctx.audit.record({ entity: 'agency_group', entityId: input.id, action: 'update', before, after });
  return after;
}
