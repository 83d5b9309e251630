import { DEFAULT_COMMITMENT_TEMPLATE } from '../../../shared/commitmentTemplate';
import { addDays } from '../../../shared/dates';
import { DEFAULT_EVENT_TYPES } from '../../../shared/eventDefaults';
import { nameKey } from '../../../shared/text';
import { uuidv7 } from '../../../shared/uuid';
import {
  ActionPlanEntity, ActionPlanPointEntity, CommitmentEntity, CommitmentPrintEntity, CommitmentProgressEntity, CommitmentTemplateEntity,
  type Commitment, type CommitmentPrint, type CommitmentProgress,
} from '../actionPlans/entities';
import { newSheetBook } from '../actionPlans/printing';
import { getActionPlan, loadCommitments } from '../actionPlans/queries';
import { addAttachment } from '../attachments/service';
import { documentFileName, MIME } from '../documents/fileNames';
import { officePrintProfile } from '../documents/officePrintProfile';
import { storeGeneratedDocument } from '../documents/store';
import { EventAttendeeEntity, EventInvitationEntity, EventTypeEntity, NetworkEventEntity, type EventAttendee } from '../events/entities';
import type { ServiceContext } from '../service';
import type { DemoCeremony } from './ceremony';

const CHUNK = 30;

async function insertChunked<T extends object>(ctx: ServiceContext, entity: Parameters<ServiceContext['manager']['insert']>[0], rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await ctx.manager.insert(entity, rows.slice(i, i + CHUNK) as never);
}

/**
 * Inserts the demo events and action plan (called by loadDemoData inside its transaction).
 * Printed sheets are really laid out and stored, so their codes match and the documents
 * open; the filed ones get their sheet attached as the "scan".
 */
