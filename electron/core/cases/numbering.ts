/**
 * The numbering register: case register numbers and letter numbers, each a running number
 * per series and year, formatted with the office's pattern. A number is taken inside the
 * request's transaction as max(seq) + 1 of its series and year: requests run one at a time
 * (serialQueue) on one connection, and UNIQUE (series, year, seq) makes a clash impossible
 * even so. Numbers are never deleted or renumbered (triggers refuse it); one that will not be
 * used is voided with its reason, which is how every gap in a series is explained.
 */
import type { z } from 'zod';
import type { numberListInput, numberReserveInput } from '../../../shared/contract/caseSetup';
import type { NumberSeries, NumberState, RegisterNumberDto, RegisterNumberPageDto } from '../../../shared/dto';
import { formatLetterNumber } from '../../../shared/letterNumber';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound } from '../errors';
import type { ServiceContext } from '../service';
import { findLocalOffice, requireOfficeCode } from '../settings/service';
import { caseSettingsRow } from './settings';

interface NumberRow {
  id: string;
  series: NumberSeries;
  year: number;
  seq: number;
  number: string;
  state: NumberState;
  number_date: string;
  entity: string | null;
  entity_id: string | null;
  reason: string;
  created_at: string;
  updated_at: string;
}

const toDto = (r: NumberRow): RegisterNumberDto => ({
  id: r.id,
  series: r.series,
  year: r.year,
  seq: r.seq,
  number: r.number,
  state: r.state,
  numberDate: r.number_date,
  entity: r.entity,
  entityId: r.entity_id,
  reason: r.reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

async function patternOf(series: NumberSeries, ctx: ServiceContext): Promise<string> {
  if (series === 'case') return (await caseSettingsRow(ctx)).registerNumberPattern;
  const office = await findLocalOffice(ctx);
  if (!office) throw new DomainError('PRECONDITION', 'officeNotConfigured');
  return office.letterNumberPattern;
}

async function getNumber(id: string, ctx: ServiceContext): Promise<NumberRow> {
  const [row] = (await ctx.manager.query(`SELECT * FROM register_numbers WHERE id = ?`, [id])) as NumberRow[];
  if (!row) throw notFound();
  return row;
}

async function insertNext(series: NumberSeries, date: string, state: NumberState, holder: { entity: string; entityId: string } | null, reason: string, ctx: ServiceContext): Promise<NumberRow> {
  const officeCode = await requireOfficeCode(ctx);
  const year = Number(date.slice(0, 4));
  const [{ next }] = (await ctx.manager.query(
    `SELECT coalesce(max(seq), 0) + 1 AS next FROM register_numbers WHERE office_code = ? AND series = ? AND year = ?`,
    [officeCode, series, year],
  )) as [{ next: number }];
  const number = formatLetterNumber(await patternOf(series, ctx), next, date);
  const now = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.manager.query(
    `INSERT INTO register_numbers (id, office_code, series, year, seq, number, state, number_date, entity, entity_id, reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, officeCode, series, year, next, number, state, date, holder?.entity ?? null, holder?.entityId ?? null, reason, now, now],
  );
  return getNumber(id, ctx);
}

/**
 * Takes a number for a record: the reserved one named (same series and year, still reserved)
 * or the next one. The audit entry is the holder's.
 */
export async function takeNumber(
  series: NumberSeries,
  date: string,
  holder: { entity: string; entityId: string },
  ctx: ServiceContext,
  reservedId?: string,
  field = 'reservedNumberId',
): Promise<RegisterNumberDto> {
  if (!reservedId) return toDto(await insertNext(series, date, 'used', holder, '', ctx));
  const [row] = (await ctx.manager.query(`SELECT * FROM register_numbers WHERE id = ?`, [reservedId])) as NumberRow[];
  if (!row || row.state !== 'reserved' || row.series !== series || row.year !== Number(date.slice(0, 4))) {
    throw new DomainError('VALIDATION', 'numberReservedUnusable', {}, { [field]: { key: 'numberReservedUnusable' } });
  }
  await ctx.manager.query(`UPDATE register_numbers SET state = 'used', entity = ?, entity_id = ?, updated_at = ? WHERE id = ?`, [
    holder.entity,
    holder.entityId,
    nextTimestamp(ctx, row.updated_at),
    row.id,
  ]);
  return toDto(await getNumber(row.id, ctx));
}

export async function reserveNumber(input: z.output<typeof numberReserveInput>, ctx: ServiceContext): Promise<RegisterNumberDto> {
  const row = toDto(await insertNext(input.series, input.date, 'reserved', null, input.reason, ctx));
  await ctx.audit.record({ entity: 'register_number', entityId: row.id, action: 'reserve', before: null, after: row });
  return row;
}

/**
 * Voids a number: a reserved one, or a used one whose holder no longer needs it (a letter
 * entry that was cancelled). A case's register number stays with the case.
 */
export async function voidNumber(input: { id: string; reason: string }, ctx: ServiceContext, internal = false): Promise<RegisterNumberDto> {
  const row = await getNumber(input.id, ctx);
  if (row.state === 'voided') throw new DomainError('CONFLICT', 'numberAlreadyVoided');
  if (row.state === 'used' && !internal) throw new DomainError('CONFLICT', 'numberVoidUsed');
  await ctx.manager.query(`UPDATE register_numbers SET state = 'voided', reason = ?, updated_at = ? WHERE id = ?`, [input.reason, nextTimestamp(ctx, row.updated_at), row.id]);
  const after = toDto(await getNumber(row.id, ctx));
  await ctx.audit.record({ entity: 'register_number', entityId: row.id, action: 'void', before: toDto(row), after });
  return after;
}

export async function listNumbers(input: z.output<typeof numberListInput>, ctx: ServiceContext): Promise<RegisterNumberPageDto> {
  const where = `WHERE series = ? AND year = ?${input.state === 'all' ? '' : ' AND state = ?'}`;
  const params: unknown[] = input.state === 'all' ? [input.series, input.year] : [input.series, input.year, input.state];
  const rows = (await ctx.manager.query(`SELECT * FROM register_numbers ${where} ORDER BY seq LIMIT ? OFFSET ?`, [
    ...params,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  ])) as NumberRow[];
  const counts = (await ctx.manager.query(`SELECT state, count(*) AS n FROM register_numbers WHERE series = ? AND year = ? GROUP BY state`, [input.series, input.year])) as Array<{ state: NumberState; n: number }>;
  const c: Record<NumberState, number> = { reserved: 0, used: 0, voided: 0 };
  for (const r of counts) c[r.state] = r.n;
  const total = input.state === 'all' ? c.reserved + c.used + c.voided : c[input.state];
  return { items: rows.map(toDto), total, page: input.page, pageSize: input.pageSize, counts: c };
}
