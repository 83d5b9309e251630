import type { z } from 'zod';
import type { personListInput, rosterListInput } from '../../../shared/contract/roster';
import { addDays, addMonths, todayIso } from '../../../shared/dates';
import type { AsOfDto, AssignmentDto, FocalPersonDto, Page, PersonDetailDto, RosterPageDto, RosterRowDto } from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { likePattern } from '../agencies/queries';
import { notFound } from '../errors';
import type { ServiceContext } from '../service';
import { findLocalOffice } from '../settings/service';
import { ASSIGNMENT_COLUMNS, ASSIGNMENT_SELECT, assignmentFromRow, PERSON_COLUMNS, personFromRow, type Row } from './rows';

type Ctx = Pick<ServiceContext, 'manager' | 'now'>;
type RosterInput = Omit<z.output<typeof rosterListInput>, 'page' | 'pageSize'> & { page?: number; pageSize?: number };

/** Days after which a rotation no longer counts as "recent". */
export const RECENT_ROTATION_DAYS = 30;

export const officeToday = (ctx: Pick<ServiceContext, 'now'>): string => todayIso(ctx.now());

/** Sort keys; agencies without a focal point sort after those with one. */
const ORDER: Record<RosterInput['sortBy'], string[]> = {
  agency: ['r.a_name_key'],
  person: ['r.p_name_key IS NULL', 'r.p_name_key'],
  lastConfirmed: ['r.confirmed_on IS NULL', 'r.confirmed_on'],
  startDate: ['r.fa_start_date IS NULL', 'r.fa_start_date'],
  group: ['r.g_sort_order', 'r.g_name_key'],
  region: ['r.a_region COLLATE NOCASE'],
};

/**
 * Every agency with the primary focal point serving today and the flags that show where the
 * network has holes. One statement: the primary and backups are joined per agency, the flags
 * computed in SQL, so filtering and counting never load the whole register.
 */
