import type { z } from 'zod';
import type { caseCreateInput, caseReporterUpdateInput, caseUpdateInput } from '../../../shared/contract/cases';
import type { CaseDetailDto } from '../../../shared/dto';
import { uuidv7 } from '../../../shared/uuid';
import { nextTimestamp } from '../db/timestamps';
import { DomainError } from '../errors';
import { assertAgenciesUsable } from '../mous/service';
import type { ServiceContext } from '../service';
import { requireOfficeCode } from '../settings/service';
import { assertClassification, auditView, loadCaseHead, type Classification } from './caseRules';
import { canSeeIdentity, identityDigest, loadIdentity, type ReporterIdentity } from './confidentiality';
import { refreshCaseDue } from './deadlines/refresh';
import { firstStageOf } from './masterData';
import { takeNumber } from './numbering';
import { getCase, officeToday } from './queries/detail';
import { caseSettingsRow } from './settings';

type CreateInput = z.output<typeof caseCreateInput>;
type UpdateInput = z.output<typeof caseUpdateInput>;

async function setMaladministration(caseId: string, officeCode: string, ids: readonly string[], ctx: ServiceContext): Promise<void> {
  await ctx.manager.query(`DELETE FROM case_maladministration WHERE case_id = ? AND type_id NOT IN (${ids.map(() => '?').join(', ')})`, [caseId, ...ids]);
  const now = ctx.now().toISOString();
  for (const typeId of ids) {
    await ctx.manager.query(`INSERT OR IGNORE INTO case_maladministration (id, office_code, case_id, type_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`, [
      uuidv7(),
      officeCode,
      caseId,
      typeId,
      now,
      now,
    ]);
  }
}

async function currentClassification(id: string, ctx: ServiceContext): Promise<Classification> {
  const [c] = (await ctx.manager.query(`SELECT channel_id, track_id, subject_id FROM cases WHERE id = ?`, [id])) as Array<Record<string, string>>;
  const mal = (await ctx.manager.query(`SELECT type_id FROM case_maladministration WHERE case_id = ?`, [id])) as Array<{ type_id: string }>;
  return { channelId: c!.channel_id!, trackId: c!.track_id!, subjectId: c!.subject_id!, maladministrationIds: mal.map((m) => m.type_id) };
}