export async function loadDemoCeremony(c: DemoCeremony, ctx: ServiceContext, officeCode: string, now: string): Promise<void> {
  const stamp = { officeCode, createdAt: now, updatedAt: now };
  await ctx.manager.insert(EventTypeEntity, DEFAULT_EVENT_TYPES.map((name, i) => ({ id: c.typeIds[i]!, name, nameKey: nameKey(name), sortOrder: (i + 1) * 10, active: true, ...stamp })));
  const t = DEFAULT_COMMITMENT_TEMPLATE;
  await ctx.manager.insert(CommitmentTemplateEntity, { id: c.templateId, name: t.name, nameKey: nameKey(t.name), sheetTitle: t.sheetTitle, opening: t.opening, closing: t.closing, active: true, ...stamp });

  const typeId = (name: string) => c.typeIds[DEFAULT_EVENT_TYPES.indexOf(name as never)]!;
  await insertChunked(ctx, NetworkEventEntity, c.events.map(({ invitations: _i, walkIns: _w, type, ...e }) => ({ ...e, typeId: typeId(type), description: '', notes: '', cancelled: false, cancelReason: '', ...stamp })));
  await insertChunked(ctx, EventInvitationEntity, c.events.flatMap((e) => e.invitations.map(({ attendees: _a, ...i }, sortOrder) => ({ ...i, eventId: e.id, sortOrder, ...stamp }))));
  const attendees: EventAttendee[] = c.events.flatMap((e) => [
    ...e.invitations.flatMap((i) => i.attendees.map((a, sortOrder) => ({ ...a, eventId: e.id, invitationId: i.id, sortOrder, ...stamp }))),
    ...e.walkIns.map((a, sortOrder) => ({ ...a, eventId: e.id, invitationId: null, sortOrder, ...stamp })),
  ]);
  await insertChunked(ctx, EventAttendeeEntity, attendees);

  const p = c.plan;
  await ctx.manager.insert(ActionPlanEntity, {
    id: p.id, title: p.title, year: p.year, eventId: p.eventId, templateId: c.templateId, signingDate: p.signingDate, place: 'Pangkalpinang',
    witnessName: '', witnessPosition: '', witnessNip: '', notes: 'Ditandatangani dalam pertemuan berkala narahubung.', ...stamp,
  });
  await insertChunked(ctx, ActionPlanPointEntity, p.points.map((text, sortOrder) => ({ id: p.pointIds[sortOrder]!, planId: p.id, sortOrder, text, ...stamp })));
  const heads = (await ctx.manager.query(`SELECT id, head_name, head_position, head_nip FROM agencies`)) as Array<{ id: string; head_name: string; head_position: string; head_nip: string }>;
  const printedOn = addDays(p.signingDate, -3);
  const commitments: Commitment[] = p.commitments.map((x, sortOrder) => {
    const head = heads.find((h) => h.id === x.agencyId)!;
    return {
      id: x.id, planId: p.id, agencyId: x.agencyId, sortOrder, signatoryName: head.head_name, signatoryPosition: head.head_position, signatoryNip: head.head_nip,
      status: x.status, printedOn: x.status === 'draft' ? null : printedOn, signedOn: x.signedOn, archivedOn: x.archivedOn, declinedOn: x.declinedOn,
      declineReason: x.declineReason, notes: '', ...stamp,
    };
  });
  await insertChunked(ctx, CommitmentEntity, commitments);
  const progress: CommitmentProgress[] = p.commitments.flatMap((x) => x.progress.map((e) => ({ id: e.id, commitmentId: x.id, pointId: p.pointIds[e.point]!, status: e.status, note: e.note, recordedOn: e.recordedOn, ...stamp })));
  await insertChunked(ctx, CommitmentProgressEntity, progress);

  // The sheets handed out before the ceremony, as one stored batch, each with its code.
  const plan = await getActionPlan(p.id, ctx);
  const { items } = await loadCommitments(plan, ctx);
  const printed = items.filter((i) => i.dto.printedOn !== null);
  const profile = await officePrintProfile(ctx);
  const book = newSheetBook(profile, { resourcesDir: ctx.paths.resourcesDir, createdAt: ctx.now(), title: `Lembar komitmen - ${p.title}` });
  for (const i of printed) book.add(i.content, i.dto.code);
  const { bytes, pages } = await book.finish();
  const doc = await storeGeneratedDocument(
    { kind: 'commitmentSheets', title: `Lembar komitmen ${p.title} (${printed.length} instansi)`, fileName: documentFileName(['Lembar Komitmen', p.title], 'pdf'), mimeType: MIME.pdf, bytes, pages, related: { entity: 'action_plan', id: p.id } },
    ctx,
  );
  const prints: CommitmentPrint[] = printed.map((i) => ({ id: uuidv7(), commitmentId: i.dto.id, code: i.dto.code, contentSha256: i.digest, printedOn, documentId: doc.id, ...stamp }));
  await insertChunked(ctx, CommitmentPrintEntity, prints);
  for (const i of printed.filter((x) => x.dto.status === 'diarsipkan')) {
    const scan = newSheetBook(profile, { resourcesDir: ctx.paths.resourcesDir, createdAt: ctx.now(), title: `Pindaian ${i.dto.agencyName}` });
    scan.add(i.content, i.dto.code);
    const file = await scan.finish();
    await addAttachment({ entity: 'commitment', entityId: i.dto.id, fileName: `Komitmen bertanda tangan - ${i.dto.agencyShortName || i.dto.agencyName}.pdf`, base64: file.bytes.toString('base64') }, ctx);
  }

  await ctx.audit.recordMany([
    ...c.events.map((e) => ({ entity: 'event', entityId: e.id, action: 'create', before: null, after: { title: e.title, startDate: e.startDate } })),
    { entity: 'action_plan', entityId: p.id, action: 'create', before: null, after: plan },
    ...commitments.map((r) => ({ entity: 'commitment', entityId: r.id, action: 'create', before: null, after: r })),
  ]);
}
