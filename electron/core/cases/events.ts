import type { z } from 'zod';
import type { caseEventAddInput, caseEventCancelInput, caseEventUpdateInput } from '../../../shared/contract/cases';
import type { CaseEventDto } from '../../../shared/dto';
import { formatDateId } from '../../../shared/dates';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import { asOf } from '../roster/queries';
import type { ServiceContext } from '../service';
import { assertCaseDate, loadCaseHead, nextEventSeq } from './caseRules';
import { refreshCaseDue } from './deadlines/refresh';
import { takeNumber, voidNumber } from './numbering';
import { caseEvent } from './queries/detail';

interface EventRow {
  id: string;
  case_id: string;
  kind: string;
  occurred_on: string;
  seq: number;
  register_number_id: string | null;
  cancelled: number;
  updated_at: string;
}

async function touchCase(caseId: string, ctx: ServiceContext): Promise<void> {
  const [{ updated_at }] = (await ctx.manager.query(`SELECT updated_at FROM cases WHERE id = ?`, [caseId])) as [{ updated_at: string }];
  await ctx.manager.query(`UPDATE cases SET updated_at = ? WHERE id = ?`, [nextTimestamp(ctx, updated_at), caseId]);
}

/** A dated timeline entry added by hand; a letter sent gets a number from the letter register unless it has one. */
export async function addCaseEvent(input: z.output<typeof caseEventAddInput>, ctx: ServiceContext): Promise<CaseEventDto> {
  const head = await loadCaseHead(input.caseId, ctx);
  assertCaseDate(input.occurredOn, head.received_on, 'occurredOn', ctx);
  const isLetter = input.kind === 'letter_sent';
  if (isLetter && input.letterKind === null) throw new DomainError('VALIDATION', 'caseLetterKindRequired', {}, { letterKind: { key: 'caseLetterKindRequired' } });
  if (!isLetter && (input.letterKind !== null || input.letterNumber !== '')) {
    throw new DomainError('VALIDATION', 'caseLetterFieldsOnlyForLetters', {}, { [input.letterKind !== null ? 'letterKind' : 'letterNumber']: { key: 'caseLetterFieldsOnlyForLetters' } });
  }
  const id = uuidv7();
  let letterNumber = input.letterNumber;
  let numberId: string | null = null;
  if (isLetter && letterNumber === '') {
    const taken = await takeNumber('letter', input.occurredOn, { entity: 'case_event', entityId: id }, ctx);
    letterNumber = taken.number;
    numberId = taken.id;
  }
  await insertEvent({ id, caseId: input.caseId, officeCode: head.office_code, kind: input.kind, occurredOn: input.occurredOn, title: input.title, details: input.details, letterKind: isLetter ? input.letterKind : null, letterNumber, numberId, documentId: null }, ctx);
  await touchCase(input.caseId, ctx);
  await refreshCaseDue(input.caseId, ctx);
  const dto = await caseEvent(id, ctx);
  await ctx.audit.record({ entity: 'case_event', entityId: id, action: 'create', before: null, after: dto });
  return dto;
}

export interface NewEvent {
  id: string;
  caseId: string;
  officeCode: string;
  kind: string;
  occurredOn: string;
  title: string;
  details: string;
  letterKind: string | null;
  letterNumber: string;
  numberId: string | null;
  documentId: string | null;
  replyDays?: number | null;
}

