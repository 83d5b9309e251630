import type { z } from 'zod';
import type { mouListInput } from '../../../shared/contract/mous';
import { todayIso } from '../../../shared/dates';
import { MOU_ALERTS, type MouAgencyDto, type MouAlert, type MouDto, type MouPageDto, type MouSignatoryDto, type MouStatus } from '../../../shared/dto';
import { expiryWarningLimit, mouAlerts } from '../../../shared/mouAlerts';
import { nameKey } from '../../../shared/text';
import { likePattern } from '../agencies/queries';
import { attachmentCountSql } from '../attachments/service';
import { notFound } from '../errors';
import type { ServiceContext } from '../service';

type ListInput = z.output<typeof mouListInput>;

const MOU_SELECT = `m.id, m.office_code, m.title, m.number, m.status, m.planned_date, m.signed_date, m.valid_until,
  m.other_parties, m.signatories_json, m.notes, m.created_at, m.updated_at,
  ${attachmentCountSql('mou', 'm')} AS attachment_count
  FROM mous m`;

interface MouRow {
  id: string;
  office_code: string;
  title: string;
  number: string;
  status: MouStatus;
  planned_date: string | null;
  signed_date: string | null;
  valid_until: string | null;
  other_parties: string;
  signatories_json: string;
  notes: string;
  created_at: string;
  updated_at: string;
  attachment_count: number;
}

export const officeToday = (ctx: Pick<ServiceContext, 'now'>): string => todayIso(ctx.now());

/**
 * The alert rules of shared/mouAlerts.ts as SQL, for filtering and counting in the database.
 * Parameters: today (and the warning limit for expiringSoon).
 */
function alertSql(alert: MouAlert, today: string): { sql: string; params: string[] } {
  switch (alert) {
    case 'plannedOverdue':
      return { sql: `(m.status = 'rencana' AND m.planned_date < ?)`, params: [today] };
    case 'expiringSoon':
      return { sql: `(m.status = 'ditandatangani' AND m.valid_until >= ? AND m.valid_until <= ?)`, params: [today, expiryWarningLimit(today)] };
    case 'expired':
      return { sql: `(m.status = 'ditandatangani' AND m.valid_until < ?)`, params: [today] };
  }
}

