import type { z } from 'zod';
import { isSigned } from '../../../shared/commitmentFlow';
import type { progressInput } from '../../../shared/contract/actionPlans';
import { todayIso } from '../../../shared/dates';
import { PROGRESS_STATUSES, type CommitmentStatus, type ProgressEntryDto, type ProgressMatrixDto, type ProgressStatus } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound } from '../errors';
import type { ServiceContext } from '../service';
import { CommitmentEntity, CommitmentProgressEntity } from './entities';
import { getActionPlan } from './queries';

interface EntryRow {
  id: string;
  commitment_id: string;
  point_id: string;
  status: ProgressStatus;
  note: string;
  recorded_on: string;
  updated_at: string;
}

const toEntry = (r: EntryRow): ProgressEntryDto => ({
  id: r.id,
  commitmentId: r.commitment_id,
  pointId: r.point_id,
  status: r.status,
  note: r.note,
  recordedOn: r.recorded_on,
  updatedAt: r.updated_at,
});

/**
 * Per agency that signed, the latest state of each point (the log's newest entry), and per
 * point how many agencies are at each state; a point with no entry yet counts as "belum".
 */
export async function progressMatrix(planId: string, ctx: ServiceContext): Promise<ProgressMatrixDto> {
  const plan = await getActionPlan(planId, ctx);
  const commitments = (await ctx.manager.query(
    `SELECT c.id, c.agency_id, a.name AS agency_name, c.status FROM commitments c JOIN agencies a ON a.id = c.agency_id
      WHERE c.plan_id = ? AND c.status IN ('ditandatangani', 'diarsipkan') ORDER BY c.sort_order, a.name_key`,
    [planId],
  )) as Array<{ id: string; agency_id: string; agency_name: string; status: CommitmentStatus }>;
  const entries = (await ctx.manager.query(
    `SELECT x.id, x.commitment_id, x.point_id, x.status, x.note, x.recorded_on, x.updated_at FROM commitment_progress x
       JOIN commitments c ON c.id = x.commitment_id
      WHERE c.plan_id = ? AND NOT EXISTS (
        SELECT 1 FROM commitment_progress y WHERE y.commitment_id = x.commitment_id AND y.point_id = x.point_id AND y.recorded_on > x.recorded_on)`,
    [planId],
  )) as EntryRow[];
  const latest = new Map(entries.map((e) => [`${e.commitment_id}|${e.point_id}`, toEntry(e)]));
  const summary: ProgressMatrixDto['summary'] = {};
  for (const p of plan.points) summary[p.id] = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  const rows = commitments.map((c) => {
    const cells: Record<string, ProgressEntryDto | null> = {};
    for (const p of plan.points) {
      const entry = latest.get(`${c.id}|${p.id}`) ?? null;
      cells[p.id] = entry;
      summary[p.id]![entry?.status ?? 'belum']++;
    }
    return { commitmentId: c.id, agencyId: c.agency_id, agencyName: c.agency_name, status: c.status, cells };
  });
  return { plan, rows, summary };
}

/** Records a point's state for an agency on a day (one entry per day: the same day overwrites). */
export async function recordProgress(input: z.output<typeof progressInput>, ctx: ServiceContext): Promise<ProgressMatrixDto> {
  const commitment = await ctx.manager.findOne(CommitmentEntity, { where: { id: input.commitmentId } });
  if (!commitment) throw notFound();
  if (!isSigned(commitment.status)) throw new DomainError('PRECONDITION', 'progressNotCommitted');
  const [point] = (await ctx.manager.query(`SELECT id FROM action_plan_points WHERE id = ? AND plan_id = ?`, [input.pointId, commitment.planId])) as unknown[];
  if (!point) throw new DomainError('VALIDATION', 'progressPointUnknown', {}, { pointId: { key: 'progressPointUnknown' } });
  if (input.recordedOn > todayIso(ctx.now())) throw new DomainError('VALIDATION', 'dateInFuture', {}, { recordedOn: { key: 'dateInFuture' } });
  const existing = await ctx.manager.findOne(CommitmentProgressEntity, { where: { commitmentId: input.commitmentId, pointId: input.pointId, recordedOn: input.recordedOn } });
  const fields = { status: input.status, note: input.note };
  if (existing) {
    const after = { ...existing, ...fields, updatedAt: nextTimestamp(ctx, existing.updatedAt) };
    await ctx.manager.update(CommitmentProgressEntity, { id: existing.id }, { ...fields, updatedAt: after.updatedAt });
    await ctx.audit.record({ entity: 'commitment_progress', entityId: existing.id, action: 'update', before: existing, after });
  } else {
    const now = ctx.now().toISOString();
    const row = { id: uuidv7(), officeCode: commitment.officeCode, commitmentId: commitment.id, pointId: input.pointId, recordedOn: input.recordedOn, ...fields, createdAt: now, updatedAt: now };
    await ctx.manager.insert(CommitmentProgressEntity, row);
    await ctx.audit.record({ entity: 'commitment_progress', entityId: row.id, action: 'create', before: null, after: row });
  }
  return progressMatrix(commitment.planId, ctx);
}
