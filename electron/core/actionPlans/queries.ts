import type { z } from 'zod';
import type { actionPlanListInput } from '../../../shared/contract/actionPlans';
import {
  type ActionPlanDto, type ActionPlanPageDto, type BoardFilter, type CommitmentBoardDto, type CommitmentCounts,
  type CommitmentDto, type CommitmentStatus, type MissingItem,
} from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { likePattern } from '../agencies/queries';
import { attachmentCountSql } from '../attachments/service';
import { officePrintProfile, type OfficePrintProfile } from '../documents/officePrintProfile';
import { notFound } from '../errors';
import type { ServiceContext } from '../service';
import { contentDigest, sheetCode, sheetContent, type PlanForSheets, type SheetContent } from './sheetContent';

type Ctx = Pick<ServiceContext, 'manager'>;

const PLAN_SELECT = `p.id, p.office_code, p.title, p.year, p.event_id, e.title AS event_title, e.start_date AS event_date, p.template_id,
  t.name AS template_name, p.signing_date, p.place, p.witness_name, p.witness_position, p.witness_nip, p.notes, p.created_at, p.updated_at
  FROM action_plans p JOIN commitment_templates t ON t.id = p.template_id LEFT JOIN events e ON e.id = p.event_id`;

interface PlanRow {
  id: string;
  office_code: string;
  title: string;
  year: number;
  event_id: string | null;
  event_title: string | null;
  event_date: string | null;
  template_id: string;
  template_name: string;
  signing_date: string | null;
  place: string;
  witness_name: string;
  witness_position: string;
  witness_nip: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const emptyCounts = (): CommitmentCounts => ({ draft: 0, dicetak: 0, ditandatangani: 0, diarsipkan: 0, menolak: 0, total: 0 });

async function plansToDtos(rows: PlanRow[], ctx: Ctx): Promise<ActionPlanDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const marks = ids.map(() => '?').join(', ');
  const points = (await ctx.manager.query(`SELECT id, plan_id, sort_order, text FROM action_plan_points WHERE plan_id IN (${marks}) ORDER BY plan_id, sort_order`, ids)) as Array<{
    id: string;
    plan_id: string;
    sort_order: number;
    text: string;
  }>;
  const commitments = (await ctx.manager.query(`SELECT plan_id, agency_id, status FROM commitments WHERE plan_id IN (${marks}) ORDER BY plan_id, sort_order`, ids)) as Array<{
    plan_id: string;
    agency_id: string;
    status: CommitmentStatus;
  }>;
  return rows.map((r) => {
    const mine = commitments.filter((c) => c.plan_id === r.id);
    const counts = emptyCounts();
    for (const c of mine) {
      counts[c.status]++;
      counts.total++;
    }
    return {
      id: r.id,
      officeCode: r.office_code,
      title: r.title,
      year: r.year,
      eventId: r.event_id,
      eventTitle: r.event_title,
      eventDate: r.event_date,
      templateId: r.template_id,
      templateName: r.template_name,
      signingDate: r.signing_date,
      place: r.place,
      witness: r.witness_name ? { name: r.witness_name, position: r.witness_position, nip: r.witness_nip } : null,
      notes: r.notes,
      points: points.filter((p) => p.plan_id === r.id).map((p) => ({ id: p.id, sortOrder: p.sort_order, text: p.text })),
      agencyIds: mine.map((c) => c.agency_id),
      counts,
      locked: counts.ditandatangani + counts.diarsipkan > 0,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

export async function getActionPlan(id: string, ctx: Ctx): Promise<ActionPlanDto> {
  const rows = (await ctx.manager.query(`SELECT ${PLAN_SELECT} WHERE p.id = ?`, [id])) as PlanRow[];
  if (rows.length === 0) throw notFound();
  return (await plansToDtos(rows, ctx))[0]!;
}

export async function listActionPlans(input: z.output<typeof actionPlanListInput>, ctx: Ctx): Promise<ActionPlanPageDto> {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.year !== undefined) {
    clauses.push('p.year = ?');
    params.push(input.year);
  }
  if (input.eventId) {
    clauses.push('p.event_id = ?');
    params.push(input.eventId);
  }
  const term = nameKey(input.search);
  if (term) {
    clauses.push(`(lower(p.title) LIKE ? ESCAPE '\\' OR lower(coalesce(e.title, '')) LIKE ? ESCAPE '\\')`);
    params.push(likePattern(term), likePattern(term));
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = (await ctx.manager.query(`SELECT ${PLAN_SELECT} ${where} ORDER BY p.year DESC, p.created_at DESC, p.id LIMIT ? OFFSET ?`, [
    ...params,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  ])) as PlanRow[];
  const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM action_plans p LEFT JOIN events e ON e.id = p.event_id ${where}`, params)) as [{ n: number }];
  const years = ((await ctx.manager.query(`SELECT DISTINCT year FROM action_plans ORDER BY year DESC`)) as Array<{ year: number }>).map((r) => r.year);
  return { items: await plansToDtos(rows, ctx), total: n, page: input.page, pageSize: input.pageSize, years };
}

/** The plan as its sheets need it: template wording, points, event, witness. */
export async function planForSheets(plan: ActionPlanDto, ctx: Ctx): Promise<PlanForSheets> {
  const [template] = (await ctx.manager.query(`SELECT sheet_title, opening, closing FROM commitment_templates WHERE id = ?`, [plan.templateId])) as Array<{
    sheet_title: string;
    opening: string;
    closing: string;
  }>;
  return {
    title: plan.title,
    year: plan.year,
    eventTitle: plan.eventTitle,
    signingDate: plan.signingDate,
    place: plan.place,
    witness: plan.witness,
    template: { sheetTitle: template!.sheet_title, opening: template!.opening, closing: template!.closing },
    points: plan.points.map((p) => p.text),
  };
}

interface CommitmentRow {
  id: string;
  plan_id: string;
  agency_id: string;
  agency_name: string;
  agency_short_name: string;
  group_name: string;
  agency_active: number;
  g_sort: number;
  name_key: string;
  sort_order: number;
  signatory_name: string;
  signatory_position: string;
  signatory_nip: string;
  status: CommitmentStatus;
  printed_on: string | null;
  signed_on: string | null;
  archived_on: string | null;
  declined_on: string | null;
  decline_reason: string;
  notes: string;
  updated_at: string;
  attachment_count: number;
  printed_code: string | null;
}

const COMMITMENT_SELECT = `c.id, c.plan_id, c.agency_id, a.name AS agency_name, a.short_name AS agency_short_name, g.name AS group_name,
  a.active AS agency_active, g.sort_order AS g_sort, a.name_key, c.sort_order, c.signatory_name, c.signatory_position, c.signatory_nip,
  c.status, c.printed_on, c.signed_on, c.archived_on, c.declined_on, c.decline_reason, c.notes, c.updated_at,
  ${attachmentCountSql('commitment', 'c')} AS attachment_count,
  (SELECT cp.code FROM commitment_prints cp WHERE cp.commitment_id = c.id ORDER BY cp.created_at DESC, cp.id DESC LIMIT 1) AS printed_code
  FROM commitments c JOIN agencies a ON a.id = c.agency_id JOIN agency_groups g ON g.id = a.group_id`;

export function missingItems(status: CommitmentStatus, attachments: number, reprint: boolean): MissingItem[] {
  const out: MissingItem[] = [];
  if (status === 'draft') out.push('notPrinted');
  if (status === 'draft' || status === 'dicetak') out.push('notSigned');
  if (status === 'ditandatangani' || (status === 'diarsipkan' && attachments === 0)) out.push('noScan');
  if (reprint) out.push('reprint');
  return out;
}

/** A commitment with the content of its sheet (for printing) and its DTO. */
export interface LoadedCommitment {
  dto: CommitmentDto;
  content: SheetContent;
  digest: string;
  /** For ordering a batch. */
  groupSort: number;
  nameKey: string;
}

function toLoaded(r: CommitmentRow, plan: PlanForSheets, profile: OfficePrintProfile): LoadedCommitment {
  const signatory = { name: r.signatory_name, position: r.signatory_position, nip: r.signatory_nip };
  const content = sheetContent(plan, { id: r.id, agencyName: r.agency_name, agencyShortName: r.agency_short_name, signatory }, profile);
  const digest = contentDigest(content);
  const code = sheetCode(r.id, digest);
  const reprint = r.status === 'dicetak' && r.printed_code !== null && r.printed_code !== code;
  return {
    content,
    digest,
    groupSort: r.g_sort,
    nameKey: r.name_key,
    dto: {
      id: r.id,
      planId: r.plan_id,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      agencyShortName: r.agency_short_name,
      groupName: r.group_name,
      agencyActive: r.agency_active === 1,
      sortOrder: r.sort_order,
      signatory,
      status: r.status,
      printedOn: r.printed_on,
      signedOn: r.signed_on,
      archivedOn: r.archived_on,
      declinedOn: r.declined_on,
      declineReason: r.decline_reason,
      notes: r.notes,
      code,
      printedCode: r.printed_code,
      reprintNeeded: reprint,
      attachmentCount: r.attachment_count,
      missing: missingItems(r.status, r.attachment_count, reprint),
      updatedAt: r.updated_at,
    },
  };
}

/** The commitments of a plan (or the ones named), in the plan's order, with their sheet content. */
export async function loadCommitments(
  plan: ActionPlanDto,
  ctx: ServiceContext,
  only?: { ids: string[] },
): Promise<{ items: LoadedCommitment[]; sheets: PlanForSheets; profile: OfficePrintProfile }> {
  const sheets = await planForSheets(plan, ctx);
  const profile = await officePrintProfile(ctx);
  const filter = only ? `AND c.id IN (${only.ids.map(() => '?').join(', ') || "''"})` : '';
  const rows = (await ctx.manager.query(`SELECT ${COMMITMENT_SELECT} WHERE c.plan_id = ? ${filter} ORDER BY c.sort_order, a.name_key`, [plan.id, ...(only?.ids ?? [])])) as CommitmentRow[];
  return { items: rows.map((r) => toLoaded(r, sheets, profile)), sheets, profile };
}

export async function getCommitment(id: string, ctx: ServiceContext): Promise<LoadedCommitment> {
  const [row] = (await ctx.manager.query(`SELECT plan_id FROM commitments WHERE id = ?`, [id])) as Array<{ plan_id: string }>;
  if (!row) throw notFound();
  const plan = await getActionPlan(row.plan_id, ctx);
  const { items } = await loadCommitments(plan, ctx, { ids: [id] });
  return items[0]!;
}

const MATCHES: Record<BoardFilter, (c: CommitmentDto) => boolean> = {
  all: () => true,
  notPrinted: (c) => c.missing.includes('notPrinted'),
  notSigned: (c) => c.missing.includes('notSigned'),
  noScan: (c) => c.missing.includes('noScan'),
  reprint: (c) => c.missing.includes('reprint'),
  declined: (c) => c.status === 'menolak',
};

/** The status board: every agency's commitment and the counts, filtered by what is missing. */
export async function commitmentBoard(input: { planId: string; filter: BoardFilter }, ctx: ServiceContext): Promise<CommitmentBoardDto> {
  const plan = await getActionPlan(input.planId, ctx);
  const { items } = await loadCommitments(plan, ctx);
  const all = items.map((i) => i.dto);
  const counts = { ...emptyCounts(), notPrinted: 0, notSigned: 0, noScan: 0, reprint: 0 };
  for (const c of all) {
    counts[c.status]++;
    counts.total++;
    for (const m of c.missing) counts[m]++;
  }
  return { plan, items: all.filter(MATCHES[input.filter]), counts };
}

