import type { z } from 'zod';
import { normalizeCode } from '../../../shared/commitmentCode';
import { canMove, COMMITMENT_STATUS_LABELS, isSigned } from '../../../shared/commitmentFlow';
import type { commitmentMoveInput, commitmentUpdateInput } from '../../../shared/contract/actionPlans';
import { formatDateId, todayIso } from '../../../shared/dates';
import type { CodeMatchDto, CommitmentDto } from '../../../shared/dto';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import type { ServiceContext } from '../service';
import { ActionPlanEntity, CommitmentEntity, type Commitment } from './entities';
import { getCommitment } from './queries';

async function loadForChange(id: string, expectedUpdatedAt: string | undefined, ctx: ServiceContext): Promise<Commitment> {
  const row = await ctx.manager.findOne(CommitmentEntity, { where: { id } });
  if (!row) throw notFound();
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== row.updatedAt) throw staleRecord();
  return row;
}

/** The plan's updated_at moves with its commitments, so the board and open forms refresh. */
export async function touchPlan(planId: string, ctx: ServiceContext): Promise<void> {
  const plan = await ctx.manager.findOne(ActionPlanEntity, { where: { id: planId } });
  if (plan) await ctx.manager.update(ActionPlanEntity, { id: planId }, { updatedAt: nextTimestamp(ctx, plan.updatedAt) });
}

/** The signatory (from the agency's head by default) and notes; the signatory is settled once signed. */
export async function updateCommitment(input: z.output<typeof commitmentUpdateInput>, ctx: ServiceContext): Promise<CommitmentDto> {
  const row = await loadForChange(input.id, input.expectedUpdatedAt, ctx);
  const signatory = { signatoryName: input.signatoryName, signatoryPosition: input.signatoryPosition, signatoryNip: input.signatoryNip };
  const changed = row.signatoryName !== signatory.signatoryName || row.signatoryPosition !== signatory.signatoryPosition || row.signatoryNip !== signatory.signatoryNip;
  if (changed && isSigned(row.status)) throw new DomainError('CONFLICT', 'commitmentSignedLocked', {}, { signatoryName: { key: 'commitmentSignedLocked' } });
  const change = { ...signatory, notes: input.notes, updatedAt: nextTimestamp(ctx, row.updatedAt) };
  await ctx.manager.update(CommitmentEntity, { id: row.id }, change);
  await ctx.audit.record({ entity: 'commitment', entityId: row.id, action: 'update', before: row, after: { ...row, ...change } });
  return (await getCommitment(row.id, ctx)).dto;
}

const dateError = (key: 'dateInFuture' | 'commitmentDateOrder', params: Record<string, string> = {}) =>
  new DomainError('VALIDATION', key, params, { date: { key, params } });

/** A hand-made move of the status flow (shared/commitmentFlow.ts), with the day it happened. */
export async function moveCommitment(input: z.output<typeof commitmentMoveInput>, ctx: ServiceContext): Promise<CommitmentDto> {
  const row = await loadForChange(input.id, input.expectedUpdatedAt, ctx);
  const to = input.to;
  if (row.status === to) throw new DomainError('CONFLICT', 'alreadyInState');
  if (!canMove(row.status, to)) {
    throw new DomainError('CONFLICT', 'commitmentMove', { from: COMMITMENT_STATUS_LABELS[row.status], to: COMMITMENT_STATUS_LABELS[to] }, { to: { key: 'commitmentMove', params: { from: COMMITMENT_STATUS_LABELS[row.status], to: COMMITMENT_STATUS_LABELS[to] } } });
  }
  const today = todayIso(ctx.now());
  const date = input.date ?? today;
  if (date > today) throw dateError('dateInFuture');
  const after: Commitment = { ...row, updatedAt: nextTimestamp(ctx, row.updatedAt) };
  if (to === 'ditandatangani' && row.status === 'dicetak') {
    const current = await getCommitment(row.id, ctx);
    // The signed paper must say what the record says: an outdated print is printed again first.
    if (current.dto.reprintNeeded) throw new DomainError('CONFLICT', 'commitmentReprintFirst', { code: current.dto.printedCode ?? '' });
    if (row.printedOn && date < row.printedOn) throw dateError('commitmentDateOrder', { date: formatDateId(row.printedOn) });
    after.signedOn = date;
  } else if (to === 'diarsipkan') {
    const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM attachment_links WHERE entity = 'commitment' AND entity_id = ?`, [row.id])) as [{ n: number }];
    if (n === 0) throw new DomainError('PRECONDITION', 'commitmentNeedsScan');
    if (row.signedOn && date < row.signedOn) throw dateError('commitmentDateOrder', { date: formatDateId(row.signedOn) });
    after.archivedOn = date;
  } else if (to === 'menolak') {
    after.declinedOn = date;
    after.declineReason = input.reason;
  } else if (to === 'draft') {
    after.declinedOn = null;
    after.declineReason = '';
  } else if (to === 'dicetak') {
    after.signedOn = null; // a signature recorded on the wrong agency is withdrawn
  } else if (to === 'ditandatangani') {
    after.archivedOn = null; // un-filed: the scan was the wrong file
  }
  after.status = to;
  const { id: _id, ...change } = after;
  await ctx.manager.update(CommitmentEntity, { id: row.id }, change);
  await ctx.audit.record({ entity: 'commitment', entityId: row.id, action: `status:${to}`, before: row, after });
  await touchPlan(row.planId, ctx);
  return (await getCommitment(row.id, ctx)).dto;
}

/** The commitment a typed or scanned code belongs to (any printing of it, newest first). */
export async function findByCode(input: { code: string }, ctx: ServiceContext): Promise<CodeMatchDto> {
  const code = normalizeCode(input.code);
  if (!code) throw new DomainError('VALIDATION', 'codeInvalid', {}, { code: { key: 'codeInvalid' } });
  const [print] = (await ctx.manager.query(
    `SELECT cp.commitment_id, cp.printed_on, p.title, p.year FROM commitment_prints cp
       JOIN commitments c ON c.id = cp.commitment_id JOIN action_plans p ON p.id = c.plan_id
      WHERE cp.code = ? ORDER BY cp.created_at DESC LIMIT 1`,
    [code],
  )) as Array<{ commitment_id: string; printed_on: string; title: string; year: number }>;
  if (!print) throw new DomainError('NOT_FOUND', 'codeUnknown', { code }, { code: { key: 'codeUnknown', params: { code } } });
  const { dto } = await getCommitment(print.commitment_id, ctx);
  return { commitment: dto, planTitle: print.title, planYear: print.year, current: dto.code === code, printedOn: print.printed_on };
}
