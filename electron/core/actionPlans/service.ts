import type { z } from 'zod';
import type { actionPlanCreateInput, actionPlanUpdateInput } from '../../../shared/contract/actionPlans';
import type { ActionPlanDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError, notFound, staleRecord } from '../errors';
import { assertAgenciesUsable } from '../mous/service';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { ActionPlanEntity, ActionPlanPointEntity, CommitmentEntity, CommitmentTemplateEntity, type ActionPlan, type Commitment } from './entities';
import { getActionPlan } from './queries';

type CreateInput = z.output<typeof actionPlanCreateInput>;
type UpdateInput = z.output<typeof actionPlanUpdateInput>;
type Fields = Omit<CreateInput, 'points' | 'agencyIds'>;

const columns = (f: Fields) => ({
  title: f.title,
  year: f.year,
  eventId: f.eventId,
  templateId: f.templateId,
  signingDate: f.signingDate,
  place: f.place,
  witnessName: f.witnessName,
  witnessPosition: f.witnessPosition,
  witnessNip: f.witnessNip,
  notes: f.notes,
});

async function assertTemplateUsable(id: string, ctx: ServiceContext, current?: string): Promise<void> {
  const row = await ctx.manager.findOne(CommitmentTemplateEntity, { where: { id } });
  if (!row || (!row.active && id !== current)) throw new DomainError('VALIDATION', 'templateUnknown', {}, { templateId: { key: 'templateUnknown' } });
}

async function assertEventUsable(id: string | null, ctx: ServiceContext, current?: string | null): Promise<void> {
  if (id === null || id === current) return;
  const [row] = (await ctx.manager.query(`SELECT cancelled FROM events WHERE id = ?`, [id])) as Array<{ cancelled: number }>;
  if (!row || row.cancelled === 1) throw new DomainError('VALIDATION', 'planEventUnknown', {}, { eventId: { key: 'planEventUnknown' } });
}

/** New commitments start with the agency's head (from the register) as the signatory. */
async function addCommitments(planId: string, officeCode: string, agencyIds: readonly string[], startAt: number, ctx: ServiceContext): Promise<Commitment[]> {
  if (agencyIds.length === 0) return [];
  const heads = (await ctx.manager.query(`SELECT id, head_name, head_position, head_nip FROM agencies WHERE id IN (${agencyIds.map(() => '?').join(', ')})`, [
    ...agencyIds,
  ])) as Array<{ id: string; head_name: string; head_position: string; head_nip: string }>;
  const now = ctx.now().toISOString();
  const rows: Commitment[] = agencyIds.map((agencyId, i) => {
    const head = heads.find((h) => h.id === agencyId)!;
    return {
      id: uuidv7(), officeCode, planId, agencyId, sortOrder: startAt + i,
      signatoryName: head.head_name, signatoryPosition: head.head_position, signatoryNip: head.head_nip,
      status: 'draft', printedOn: null, signedOn: null, archivedOn: null, declinedOn: null, declineReason: '', notes: '',
      createdAt: now, updatedAt: now,
    };
  });
  for (let i = 0; i < rows.length; i += 40) await ctx.manager.insert(CommitmentEntity, rows.slice(i, i + 40));
  await ctx.audit.recordMany(rows.map((r) => ({ entity: 'commitment', entityId: r.id, action: 'create', before: null, after: r })));
  return rows;
}

export async function createActionPlan(input: CreateInput, ctx: ServiceContext): Promise<ActionPlanDto> {
  const officeCode = await requireOfficeCode(ctx);
  await assertTemplateUsable(input.templateId, ctx);
  await assertEventUsable(input.eventId, ctx);
  await assertAgenciesUsable(input.agencyIds, ctx, 'agencyIds');
  const now = ctx.now().toISOString();
  const plan: ActionPlan = { id: uuidv7(), officeCode, ...columns(input), createdAt: now, updatedAt: now };
  await ctx.manager.insert(ActionPlanEntity, plan);
  await syncPoints(plan, input.points, ctx);
  await addCommitments(plan.id, officeCode, input.agencyIds, 0, ctx);
  const dto = await getActionPlan(plan.id, ctx);
  await ctx.audit.record({ entity: 'action_plan', entityId: plan.id, action: 'create', before: null, after: dto });
  return dto;
}