function rosterSql(input: RosterInput, today: string, staleMonths: number): { sql: string; params: unknown[] } {
  const staleBefore = addMonths(today, -staleMonths);
  const recentSince = addDays(today, -RECENT_ROTATION_DAYS);
  const where: string[] = [];
  const params: unknown[] = [today, today, today, today, recentSince, today, staleBefore];
  if (input.groupId) {
    where.push('a.group_id = ?');
    params.push(input.groupId);
  }
  if (input.region) {
    where.push('a.region = ?');
    params.push(input.region);
  }
  const term = nameKey(input.search);
  if (term) {
    const like = likePattern(term);
    where.push(`(a.name_key LIKE ? ESCAPE '\\' OR lower(a.short_name) LIKE ? ESCAPE '\\' OR EXISTS (
      SELECT 1 FROM focal_assignments x JOIN focal_persons xp ON xp.id = x.person_id
       WHERE x.agency_id = a.id AND x.start_date <= ? AND (x.end_date IS NULL OR x.end_date > ?) AND xp.name_key LIKE ? ESCAPE '\\'))`);
    params.push(like, like, today, today, like);
  }
  const sql = `
    WITH cur AS (
      SELECT * FROM focal_assignments
       WHERE role = 'utama' AND start_date <= ? AND (end_date IS NULL OR end_date > ?)
    ), backups AS (
      SELECT agency_id, count(*) AS n FROM focal_assignments
       WHERE role = 'cadangan' AND start_date <= ? AND (end_date IS NULL OR end_date > ?) GROUP BY agency_id
    ), rotated AS (
      SELECT DISTINCT agency_id FROM focal_assignments
       WHERE role = 'utama' AND end_date IS NOT NULL AND end_date > ? AND end_date <= ?
    )
    SELECT a.id AS a_id, a.name AS a_name, a.name_key AS a_name_key, a.short_name AS a_short_name,
           a.region AS a_region, a.active AS a_active, g.id AS g_id, g.name AS g_name,
           g.sort_order AS g_sort_order, g.name_key AS g_name_key,
           ${ASSIGNMENT_COLUMNS}, ${PERSON_COLUMNS}, p.name_key AS p_name_key,
           COALESCE(fa.last_confirmed_on, fa.start_date) AS confirmed_on,
           COALESCE(b.n, 0) AS backup_count,
           (a.active = 1 AND fa.id IS NULL) AS f_no,
           (a.active = 1 AND fa.id IS NOT NULL AND COALESCE(fa.last_confirmed_on, fa.start_date) < ?) AS f_stale,
           (a.active = 1 AND rt.agency_id IS NOT NULL) AS f_rot,
           (a.active = 0) AS f_inactive
      FROM agencies a
      JOIN agency_groups g ON g.id = a.group_id
      LEFT JOIN cur fa ON fa.agency_id = a.id
      LEFT JOIN focal_persons p ON p.id = fa.person_id
      LEFT JOIN backups b ON b.agency_id = a.id
      LEFT JOIN rotated rt ON rt.agency_id = a.id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  return { sql, params };
}

const FLAG_FILTER: Record<RosterInput['flag'], string> = {
  all: 'r.f_inactive = 0',
  ok: 'r.f_inactive = 0 AND r.f_no = 0 AND r.f_stale = 0',
  noFocalPoint: 'r.f_no = 1',
  stale: 'r.f_stale = 1',
  rotatedRecently: 'r.f_rot = 1',
  inactive: 'r.f_inactive = 1',
};

export async function staleAfterMonths(ctx: Pick<ServiceContext, 'manager'>): Promise<number> {
  return (await findLocalOffice(ctx))?.staleAfterMonths ?? 6;
}

/** The roster page; without page/pageSize, every matching row (for printing and export). */
export async function listRoster(input: RosterInput, ctx: Ctx): Promise<RosterPageDto> {
  const today = officeToday(ctx);
  const months = await staleAfterMonths(ctx);
  const base = rosterSql(input, today, months);
  let filter = FLAG_FILTER[input.flag];
  if (input.flag === 'all' && input.includeInactive) filter = '1 = 1';
  const dir = input.sortDir === 'desc' ? 'DESC' : 'ASC';
  const order = ORDER[input.sortBy].map((c) => (c.endsWith('IS NULL') ? c : `${c} ${dir}`)).join(', ');
  const paging = input.page && input.pageSize ? 'LIMIT ? OFFSET ?' : '';
  const pageParams = input.page && input.pageSize ? [input.pageSize, (input.page - 1) * input.pageSize] : [];
  const rows = (await ctx.manager.query(
    `SELECT * FROM (${base.sql}) r WHERE ${filter} ORDER BY ${order}, r.a_name_key ASC, r.a_id ASC ${paging}`,
    [...base.params, ...pageParams],
  )) as Row[];
  const [c] = (await ctx.manager.query(
    `SELECT count(*) AS total_filtered,
            sum(r.f_inactive = 0) AS all_active, sum(r.f_no) AS no, sum(r.f_stale) AS stale,
            sum(r.f_rot) AS rot, sum(r.f_inactive) AS inactive,
            sum(CASE WHEN ${filter} THEN 1 ELSE 0 END) AS matching
       FROM (${base.sql}) r`,
    base.params,
  )) as Array<Record<string, number | null>>;
  return {
    items: rows.map((r) => rosterRow(r, today)),
    total: c?.matching ?? 0,
    page: input.page ?? 1,
    pageSize: input.pageSize ?? rows.length,
    counts: {
      all: c?.all_active ?? 0,
      noFocalPoint: c?.no ?? 0,
      stale: c?.stale ?? 0,
      rotatedRecently: c?.rot ?? 0,
      inactive: c?.inactive ?? 0,
    },
    today,
    staleAfterMonths: months,
  };
}

function rosterRow(r: Row, today: string): RosterRowDto {
  const agencyName = String(r.a_name);
  return {
    agencyId: String(r.a_id),
    agencyName,
    agencyShortName: String(r.a_short_name ?? ''),
    groupId: String(r.g_id),
    groupName: String(r.g_name),
    region: String(r.a_region ?? ''),
    agencyActive: r.a_active === 1,
    primary: r.fa_id ? assignmentFromRow(r, agencyName, today) : null,
    backupCount: Number(r.backup_count ?? 0),
    flags: { noFocalPoint: r.f_no === 1, stale: r.f_stale === 1, rotatedRecently: r.f_rot === 1, inactive: r.f_inactive === 1 },
  };
}

async function assignmentsWhere(where: string, params: unknown[], ctx: Ctx, order = 'fa.start_date DESC, fa.role ASC, fa.created_at DESC'): Promise<AssignmentDto[]> {
  const today = officeToday(ctx);
  const rows = (await ctx.manager.query(`${ASSIGNMENT_SELECT} WHERE ${where} ORDER BY ${order}`, params)) as Row[];
  return rows.map((r) => assignmentFromRow(r, String(r.a_name), today));
}

export async function getAssignment(id: string, ctx: Ctx): Promise<AssignmentDto> {
  const [found] = await assignmentsWhere('fa.id = ?', [id], ctx);
  if (!found) throw notFound();
  return found;
}

/** Every focal point the agency ever had, newest first: the timeline of its detail page. */
export async function agencyHistory(agencyId: string, ctx: Ctx): Promise<AssignmentDto[]> {
  await assertAgencyExists(agencyId, ctx);
  return assignmentsWhere('fa.agency_id = ?', [agencyId], ctx);
}

/** Who was the focal point of the agency on a given date. */
export async function asOf(agencyId: string, date: string, ctx: Ctx): Promise<AsOfDto> {
  await assertAgencyExists(agencyId, ctx);
  const serving = await assignmentsWhere(
    'fa.agency_id = ? AND fa.start_date <= ? AND (fa.end_date IS NULL OR fa.end_date > ?)',
    [agencyId, date, date],
    ctx,
  );
  return { agencyId, date, primary: serving.find((a) => a.role === 'utama') ?? null, backups: serving.filter((a) => a.role === 'cadangan') };
}

async function assertAgencyExists(agencyId: string, ctx: Ctx): Promise<void> {
  const rows = (await ctx.manager.query('SELECT 1 FROM agencies WHERE id = ?', [agencyId])) as unknown[];
  if (rows.length === 0) throw notFound();
}

export async function listPersons(input: z.output<typeof personListInput>, ctx: Ctx): Promise<Page<FocalPersonDto & { activeAssignments: number }>> {
  const today = officeToday(ctx);
  const term = nameKey(input.search);
  const like = likePattern(term);
  const where = term ? `WHERE p.name_key LIKE ? ESCAPE '\\' OR p.nip LIKE ? ESCAPE '\\' OR p.phone LIKE ? ESCAPE '\\' OR p.whatsapp LIKE ? ESCAPE '\\'` : '';
  const params = term ? [like, like, like, like] : [];
  const rows = (await ctx.manager.query(
    `SELECT ${PERSON_COLUMNS},
            (SELECT count(*) FROM focal_assignments x WHERE x.person_id = p.id AND x.start_date <= ? AND (x.end_date IS NULL OR x.end_date > ?)) AS active_n
       FROM focal_persons p ${where} ORDER BY p.name_key, p.id LIMIT ? OFFSET ?`,
    [today, today, ...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as Row[];
  const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM focal_persons p ${where}`, params)) as [{ n: number }];
  return { items: rows.map((r) => ({ ...personFromRow(r), activeAssignments: Number(r.active_n) })), total: n, page: input.page, pageSize: input.pageSize };
}

export async function getPerson(id: string, ctx: Ctx): Promise<PersonDetailDto> {
  const rows = (await ctx.manager.query(`SELECT ${PERSON_COLUMNS} FROM focal_persons p WHERE p.id = ?`, [id])) as Row[];
  if (rows.length === 0) throw notFound();
  return { person: personFromRow(rows[0]!), assignments: await assignmentsWhere('fa.person_id = ?', [id], ctx) };
}
