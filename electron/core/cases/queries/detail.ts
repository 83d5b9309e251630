import { todayIso } from '../../../../shared/dates';
import type { CaseDetailDto, CaseEventDto, CaseEventKind, CaseFocalPointDto, CaseLinkDto, CaseLinkReason, LetterKind } from '../../../../shared/dto';
import { attachmentCountSql } from '../../attachments/service';
import { notFound } from '../../errors';
import type { ServiceContext } from '../../service';
import { loadWorkCalendar } from '../calendar/service';
import { canSeeIdentity, loadIdentity, reporterView } from '../confidentiality';
import { computeClocks, dueSummary, withStatus } from '../deadlines/clocks';
import { caseClockEvents, loadClockRules } from '../deadlines/refresh';
import { caseSettingsRow } from '../settings';
import { CASE_REF_COLUMNS, CASE_REF_JOINS, maladministrationOf, rowRefs, type RefRow } from './refs';

type Ctx = Pick<ServiceContext, 'manager' | 'now' | 'request'>;

export const officeToday = (ctx: Pick<ServiceContext, 'now'>): string => todayIso(ctx.now());

export async function caseEvents(caseId: string, ctx: Pick<ServiceContext, 'manager'>, where = 'e.case_id = ?', params: unknown[] = [caseId]): Promise<CaseEventDto[]> {
  const rows = (await ctx.manager.query(
    `SELECT e.*, sf.name AS stage_from_name, stt.name AS stage_to_name, o.name AS outcome_name, ${attachmentCountSql('case_event', 'e')} AS attachment_count
       FROM case_events e
       LEFT JOIN case_master_items sf ON sf.id = e.stage_from_id
       LEFT JOIN case_master_items stt ON stt.id = e.stage_to_id
       LEFT JOIN case_master_items o ON o.id = e.outcome_id
      WHERE ${where} ORDER BY e.occurred_on, e.seq`,
    params,
  )) as Array<Record<string, string | number | null>>;
  return rows.map((r) => ({
    id: String(r.id),
    caseId: String(r.case_id),
    kind: r.kind as CaseEventKind,
    occurredOn: String(r.occurred_on),
    title: String(r.title),
    details: String(r.details),
    letterKind: (r.letter_kind as LetterKind | null) ?? null,
    letterNumber: String(r.letter_number),
    documentId: (r.document_id as string | null) ?? null,
    stageFromId: (r.stage_from_id as string | null) ?? null,
    stageFromName: (r.stage_from_name as string | null) ?? null,
    stageToId: (r.stage_to_id as string | null) ?? null,
    stageToName: (r.stage_to_name as string | null) ?? null,
    outcomeName: (r.outcome_name as string | null) ?? null,
    cancelled: r.cancelled === 1,
    cancelReason: String(r.cancel_reason),
    attachmentCount: Number(r.attachment_count),
    createdBy: String(r.created_by),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  }));
}

export async function caseEvent(id: string, ctx: Pick<ServiceContext, 'manager'>): Promise<CaseEventDto> {
  const [e] = await caseEvents(id, ctx, 'e.id = ?', [id]);
  if (!e) throw notFound();
  return e;
}

async function focalPoint(assignmentId: string | null, stampedOn: string | null, today: string, ctx: Ctx): Promise<CaseFocalPointDto | null> {
  if (!assignmentId || !stampedOn) return null;
  const [r] = (await ctx.manager.query(
    `SELECT fa.id, fa.role, fa.start_date, fa.end_date, p.id AS person_id, p.name, p.position, p.unit, p.phone, p.whatsapp, p.email
       FROM focal_assignments fa JOIN focal_persons p ON p.id = fa.person_id WHERE fa.id = ?`,
    [assignmentId],
  )) as Array<Record<string, string | null>>;
  if (!r) return null;
  const serving = r.start_date! <= today && (r.end_date === null || r.end_date! > today) && r.role === 'utama';
  return {
    assignmentId: r.id!,
    personId: r.person_id!,
    name: r.name!,
    position: r.position ?? '',
    unit: r.unit ?? '',
    phone: r.phone ?? '',
    whatsapp: r.whatsapp ?? '',
    email: r.email ?? '',
    stampedOn,
    stillServing: serving,
  };
}

