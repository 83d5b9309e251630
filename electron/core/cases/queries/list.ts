import type { z } from 'zod';
import type { caseListInput } from '../../../../shared/contract/cases';
import type { CaseListItemDto, CasePageDto } from '../../../../shared/dto';
import type { ServiceContext } from '../../service';
import { loadWorkCalendar } from '../calendar/service';
import { reporterNameView } from '../confidentiality';
import { caseSettingsRow } from '../settings';
import { officeToday } from './detail';
import { caseListWhere, ORDER_BY, type CaseFilters, type DueBounds } from './listWhere';
import { CASE_REF_COLUMNS, CASE_REF_JOINS, maladministrationOf, rowRefs, type RefRow } from './refs';

type Ctx = Pick<ServiceContext, 'manager' | 'now' | 'request'>;

export async function dueBounds(ctx: Ctx): Promise<DueBounds> {
  const today = officeToday(ctx);
  const days = (await caseSettingsRow(ctx)).dueSoonWorkingDays;
  return { today, dueSoonLimit: (await loadWorkCalendar(ctx)).addDays(today, days)! };
}

/** Rows of a page (or, without paging, every match: exports), joined to their names only for the rows returned. */
export async function caseRows(input: CaseFilters, bounds: DueBounds, ctx: Ctx, paging?: { limit: number; offset: number }): Promise<CaseListItemDto[]> {
  const where = caseListWhere(input, bounds, ctx);
  const dir = input.sortDir === 'asc' ? 'ASC' : 'DESC';
  const order = ORDER_BY[input.sortBy](dir, input.due !== 'all');
  const page = paging ? 'LIMIT ? OFFSET ?' : '';
  // The page is chosen on `cases` alone (its indexes), then joined for names.
  const rows = (await ctx.manager.query(
    `WITH page AS (SELECT c.id, c.rowid AS rid FROM cases c ${where.sql} ORDER BY ${order} ${page})
     SELECT c.id, c.register_number, c.simpel_number, c.received_on, c.agency_unit, c.assigned_staff, c.confidential, c.summary,
            c.forwarded_on, c.next_due_on, c.closed_on, c.updated_at, nr.name AS next_rule_name, r.name AS reporter_name, ${CASE_REF_COLUMNS}
       FROM page JOIN cases c ON c.rowid = page.rid ${CASE_REF_JOINS}
       LEFT JOIN deadline_rules nr ON nr.id = c.next_due_rule_id
       LEFT JOIN case_reporters r ON r.case_id = c.id
      ORDER BY ${order}`,
    [...where.params, ...(paging ? [paging.limit, paging.offset] : [])],
  )) as RefRow[];
  const mal = await maladministrationOf(
    rows.map((r) => String(r.id)),
    (sql, p) => ctx.manager.query(sql, p),
  );
  return rows.map((r) => {
    const next = (r.next_due_on as string | null) ?? null;
    const confidential = r.confidential === 1;
    return {
      id: String(r.id),
      registerNumber: String(r.register_number),
      simpelNumber: String(r.simpel_number),
      receivedOn: String(r.received_on),
      ...rowRefs(r),
      agencyUnit: String(r.agency_unit),
      maladministrationNames: mal.get(String(r.id))?.names ?? [],
      assignedStaff: String(r.assigned_staff),
      confidential,
      reporterName: reporterNameView((r.reporter_name as string | null) ?? null, confidential, ctx),
      summary: String(r.summary).slice(0, 240),
      forwardedOn: (r.forwarded_on as string | null) ?? null,
      nextDueOn: next,
      nextDueRuleName: (r.next_rule_name as string | null) ?? null,
      overdue: next !== null && next < bounds.today,
      dueSoon: next !== null && next >= bounds.today && next <= bounds.dueSoonLimit,
      closedOn: (r.closed_on as string | null) ?? null,
      updatedAt: String(r.updated_at),
    };
  });
}

export async function listCases(input: z.output<typeof caseListInput>, ctx: Ctx): Promise<CasePageDto> {
  const bounds = await dueBounds(ctx);
  const items = await caseRows(input, bounds, ctx, { limit: input.pageSize, offset: (input.page - 1) * input.pageSize });
  const where = caseListWhere(input, bounds, ctx);
  const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM cases c ${where.sql}`, where.params)) as [{ n: number }];
  return { items, total: n, page: input.page, pageSize: input.pageSize, today: bounds.today, counts: await caseCounts(bounds, ctx) };
}

/** Badge counts over the whole register: each one an index range (partial indexes), never a scan of cases. */
export async function caseCounts(bounds: DueBounds, ctx: Pick<ServiceContext, 'manager'>): Promise<CasePageDto['counts']> {
  const [c] = (await ctx.manager.query(
    `SELECT (SELECT count(*) FROM cases WHERE closed_on IS NULL) AS open,
            (SELECT count(*) FROM cases WHERE next_due_on IS NOT NULL AND next_due_on < ?) AS overdue,
            (SELECT count(*) FROM cases WHERE next_due_on >= ? AND next_due_on <= ?) AS due_soon`,
    [bounds.today, bounds.today, bounds.dueSoonLimit],
  )) as [{ open: number; overdue: number; due_soon: number }];
  return { open: c.open, overdue: c.overdue, dueSoon: c.due_soon };
}

export async function staffNames(ctx: Pick<ServiceContext, 'manager'>): Promise<string[]> {
  const rows = (await ctx.manager.query(`SELECT DISTINCT assigned_staff AS s FROM cases WHERE assigned_staff <> '' ORDER BY assigned_staff COLLATE NOCASE`)) as Array<{ s: string }>;
  return rows.map((r) => r.s);
}