export async function insertEvent(e: NewEvent, ctx: ServiceContext): Promise<void> {
  const now = ctx.now().toISOString();
  await ctx.manager.query(
    `INSERT INTO case_events (id, office_code, case_id, kind, occurred_on, seq, title, details, letter_kind, letter_number, register_number_id, reply_days, document_id, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [e.id, e.officeCode, e.caseId, e.kind, e.occurredOn, await nextEventSeq(e.caseId, ctx), e.title, e.details, e.letterKind, e.letterNumber, e.numberId, e.replyDays ?? null, e.documentId, ctx.request.actor.name, now, now],
  );
}

async function loadEvent(id: string, ctx: ServiceContext, expectedUpdatedAt?: string): Promise<EventRow> {
  const [row] = (await ctx.manager.query(`SELECT id, case_id, kind, occurred_on, seq, register_number_id, cancelled, updated_at FROM case_events WHERE id = ?`, [id])) as EventRow[];
  if (!row) throw notFound();
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== row.updated_at) throw staleRecord();
  return row;
}

/** A stage change may move only between its neighbours (and the first one only with the received date). */
async function assertStageDate(row: EventRow, date: string, ctx: ServiceContext): Promise<void> {
  const stages = (await ctx.manager.query(`SELECT id, occurred_on, seq FROM case_events WHERE case_id = ? AND kind = 'stage_change' ORDER BY occurred_on, seq`, [row.case_id])) as EventRow[];
  const i = stages.findIndex((s) => s.id === row.id);
  const from = i > 0 ? stages[i - 1]!.occurred_on : row.occurred_on;
  const to = i < stages.length - 1 ? stages[i + 1]!.occurred_on : '9999-12-31';
  if (date < from || date > to) {
    const params = { from: formatDateId(from), to: to === '9999-12-31' ? 'hari ini' : formatDateId(to) };
    throw new DomainError('VALIDATION', 'caseEventDateOrder', params, { occurredOn: { key: 'caseEventDateOrder', params } });
  }
}

/** Corrects an entry's date and words; deadlines are recomputed from the corrected history. */
export async function updateCaseEvent(input: z.output<typeof caseEventUpdateInput>, ctx: ServiceContext): Promise<CaseEventDto> {
  const row = await loadEvent(input.id, ctx, input.expectedUpdatedAt);
  if (row.cancelled === 1) throw new DomainError('CONFLICT', 'caseEventCancelled');
  const head = await loadCaseHead(row.case_id, ctx);
  assertCaseDate(input.occurredOn, head.received_on, 'occurredOn', ctx);
  if (row.kind === 'stage_change' && input.occurredOn !== row.occurred_on) await assertStageDate(row, input.occurredOn, ctx);
  const before = await caseEvent(input.id, ctx);
  await ctx.manager.query(`UPDATE case_events SET occurred_on = ?, title = ?, details = ?, updated_at = ? WHERE id = ?`, [
    input.occurredOn,
    input.title,
    input.details,
    nextTimestamp(ctx, row.updated_at),
    input.id,
  ]);
  // The case's own dates follow their entries: closing date, forwarding date (and its focal point as of the new date).
  if (row.kind === 'stage_change' && head.closed_on !== null) {
    const [last] = (await ctx.manager.query(`SELECT id FROM case_events WHERE case_id = ? AND kind = 'stage_change' ORDER BY occurred_on DESC, seq DESC LIMIT 1`, [row.case_id])) as Array<{ id: string }>;
    if (last?.id === row.id) await ctx.manager.query(`UPDATE cases SET closed_on = ? WHERE id = ?`, [input.occurredOn, row.case_id]);
  }
  if (row.kind === 'forwarded' && input.occurredOn !== row.occurred_on) {
    const { primary } = await asOf(head.agency_id, input.occurredOn, ctx);
    await ctx.manager.query(`UPDATE cases SET forwarded_on = ?, focal_assignment_id = ? WHERE id = ?`, [input.occurredOn, primary?.id ?? null, row.case_id]);
  }
  await touchCase(row.case_id, ctx);
  await refreshCaseDue(row.case_id, ctx);
  const after = await caseEvent(input.id, ctx);
  await ctx.audit.record({ entity: 'case_event', entityId: input.id, action: 'update', before, after });
  return after;
}

/** An entry made by mistake stays, marked cancelled with the reason; a letter's number is voided with it. */
export async function cancelCaseEvent(input: z.output<typeof caseEventCancelInput>, ctx: ServiceContext): Promise<CaseEventDto> {
  const row = await loadEvent(input.id, ctx, input.expectedUpdatedAt);
  if (row.kind === 'stage_change') throw new DomainError('CONFLICT', 'caseStageEventFixed');
  if (row.cancelled === 1) throw new DomainError('CONFLICT', 'caseEventCancelled');
  const before = await caseEvent(input.id, ctx);
  await ctx.manager.query(`UPDATE case_events SET cancelled = 1, cancel_reason = ?, updated_at = ? WHERE id = ?`, [input.reason, nextTimestamp(ctx, row.updated_at), input.id]);
  if (row.register_number_id) await voidNumber({ id: row.register_number_id, reason: `Catatan surat dibatalkan: ${input.reason}` }, ctx, true);
  if (row.kind === 'forwarded') await ctx.manager.query(`UPDATE cases SET forwarded_on = NULL, focal_assignment_id = NULL WHERE id = ?`, [row.case_id]);
  await touchCase(row.case_id, ctx);
  await refreshCaseDue(row.case_id, ctx);
  const after = await caseEvent(input.id, ctx);
  await ctx.audit.record({ entity: 'case_event', entityId: input.id, action: 'cancel', before, after });
  return after;
}