/** Brings the plan's points to the list given (in that order); ids name points kept. */
async function syncPoints(plan: ActionPlan, points: UpdateInput['points'], ctx: ServiceContext): Promise<void> {
  const current = await ctx.manager.find(ActionPlanPointEntity, { where: { planId: plan.id } });
  const now = ctx.now().toISOString();
  points.forEach((p, i) => {
    if (p.id && !current.some((c) => c.id === p.id)) throw new DomainError('VALIDATION', 'notFound', {}, { [`points.${i}.id`]: { key: 'notFound' } });
  });
  for (const old of current) {
    if (points.some((p) => p.id === old.id)) continue;
    const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM commitment_progress WHERE point_id = ?`, [old.id])) as [{ n: number }];
    if (n > 0) throw new DomainError('CONFLICT', 'pointHasProgress', { text: old.text.slice(0, 60) }, { points: { key: 'pointHasProgress', params: { text: old.text.slice(0, 60) } } });
    await ctx.manager.delete(ActionPlanPointEntity, { id: old.id });
  }
  for (const [sortOrder, p] of points.entries()) {
    const old = current.find((c) => c.id === p.id);
    if (!old) {
      await ctx.manager.insert(ActionPlanPointEntity, { id: uuidv7(), officeCode: plan.officeCode, planId: plan.id, sortOrder, text: p.text, createdAt: now, updatedAt: now });
    } else if (old.text !== p.text || old.sortOrder !== sortOrder) {
      await ctx.manager.update(ActionPlanPointEntity, { id: old.id }, { text: p.text, sortOrder, updatedAt: nextTimestamp(ctx, old.updatedAt) });
    }
  }
}

/**
 * Brings the participating agencies to the list given, in that order. A commitment leaves
 * the plan only while nothing happened to it (a draft never printed, without progress or
 * files); otherwise the agency is marked "menolak" instead.
 */
async function syncAgencies(plan: ActionPlan, agencyIds: readonly string[], ctx: ServiceContext): Promise<void> {
  const current = await ctx.manager.find(CommitmentEntity, { where: { planId: plan.id } });
  const added = agencyIds.filter((id) => !current.some((c) => c.agencyId === id));
  await assertAgenciesUsable(added, ctx, 'agencyIds');
  for (const c of current) {
    if (agencyIds.includes(c.agencyId)) continue;
    const [{ n }] = (await ctx.manager.query(
      `SELECT (SELECT count(*) FROM commitment_prints WHERE commitment_id = ?) + (SELECT count(*) FROM commitment_progress WHERE commitment_id = ?)
            + (SELECT count(*) FROM attachment_links WHERE entity = 'commitment' AND entity_id = ?) AS n`,
      [c.id, c.id, c.id],
    )) as [{ n: number }];
    if (c.status !== 'draft' || n > 0) {
      const [{ name }] = (await ctx.manager.query(`SELECT name FROM agencies WHERE id = ?`, [c.agencyId])) as [{ name: string }];
      throw new DomainError('CONFLICT', 'commitmentNotRemovable', { name }, { agencyIds: { key: 'commitmentNotRemovable', params: { name } } });
    }
    await ctx.manager.delete(CommitmentEntity, { id: c.id });
    await ctx.audit.record({ entity: 'commitment', entityId: c.id, action: 'delete', before: c, after: null });
  }
  for (const [sortOrder, agencyId] of agencyIds.entries()) {
    const c = current.find((x) => x.agencyId === agencyId);
    if (c && c.sortOrder !== sortOrder) await ctx.manager.update(CommitmentEntity, { id: c.id }, { sortOrder, updatedAt: nextTimestamp(ctx, c.updatedAt) });
  }
  const rows = await addCommitments(plan.id, plan.officeCode, added, 0, ctx);
  for (const row of rows) await ctx.manager.update(CommitmentEntity, { id: row.id }, { sortOrder: agencyIds.indexOf(row.agencyId) });
}

/** Whether the change touches what signed sheets say (refused once an agency signed). */
function wordingChanged(before: ActionPlanDto, input: UpdateInput): boolean {
  const witness = before.witness ?? { name: '', position: '', nip: '' };
  return (
    before.title !== input.title ||
    before.year !== input.year ||
    before.templateId !== input.templateId ||
    before.signingDate !== input.signingDate ||
    before.place !== input.place ||
    before.eventId !== input.eventId ||
    witness.name !== input.witnessName ||
    witness.position !== input.witnessPosition ||
    witness.nip !== input.witnessNip ||
    before.points.length !== input.points.length ||
    before.points.some((p, i) => p.id !== input.points[i]!.id || p.text !== input.points[i]!.text)
  );
}

export async function updateActionPlan(input: UpdateInput, ctx: ServiceContext): Promise<ActionPlanDto> {
  const existing = await ctx.manager.findOne(ActionPlanEntity, { where: { id: input.id } });
  if (!existing) throw notFound();
  if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== existing.updatedAt) throw staleRecord();
  const before = await getActionPlan(input.id, ctx);
  if (before.locked && wordingChanged(before, input)) {
    const count = before.counts.ditandatangani + before.counts.diarsipkan;
    throw new DomainError('CONFLICT', 'planLocked', { count }, { points: { key: 'planLocked', params: { count } } });
  }
  await assertTemplateUsable(input.templateId, ctx, existing.templateId);
  await assertEventUsable(input.eventId, ctx, existing.eventId);
  await ctx.manager.update(ActionPlanEntity, { id: input.id }, { ...columns(input), updatedAt: nextTimestamp(ctx, existing.updatedAt) });
  await syncPoints(existing, input.points, ctx);
  await syncAgencies(existing, input.agencyIds, ctx);
  const after = await getActionPlan(input.id, ctx);
  await ctx.audit.record({ entity: 'action_plan', entityId: input.id, action: 'update', before, after });
  return after;
}
