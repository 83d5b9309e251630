import type { z } from 'zod';
import type { assistanceListInput } from '../../../shared/contract/assistance';
import type { AssistanceDto, AssistancePageDto, AssistanceTopic } from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { likePattern } from '../agencies/queries';
import { attachmentCountSql } from '../attachments/service';
import { notFound } from '../errors';
import type { ServiceContext } from '../service';

type ListInput = z.output<typeof assistanceListInput>;

const SELECT = `t.id, t.office_code, t.agency_id, a.name AS agency_name, a.short_name AS agency_short_name, t.topic,
  t.topic_other, t.held_on, t.office_staff, t.participant_count, t.participant_names, t.outcome, t.notes,
  t.created_at, t.updated_at, ${attachmentCountSql('assistance', 't')} AS attachment_count
  FROM technical_assistance t JOIN agencies a ON a.id = t.agency_id`;

interface Row {
  id: string;
  office_code: string;
  agency_id: string;
  agency_name: string;
  agency_short_name: string;
  topic: AssistanceTopic;
  topic_other: string;
  held_on: string;
  office_staff: string;
  participant_count: number | null;
  participant_names: string;
  outcome: string;
  notes: string;
  created_at: string;
  updated_at: string;
  attachment_count: number;
}

const toDto = (r: Row): AssistanceDto => ({
  id: r.id,
  officeCode: r.office_code,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  agencyShortName: r.agency_short_name,
  topic: r.topic,
  topicOther: r.topic_other,
  date: r.held_on,
  officeStaff: r.office_staff,
  participantCount: r.participant_count,
  participantNames: r.participant_names,
  outcome: r.outcome,
  notes: r.notes,
  attachmentCount: r.attachment_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function where(input: ListInput): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.agencyId) {
    clauses.push('t.agency_id = ?');
    params.push(input.agencyId);
  }
  if (input.topic !== 'all') {
    clauses.push('t.topic = ?');
    params.push(input.topic);
  }
  if (input.year !== undefined) {
    clauses.push('substr(t.held_on, 1, 4) = ?');
    params.push(String(input.year).padStart(4, '0'));
  }
  const term = nameKey(input.search);
  if (term) {
    const like = likePattern(term);
    clauses.push(`(a.name_key LIKE ? ESCAPE '\\' OR lower(a.short_name) LIKE ? ESCAPE '\\' OR lower(t.topic_other) LIKE ? ESCAPE '\\'
      OR lower(t.office_staff) LIKE ? ESCAPE '\\' OR lower(t.outcome) LIKE ? ESCAPE '\\' OR lower(t.participant_names) LIKE ? ESCAPE '\\')`);
    params.push(like, like, like, like, like, like);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export async function getAssistance(id: string, ctx: Pick<ServiceContext, 'manager'>): Promise<AssistanceDto> {
  const rows = (await ctx.manager.query(`SELECT ${SELECT} WHERE t.id = ?`, [id])) as Row[];
  if (rows.length === 0) throw notFound();
  return toDto(rows[0]!);
}

export async function listAssistance(input: ListInput, ctx: ServiceContext): Promise<AssistancePageDto> {
  const w = where(input);
  const dir = input.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = (await ctx.manager.query(`SELECT ${SELECT} ${w.sql} ORDER BY t.held_on ${dir}, t.created_at ${dir}, t.id LIMIT ? OFFSET ?`, [
    ...w.params,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  ])) as Row[];
  const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM technical_assistance t JOIN agencies a ON a.id = t.agency_id ${w.sql}`, w.params)) as [{ n: number }];
  const years = (
    (await ctx.manager.query(`SELECT DISTINCT CAST(substr(held_on, 1, 4) AS INTEGER) AS y FROM technical_assistance ORDER BY y DESC`)) as Array<{ y: number }>
  ).map((r) => r.y);
  return { items: rows.map(toDto), total: n, page: input.page, pageSize: input.pageSize, years };
}
