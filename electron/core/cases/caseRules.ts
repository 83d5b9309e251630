/** Checks shared by the case services: dates, master data, optimistic locking, the audit view. */
import type { CaseDetailDto } from '../../../shared/dto';
import { DomainError, notFound, staleRecord } from '../errors';
import type { ServiceContext } from '../service';
import { identityDigest, loadIdentity } from './confidentiality';
import { assertMasterItem } from './masterData';
import { officeToday } from './queries/detail';

export interface CaseHead {
  id: string;
  office_code: string;
  received_on: string;
  agency_id: string;
  stage_id: string;
  confidential: number;
  forwarded_on: string | null;
  closed_on: string | null;
  updated_at: string;
}

export async function loadCaseHead(id: string, ctx: Pick<ServiceContext, 'manager'>, expectedUpdatedAt?: string): Promise<CaseHead> {
  const [row] = (await ctx.manager.query(
    `SELECT id, office_code, received_on, agency_id, stage_id, confidential, forwarded_on, closed_on, updated_at FROM cases WHERE id = ?`,
    [id],
  )) as CaseHead[];
  if (!row) throw notFound();
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== row.updated_at) throw staleRecord();
  return row;
}

/** A dated entry of a case: not before the complaint was received, not after today. */
export function assertCaseDate(date: string, receivedOn: string, field: string, ctx: Pick<ServiceContext, 'now'>): void {
  if (date > officeToday(ctx)) throw new DomainError('VALIDATION', 'dateInFuture', {}, { [field]: { key: 'dateInFuture' } });
  if (date < receivedOn) throw new DomainError('VALIDATION', 'caseDateBeforeReceived', { date: receivedOn }, { [field]: { key: 'caseDateBeforeReceived', params: { date: receivedOn } } });
}

export interface Classification {
  channelId: string;
  trackId: string;
  subjectId: string;
  maladministrationIds: string[];
}

/** Every classification is an active item of its list (or the one the case already had). */
export async function assertClassification(input: Classification, ctx: ServiceContext, current?: Classification): Promise<void> {
  await assertMasterItem('channel', input.channelId, 'channelId', ctx, current?.channelId ?? null);
  await assertMasterItem('track', input.trackId, 'trackId', ctx, current?.trackId ?? null);
  await assertMasterItem('subject', input.subjectId, 'subjectId', ctx, current?.subjectId ?? null);
  if (new Set(input.maladministrationIds).size !== input.maladministrationIds.length) {
    throw new DomainError('VALIDATION', 'invalidOption', {}, { maladministrationIds: { key: 'invalidOption' } });
  }
  for (const [i, id] of input.maladministrationIds.entries()) {
    await assertMasterItem('maladministration', id, `maladministrationIds.${i}`, ctx, current?.maladministrationIds.includes(id) ? id : null);
  }
}

/** What the audit keeps of a case: everything but the identity, which is digested. */
export async function auditView(detail: CaseDetailDto, ctx: Pick<ServiceContext, 'manager'>): Promise<Record<string, unknown>> {
  const identity = await loadIdentity(detail.id, ctx);
  const { reporter: _masked, clocks: _clocks, events: _events, today: _today, canSeeIdentity: _can, ...rest } = detail;
  return { ...rest, reporter: identity ? identityDigest(identity) : null };
}

export async function nextEventSeq(caseId: string, ctx: Pick<ServiceContext, 'manager'>): Promise<number> {
  const [{ n }] = (await ctx.manager.query(`SELECT coalesce(max(seq), 0) + 1 AS n FROM case_events WHERE case_id = ?`, [caseId])) as [{ n: number }];
  return n;
}
