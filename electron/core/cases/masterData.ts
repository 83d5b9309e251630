import type { z } from 'zod';
import type { caseMasterSaveInput } from '../../../shared/contract/caseSetup';
import { CASE_MASTER_LISTS, type CaseMasterDto, type CaseMasterItemDto, type CaseMasterList, type StagePhase } from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound } from '../errors';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';

type Ctx = Pick<ServiceContext, 'manager'>;

interface ItemRow {
  id: string;
  list: CaseMasterList;
  code: string;
  name: string;
  sort_order: number;
  active: number;
  phase: StagePhase | null;
  usage_count: number;
  updated_at: string;
}

/** How many cases use an item, per list (maladministration types through their join table). */
const USAGE = `CASE m.list
    WHEN 'stage' THEN (SELECT count(*) FROM cases c WHERE c.stage_id = m.id)
    WHEN 'track' THEN (SELECT count(*) FROM cases c WHERE c.track_id = m.id)
    WHEN 'channel' THEN (SELECT count(*) FROM cases c WHERE c.channel_id = m.id)
    WHEN 'subject' THEN (SELECT count(*) FROM cases c WHERE c.subject_id = m.id)
    WHEN 'outcome' THEN (SELECT count(*) FROM cases c WHERE c.outcome_id = m.id)
    ELSE (SELECT count(*) FROM case_maladministration x WHERE x.type_id = m.id) END`;

const toDto = (r: ItemRow): CaseMasterItemDto => ({
  id: r.id,
  list: r.list,
  code: r.code,
  name: r.name,
  sortOrder: r.sort_order,
  active: r.active === 1,
  phase: r.phase,
  usageCount: r.usage_count,
});

async function items(where: string, params: unknown[], ctx: Ctx): Promise<CaseMasterItemDto[]> {
  const rows = (await ctx.manager.query(
    `SELECT m.id, m.list, m.code, m.name, m.sort_order, m.active, m.phase, m.updated_at, ${USAGE} AS usage_count
       FROM case_master_items m ${where} ORDER BY m.list, m.sort_order, m.name_key`,
    params,
  )) as ItemRow[];
  return rows.map(toDto);
}

export async function listCaseMaster(ctx: Ctx): Promise<CaseMasterDto> {
  const all = await items('', [], ctx);
  const out = Object.fromEntries(CASE_MASTER_LISTS.map((l) => [l, [] as CaseMasterItemDto[]])) as CaseMasterDto;
  for (const item of all) out[item.list].push(item);
  return out;
}

/** The item exists in that list and is active (or, when `allowInactive` holds its id, already in use by the record). */
export async function assertMasterItem(list: CaseMasterList, id: string, field: string, ctx: Ctx, allowInactive: string | null = null): Promise<{ id: string; name: string; phase: StagePhase | null; code: string }> {
  const [row] = (await ctx.manager.query(`SELECT id, name, phase, code, active FROM case_master_items WHERE id = ? AND list = ?`, [id, list])) as Array<{
    id: string;
    name: string;
    phase: StagePhase | null;
    code: string;
    active: number;
  }>;
  if (!row || (row.active !== 1 && allowInactive !== id)) throw new DomainError('VALIDATION', 'caseMasterUnknown', {}, { [field]: { key: 'caseMasterUnknown' } });
  return row;
}

/** A code for a new item, from its name ("Media Sosial" -> "media_sosial"), unique within the list. */
async function freshCode(list: CaseMasterList, name: string, ctx: Ctx): Promise<string> {
  const base = nameKey(name).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 50) || 'item';
  for (let i = 1; ; i++) {
    const code = i === 1 ? base : `${base}_${i}`;
    const [row] = (await ctx.manager.query(`SELECT 1 FROM case_master_items WHERE list = ? AND code = ?`, [list, code])) as unknown[];
    if (!row) return code;
  }
}

export async function saveCaseMasterItem(input: z.output<typeof caseMasterSaveInput>, ctx: ServiceContext): Promise<CaseMasterItemDto> {
  const officeCode = await requireOfficeCode(ctx);
  const key = nameKey(input.name);
  const [clash] = (await ctx.manager.query(`SELECT id, name FROM case_master_items WHERE list = ? AND name_key = ?`, [input.list, key])) as Array<{ id: string; name: string }>;
  if (clash && clash.id !== input.id) {
    throw new DomainError('DUPLICATE', 'caseMasterDuplicate', { name: clash.name }, { name: { key: 'caseMasterDuplicate', params: { name: clash.name } } });
  }
  const now = ctx.now().toISOString();
  if (!input.id) {
    const id = uuidv7();
    await ctx.manager.query(
      `INSERT INTO case_master_items (id, office_code, list, code, name, name_key, sort_order, active, phase, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, officeCode, input.list, await freshCode(input.list, input.name, ctx), input.name, key, input.sortOrder, input.active ? 1 : 0, input.phase, now, now],
    );
    const [dto] = await items('WHERE m.id = ?', [id], ctx);
    await ctx.audit.record({ entity: 'case_master_item', entityId: id, action: 'create', before: null, after: dto });
    return dto!;
  }
  const [before] = await items('WHERE m.id = ?', [input.id], ctx);
  if (!before) throw notFound();
  if (before.list !== input.list) throw new DomainError('VALIDATION', 'caseMasterListFixed', {}, { list: { key: 'caseMasterListFixed' } });
  // The rules need at least one active stage to start at (intake) and one to close with.
  if (before.list === 'stage' && before.active && before.phase && (before.phase === 'intake' || before.phase === 'closed') && (!input.active || input.phase !== before.phase)) {
    const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM case_master_items WHERE list = 'stage' AND active = 1 AND phase = ? AND id <> ?`, [before.phase, before.id])) as [{ n: number }];
    if (n === 0) throw new DomainError('CONFLICT', 'caseMasterLastPhase', { phase: before.phase }, { active: { key: 'caseMasterLastPhase', params: { phase: before.phase } } });
  }
  const [{ updated_at }] = (await ctx.manager.query(`SELECT updated_at FROM case_master_items WHERE id = ?`, [input.id])) as [{ updated_at: string }];
  await ctx.manager.query(`UPDATE case_master_items SET name = ?, name_key = ?, sort_order = ?, active = ?, phase = ?, updated_at = ? WHERE id = ?`, [
    input.name,
    key,
    input.sortOrder,
    input.active ? 1 : 0,
    input.phase,
    nextTimestamp(ctx, updated_at),
    input.id,
  ]);
  const [after] = await items('WHERE m.id = ?', [input.id], ctx);
  await ctx.audit.record({ entity: 'case_master_item', entityId: input.id, action: 'update', before, after });
  return after!;
}

/** The first active stage of a phase (sort order): where new cases start, what "close" means by default. */
export async function firstStageOf(phase: StagePhase, ctx: Ctx): Promise<{ id: string; name: string }> {
  const [row] = (await ctx.manager.query(`SELECT id, name FROM case_master_items WHERE list = 'stage' AND phase = ? AND active = 1 ORDER BY sort_order, name_key LIMIT 1`, [phase])) as Array<{ id: string; name: string }>;
  if (!row) throw new DomainError('PRECONDITION', 'caseMasterLastPhase', { phase });
  return row;
}
