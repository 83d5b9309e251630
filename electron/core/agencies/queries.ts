import type { z } from 'zod';
import type { agencyListInput } from '../../../shared/contract/agencies';
import type { AgencyDto, AgencyOptionDto, Page } from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { notFound } from '../errors';
import type { ServiceContext } from '../service';
import { AGENCY_SELECT, agencyRowToDto, type AgencyRow } from './dto';

type ListInput = z.output<typeof agencyListInput>;

const ORDER_BY: Record<ListInput['sortBy'], string> = {
  name: 'a.name_key',
  group: 'g.sort_order, g.name_key',
  region: 'a.region COLLATE NOCASE',
  updatedAt: 'a.updated_at',
};

/** Escapes LIKE wildcards so a search for "50%" or "a_b" means those characters. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function agencyListWhere(input: Pick<ListInput, 'search' | 'groupId' | 'region' | 'status'>): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.status !== 'all') {
    clauses.push('a.active = ?');
    params.push(input.status === 'active' ? 1 : 0);
  }
  if (input.groupId) {
    clauses.push('a.group_id = ?');
    params.push(input.groupId);
  }
  if (input.region !== undefined && input.region !== '') {
    clauses.push('a.region = ?');
    params.push(input.region);
  }
  const term = nameKey(input.search);
  if (term) {
    const like = likePattern(term);
    clauses.push(`(a.name_key LIKE ? ESCAPE '\\' OR lower(a.short_name) LIKE ? ESCAPE '\\' OR lower(a.region) LIKE ? ESCAPE '\\' OR lower(a.head_name) LIKE ? ESCAPE '\\')`);
    params.push(like, like, like, like);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export async function listAgencies(input: ListInput, ctx: ServiceContext): Promise<Page<AgencyDto>> {
  const where = agencyListWhere(input);
  const dir = input.sortDir === 'desc' ? 'DESC' : 'ASC';
  const order = ORDER_BY[input.sortBy]
    .split(',')
    .map((c) => `${c.trim()} ${dir}`)
    .join(', ');
  const offset = (input.page - 1) * input.pageSize;
  const rows = (await ctx.manager.query(
    `SELECT ${AGENCY_SELECT} ${where.sql} ORDER BY ${order}, a.name_key ASC, a.id ASC LIMIT ? OFFSET ?`,
    [...where.params, input.pageSize, offset],
  )) as AgencyRow[];
  const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM agencies a ${where.sql}`, where.params)) as [{ n: number }];
  return { items: rows.map(agencyRowToDto), total: n, page: input.page, pageSize: input.pageSize };
}

export async function getAgency(id: string, ctx: Pick<ServiceContext, 'manager'>): Promise<AgencyDto> {
  const rows = (await ctx.manager.query(`SELECT ${AGENCY_SELECT} WHERE a.id = ?`, [id])) as AgencyRow[];
  if (rows.length === 0) throw notFound();
  return agencyRowToDto(rows[0]!);
}

/** Every agency as a choice for pickers, by name; a few columns only, so thousands stay cheap. */
export async function listAgencyOptions(ctx: Pick<ServiceContext, 'manager'>): Promise<AgencyOptionDto[]> {
  const rows = (await ctx.manager.query(
    `SELECT a.id, a.name, a.short_name, a.group_id, g.name AS group_name, a.region, a.active
       FROM agencies a JOIN agency_groups g ON g.id = a.group_id
      ORDER BY a.name_key, a.id`,
  )) as Array<{ id: string; name: string; short_name: string; group_id: string; group_name: string; region: string; active: number }>;
  return rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, groupId: r.group_id, groupName: r.group_name, region: r.region, active: r.active === 1 }));
}

/** Distinct kabupaten/kota names in use, for filters and suggestions. */
export async function listRegions(ctx: ServiceContext): Promise<string[]> {
  const rows = (await ctx.manager.query(
    `SELECT DISTINCT region FROM agencies WHERE region <> '' ORDER BY region COLLATE NOCASE`,
  )) as Array<{ region: string }>;
  return rows.map((r) => r.region);
}
