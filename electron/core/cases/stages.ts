import type { z } from 'zod';
import type { caseForwardInput, caseStageChangeInput } from '../../../shared/contract/cases';
import type { CaseDetailDto } from '../../../shared/dto';
import { formatDateId } from '../../../shared/dates';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError } from '../errors';
import { asOf } from '../roster/queries';
import type { ServiceContext } from '../service';
import { assertCaseDate, auditView, loadCaseHead, nextEventSeq } from './caseRules';
import { refreshCaseDue } from './deadlines/refresh';
import { assertMasterItem } from './masterData';
import { getCase } from './queries/detail';

/**
 * Forwards the case to the reported agency: the primary focal point serving the agency on
 * that day is stamped on the case (kept when officials rotate later), with a timeline entry.
 * With a stageId the case also moves to that stage on the same date (a stage change of its
 * own on the timeline and in the audit trail), all in the one transaction.
 */
export async function forwardCase(input: z.output<typeof caseForwardInput>, ctx: ServiceContext): Promise<CaseDetailDto> {
  const head = await loadCaseHead(input.caseId, ctx);
  if (head.forwarded_on) throw new DomainError('CONFLICT', 'caseAlreadyForwarded', { date: formatDateId(head.forwarded_on) });
  assertCaseDate(input.date, head.received_on, 'date', ctx);
  if (input.stageId !== null) {
    const target = await assertMasterItem('stage', input.stageId, 'stageId', ctx);
    if (target.phase === 'closed') throw new DomainError('VALIDATION', 'caseForwardCannotClose', {}, { stageId: { key: 'caseForwardCannotClose' } });
  }
  const before = await getCase(input.caseId, ctx);
  await stampForwarding(input.caseId, head.agency_id, input.date, input.note, ctx);
  const after = await getCase(input.caseId, ctx);
  await ctx.audit.record({ entity: 'case', entityId: input.caseId, action: 'forward', before: await auditView(before, ctx), after: await auditView(after, ctx) });
  if (input.stageId === null) return after;
  const { updated_at } = await loadCaseHead(input.caseId, ctx);
  return changeStage({ caseId: input.caseId, expectedUpdatedAt: updated_at, stageId: input.stageId, date: input.date, note: '', outcomeId: null, closureReason: '' }, ctx);
}

/** The stamp and its timeline entry (also used when a clarification letter forwards a case). */
export async function stampForwarding(caseId: string, agencyId: string, date: string, note: string, ctx: ServiceContext): Promise<void> {
  const { primary } = await asOf(agencyId, date, ctx);
  const [{ name, updated_at, office_code }] = (await ctx.manager.query(
    `SELECT a.name, c.updated_at, c.office_code FROM cases c JOIN agencies a ON a.id = c.agency_id WHERE c.id = ?`,
    [caseId],
  )) as [{ name: string; updated_at: string; office_code: string }];
  await ctx.manager.query(`UPDATE cases SET forwarded_on = ?, focal_assignment_id = ?, updated_at = ? WHERE id = ?`, [date, primary?.id ?? null, nextTimestamp(ctx, updated_at), caseId]);
  const via = primary ? `melalui narahubung ${primary.person.name}${primary.person.position ? ` (${primary.person.position})` : ''}` : 'tanpa narahubung (instansi belum memiliki narahubung utama pada tanggal ini)';
  const now = ctx.now().toISOString();
  await ctx.manager.query(
    `INSERT INTO case_events (id, office_code, case_id, kind, occurred_on, seq, title, details, created_by, created_at, updated_at) VALUES (?, ?, ?, 'forwarded', ?, ?, ?, ?, ?, ?, ?)`,
    [uuidv7(), office_code, caseId, date, await nextEventSeq(caseId, ctx), `Diteruskan ke ${name}`.slice(0, 200), [via, note].filter(Boolean).join('\n'), ctx.request.actor.name, now, now],
  );
}

/**
 * Moves the case to another stage on a date. Closing (a stage of phase "closed") needs the
 * outcome and the reason; reopening a closed case clears them. Stage changes keep their order.
 */
export async function changeStage(input: z.output<typeof caseStageChangeInput>, ctx: ServiceContext): Promise<CaseDetailDto> {
  const head = await loadCaseHead(input.caseId, ctx, input.expectedUpdatedAt);
  const target = await assertMasterItem('stage', input.stageId, 'stageId', ctx);
  if (target.id === head.stage_id) throw new DomainError('VALIDATION', 'caseSameStage', {}, { stageId: { key: 'caseSameStage' } });
  assertCaseDate(input.date, head.received_on, 'date', ctx);
  const [{ last }] = (await ctx.manager.query(`SELECT max(occurred_on) AS last FROM case_events WHERE case_id = ? AND kind = 'stage_change'`, [input.caseId])) as [{ last: string }];
  if (input.date < last) throw new DomainError('VALIDATION', 'caseStageDateOrder', { date: last }, { date: { key: 'caseStageDateOrder', params: { date: formatDateId(last) } } });

  const closing = target.phase === 'closed';
  const fields: Record<string, { key: 'caseCloseNeedsOutcome' | 'caseCloseNeedsReason' | 'caseOutcomeOnlyOnClose' }> = {};
  if (closing && input.outcomeId === null) fields.outcomeId = { key: 'caseCloseNeedsOutcome' };
  if (closing && input.closureReason === '') fields.closureReason = { key: 'caseCloseNeedsReason' };
  if (!closing && input.outcomeId !== null) fields.outcomeId = { key: 'caseOutcomeOnlyOnClose' };
  if (Object.keys(fields).length > 0) throw new DomainError('VALIDATION', Object.values(fields)[0]!.key, {}, fields);
  if (closing) await assertMasterItem('outcome', input.outcomeId!, 'outcomeId', ctx);

  const before = await getCase(input.caseId, ctx);
  const now = ctx.now().toISOString();
  await ctx.manager.query(
    `INSERT INTO case_events (id, office_code, case_id, kind, occurred_on, seq, title, details, stage_from_id, stage_to_id, outcome_id, created_by, created_at, updated_at)
     VALUES (?, ?, ?, 'stage_change', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      uuidv7(), head.office_code, input.caseId, input.date, await nextEventSeq(input.caseId, ctx),
      `${closing ? 'Laporan ditutup' : 'Tahap'}: ${target.name}`.slice(0, 200),
      [input.note, closing ? `Alasan penutupan: ${input.closureReason}` : ''].filter(Boolean).join('\n'),
      head.stage_id, target.id, closing ? input.outcomeId : null, ctx.request.actor.name, now, now,
    ],
  );
  await ctx.manager.query(
    `UPDATE cases SET stage_id = ?, outcome_id = ?, closed_on = ?, closure_reason = ?, next_due_on = NULL, next_due_rule_id = NULL, agency_due_on = NULL, updated_at = ? WHERE id = ?`,
    [target.id, closing ? input.outcomeId : null, closing ? input.date : null, closing ? input.closureReason : '', nextTimestamp(ctx, head.updated_at), input.caseId],
  );
  await refreshCaseDue(input.caseId, ctx);
  const after = await getCase(input.caseId, ctx);
  await ctx.audit.record({ entity: 'case', entityId: input.caseId, action: closing ? 'close' : 'changeStage', before: await auditView(before, ctx), after: await auditView(after, ctx) });
  return after;
}