export function mouListWhere(input: Omit<ListInput, 'sortBy' | 'sortDir' | 'page' | 'pageSize'>, today: string): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.status !== 'all') {
    clauses.push('m.status = ?');
    params.push(input.status);
  }
  if (input.agencyId) {
    clauses.push('EXISTS (SELECT 1 FROM mou_agencies x WHERE x.mou_id = m.id AND x.agency_id = ?)');
    params.push(input.agencyId);
  }
  if (input.year !== undefined) {
    clauses.push(`substr(coalesce(m.signed_date, m.planned_date), 1, 4) = ?`);
    params.push(String(input.year).padStart(4, '0'));
  }
  if (input.alert !== 'all') {
    const parts = (input.alert === 'any' ? [...MOU_ALERTS] : [input.alert]).map((a) => alertSql(a, today));
    clauses.push(`(${parts.map((p) => p.sql).join(' OR ')})`);
    params.push(...parts.flatMap((p) => p.params));
  }
  const term = nameKey(input.search);
  if (term) {
    const like = likePattern(term);
    clauses.push(`(lower(m.title) LIKE ? ESCAPE '\\' OR lower(m.number) LIKE ? ESCAPE '\\' OR lower(m.other_parties) LIKE ? ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM mou_agencies x JOIN agencies a ON a.id = x.agency_id
                  WHERE x.mou_id = m.id AND (a.name_key LIKE ? ESCAPE '\\' OR lower(a.short_name) LIKE ? ESCAPE '\\')))`);
    params.push(like, like, like, like, like);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const ORDER_BY: Record<ListInput['sortBy'], (dir: string) => string> = {
  date: (dir) => `coalesce(m.signed_date, m.planned_date) IS NULL, coalesce(m.signed_date, m.planned_date) ${dir}`,
  title: (dir) => `lower(m.title) ${dir}`,
  validUntil: (dir) => `m.valid_until IS NULL, m.valid_until ${dir}`,
  updatedAt: (dir) => `m.updated_at ${dir}`,
};

async function partiesOf(ids: string[], ctx: Pick<ServiceContext, 'manager'>): Promise<Map<string, MouAgencyDto[]>> {
  const out = new Map<string, MouAgencyDto[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = (await ctx.manager.query(
    `SELECT x.mou_id, a.id, a.name, a.short_name, a.active FROM mou_agencies x JOIN agencies a ON a.id = x.agency_id
      WHERE x.mou_id IN (${ids.map(() => '?').join(', ')}) ORDER BY x.mou_id, x.sort_order`,
    ids,
  )) as Array<{ mou_id: string; id: string; name: string; short_name: string; active: number }>;
  for (const r of rows) out.get(r.mou_id)?.push({ id: r.id, name: r.name, shortName: r.short_name, active: r.active === 1 });
  return out;
}

function toDto(r: MouRow, agencies: MouAgencyDto[], today: string): MouDto {
  const { alerts, daysToExpiry } = mouAlerts({ status: r.status, plannedDate: r.planned_date, validUntil: r.valid_until }, today);
  return {
    id: r.id,
    officeCode: r.office_code,
    title: r.title,
    number: r.number,
    status: r.status,
    plannedDate: r.planned_date,
    signedDate: r.signed_date,
    validUntil: r.valid_until,
    agencies,
    otherParties: r.other_parties,
    signatories: JSON.parse(r.signatories_json) as MouSignatoryDto[],
    notes: r.notes,
    attachmentCount: r.attachment_count,
    alerts,
    daysToExpiry,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

async function toDtos(rows: MouRow[], ctx: ServiceContext): Promise<MouDto[]> {
  const parties = await partiesOf(rows.map((r) => r.id), ctx);
  const today = officeToday(ctx);
  return rows.map((r) => toDto(r, parties.get(r.id) ?? [], today));
}

export async function getMou(id: string, ctx: ServiceContext): Promise<MouDto> {
  const rows = (await ctx.manager.query(`SELECT ${MOU_SELECT} WHERE m.id = ?`, [id])) as MouRow[];
  if (rows.length === 0) throw notFound();
  return (await toDtos(rows, ctx))[0]!;
}

export async function listMous(input: ListInput, ctx: ServiceContext): Promise<MouPageDto> {
  const today = officeToday(ctx);
  const where = mouListWhere(input, today);
  const dir = input.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = (await ctx.manager.query(
    `SELECT ${MOU_SELECT} ${where.sql} ORDER BY ${ORDER_BY[input.sortBy](dir)}, m.created_at DESC, m.id LIMIT ? OFFSET ?`,
    [...where.params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as MouRow[];
  const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM mous m ${where.sql}`, where.params)) as [{ n: number }];

  const alertParts = MOU_ALERTS.map((a) => alertSql(a, today));
  const [c] = (await ctx.manager.query(
    `SELECT count(*) AS total, ${alertParts.map((p, i) => `coalesce(sum(${p.sql}), 0) AS a${i}`).join(', ')} FROM mous m`,
    alertParts.flatMap((p) => p.params),
  )) as [Record<string, number>];
  const counts = { all: c!.total!, ...Object.fromEntries(MOU_ALERTS.map((a, i) => [a, c![`a${i}`]!])) } as MouPageDto['counts'];
  const years = (
    (await ctx.manager.query(
      `SELECT DISTINCT CAST(substr(coalesce(signed_date, planned_date), 1, 4) AS INTEGER) AS y FROM mous
        WHERE coalesce(signed_date, planned_date) IS NOT NULL ORDER BY y DESC`,
    )) as Array<{ y: number }>
  ).map((r) => r.y);

  return { items: await toDtos(rows, ctx), total: n, page: input.page, pageSize: input.pageSize, counts, years, today };
}