async function caseLinks(caseId: string, ctx: Ctx): Promise<CaseLinkDto[]> {
  const rows = (await ctx.manager.query(
    `SELECT l.id, l.reason, l.note, l.created_at, o.id AS other_id, o.register_number, o.summary, st.name AS stage_name
       FROM case_links l
       JOIN cases o ON o.id = CASE WHEN l.case_a_id = ? THEN l.case_b_id ELSE l.case_a_id END
       JOIN case_master_items st ON st.id = o.stage_id
      WHERE l.case_a_id = ? OR l.case_b_id = ? ORDER BY l.created_at`,
    [caseId, caseId, caseId],
  )) as Array<Record<string, string>>;
  return rows.map((r) => ({
    id: r.id!,
    otherCaseId: r.other_id!,
    otherRegisterNumber: r.register_number!,
    otherSummary: r.summary!.slice(0, 240),
    otherStageName: r.stage_name!,
    reason: r.reason as CaseLinkReason,
    note: r.note!,
    createdAt: r.created_at!,
  }));
}

/** One case, everything the detail page shows; the reporter masked unless the caller may see it. */
export async function getCase(id: string, ctx: Ctx): Promise<CaseDetailDto> {
  const [r] = (await ctx.manager.query(
    `SELECT c.*, ${CASE_REF_COLUMNS}, o.name AS outcome_name, ${attachmentCountSql('case', 'c')} AS attachment_count
       FROM cases c ${CASE_REF_JOINS} LEFT JOIN case_master_items o ON o.id = c.outcome_id WHERE c.id = ?`,
    [id],
  )) as RefRow[];
  if (!r) throw notFound();
  const today = officeToday(ctx);
  const calendar = await loadWorkCalendar(ctx);
  const computed = computeClocks(await caseClockEvents(id, ctx), await loadClockRules(ctx), (r.closed_on as string | null) ?? null, calendar);
  const clocks = computed.map((c) => withStatus(c, today, calendar));
  const { nextDueOn } = dueSummary(computed);
  const dueSoonDays = (await caseSettingsRow(ctx)).dueSoonWorkingDays;
  const confidential = r.confidential === 1;
  const mal = (await maladministrationOf([id], (sql, p) => ctx.manager.query(sql, p))).get(id)!;
  return {
    id,
    officeCode: String(r.office_code),
    registerNumber: String(r.register_number),
    simpelNumber: String(r.simpel_number),
    receivedOn: String(r.received_on),
    ...rowRefs(r),
    agencyUnit: String(r.agency_unit),
    maladministrationIds: mal.ids,
    maladministrationNames: mal.names,
    summary: String(r.summary),
    chronology: String(r.chronology),
    expectedOutcome: String(r.expected_outcome),
    assignedStaff: String(r.assigned_staff),
    confidential,
    reporter: reporterView(await loadIdentity(id, ctx), confidential, ctx),
    forwardedOn: (r.forwarded_on as string | null) ?? null,
    focalPoint: await focalPoint((r.focal_assignment_id as string | null) ?? null, (r.forwarded_on as string | null) ?? null, today, ctx),
    outcomeId: (r.outcome_id as string | null) ?? null,
    outcomeName: (r.outcome_name as string | null) ?? null,
    closedOn: (r.closed_on as string | null) ?? null,
    closureReason: String(r.closure_reason),
    clocks,
    nextDueOn,
    overdue: nextDueOn !== null && nextDueOn < today,
    dueSoon: nextDueOn !== null && nextDueOn >= today && calendar.workingDaysBetween(today, nextDueOn) <= dueSoonDays,
    events: await caseEvents(id, ctx),
    links: await caseLinks(id, ctx),
    attachmentCount: Number(r.attachment_count),
    canSeeIdentity: !confidential || canSeeIdentity(ctx),
    today,
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}