/** Registers a complaint: register number, reporter apart, the first stage entered on the received date. */
export async function createCase(input: CreateInput, ctx: ServiceContext): Promise<CaseDetailDto> {
  const officeCode = await requireOfficeCode(ctx);
  await caseSettingsRow(ctx);
  if (input.receivedOn > officeToday(ctx)) throw new DomainError('VALIDATION', 'dateInFuture', {}, { receivedOn: { key: 'dateInFuture' } });
  await assertAgenciesUsable([input.agencyId], ctx, 'agencyId');
  await assertClassification(input, ctx);
  const stage = await firstStageOf('intake', ctx);
  const id = uuidv7();
  const number = await takeNumber('case', input.receivedOn, { entity: 'case', entityId: id }, ctx, input.reservedNumberId);
  const now = ctx.now().toISOString();
  await ctx.manager.query(
    `INSERT INTO cases (id, office_code, register_number_id, register_number, register_year, register_seq, simpel_number, received_on, channel_id, track_id,
       agency_id, agency_unit, subject_id, summary, chronology, expected_outcome, assigned_staff, stage_id, confidential, closure_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    [
      id, officeCode, number.id, number.number, number.year, number.seq, input.simpelNumber, input.receivedOn, input.channelId, input.trackId,
      input.agencyId, input.agencyUnit, input.subjectId, input.summary, input.chronology, input.expectedOutcome, input.assignedStaff, stage.id,
      input.confidential ? 1 : 0, now, now,
    ],
  );
  const r = input.reporter;
  await ctx.manager.query(
    `INSERT INTO case_reporters (id, office_code, case_id, name, address, phone, email, id_number, representing, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [uuidv7(), officeCode, id, r.name, r.address, r.phone, r.email, r.idNumber, r.representing, now, now],
  );
  await setMaladministration(id, officeCode, input.maladministrationIds, ctx);
  await ctx.manager.query(
    `INSERT INTO case_events (id, office_code, case_id, kind, occurred_on, seq, title, details, stage_to_id, created_by, created_at, updated_at)
     VALUES (?, ?, ?, 'stage_change', ?, 1, ?, '', ?, ?, ?, ?)`,
    [uuidv7(), officeCode, id, input.receivedOn, `Laporan diterima (${stage.name})`, stage.id, ctx.request.actor.name, now, now],
  );
  await refreshCaseDue(id, ctx);
  const dto = await getCase(id, ctx);
  await ctx.audit.record({ entity: 'case', entityId: id, action: 'create', before: null, after: await auditView(dto, ctx) });
  return dto;
}

export async function updateCase(input: UpdateInput, ctx: ServiceContext): Promise<CaseDetailDto> {
  const { id, expectedUpdatedAt, ...fields } = input;
  const head = await loadCaseHead(id, ctx, expectedUpdatedAt);
  const before = await getCase(id, ctx);
  if (fields.agencyId !== head.agency_id) {
    if (head.forwarded_on) throw new DomainError('CONFLICT', 'caseAgencyForwarded', {}, { agencyId: { key: 'caseAgencyForwarded' } });
    await assertAgenciesUsable([fields.agencyId], ctx, 'agencyId');
  }
  await assertClassification(fields, ctx, await currentClassification(id, ctx));
  if (fields.receivedOn !== head.received_on) {
    if (fields.receivedOn > officeToday(ctx)) throw new DomainError('VALIDATION', 'dateInFuture', {}, { receivedOn: { key: 'dateInFuture' } });
    const [{ first }] = (await ctx.manager.query(`SELECT min(occurred_on) AS first FROM case_events WHERE case_id = ? AND seq > 1 AND cancelled = 0`, [id])) as [{ first: string | null }];
    if (first !== null && fields.receivedOn > first) {
      throw new DomainError('VALIDATION', 'caseReceivedAfterEvents', { date: first }, { receivedOn: { key: 'caseReceivedAfterEvents', params: { date: first } } });
    }
    // The first stage is entered on the received date: they move together.
    await ctx.manager.query(`UPDATE case_events SET occurred_on = ?, updated_at = ? WHERE case_id = ? AND seq = 1`, [fields.receivedOn, ctx.now().toISOString(), id]);
  }
  await ctx.manager.query(
    `UPDATE cases SET simpel_number = ?, received_on = ?, channel_id = ?, track_id = ?, agency_id = ?, agency_unit = ?, subject_id = ?, summary = ?,
       chronology = ?, expected_outcome = ?, assigned_staff = ?, updated_at = ? WHERE id = ?`,
    [
      fields.simpelNumber, fields.receivedOn, fields.channelId, fields.trackId, fields.agencyId, fields.agencyUnit, fields.subjectId, fields.summary,
      fields.chronology, fields.expectedOutcome, fields.assignedStaff, nextTimestamp(ctx, head.updated_at), id,
    ],
  );
  await setMaladministration(id, head.office_code, fields.maladministrationIds, ctx);
  await refreshCaseDue(id, ctx);
  const after = await getCase(id, ctx);
  await ctx.audit.record({ entity: 'case', entityId: id, action: 'update', before: await auditView(before, ctx), after: await auditView(after, ctx) });
  return after;
}

/**
 * The reporter's identity and the confidentiality flag. Anyone who may write can mark a case
 * confidential; changing a confidential identity, or lifting the secrecy, needs the right to
 * see it (otherwise the change would be made blind, or the secrecy lifted by someone who
 * never saw whom it protects).
 */
export async function updateReporter(input: z.output<typeof caseReporterUpdateInput>, ctx: ServiceContext): Promise<CaseDetailDto> {
  const head = await loadCaseHead(input.caseId, ctx, input.expectedUpdatedAt);
  if (head.confidential === 1 && !canSeeIdentity(ctx)) throw new DomainError('FORBIDDEN', 'caseConfidentialLocked');
  const before: ReporterIdentity | null = await loadIdentity(input.caseId, ctx);
  const r = input.reporter;
  const now = ctx.now().toISOString();
  await ctx.manager.query(
    `UPDATE case_reporters SET name = ?, address = ?, phone = ?, email = ?, id_number = ?, representing = ?, updated_at = ? WHERE case_id = ?`,
    [r.name, r.address, r.phone, r.email, r.idNumber, r.representing, now, input.caseId],
  );
  await ctx.manager.query(`UPDATE cases SET confidential = ?, updated_at = ? WHERE id = ?`, [input.confidential ? 1 : 0, nextTimestamp(ctx, head.updated_at), input.caseId]);
  await ctx.audit.record({
    entity: 'case_reporter',
    entityId: input.caseId,
    action: 'update',
    before: { confidential: head.confidential === 1, identity: before ? identityDigest(before) : null },
    after: { confidential: input.confidential, identity: identityDigest(r) },
  });
  return getCase(input.caseId, ctx);
}

