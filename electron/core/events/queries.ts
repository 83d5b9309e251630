import type { z } from 'zod';
import { countAttendance, focalCame, invitationFlags, type InvitationFacts } from '../../../shared/attendance';
import type { eventListInput } from '../../../shared/contract/events';
import { todayIso } from '../../../shared/dates';
import type {
  AgencyAttendanceDto, AttendanceCounts, AttendanceStatus, AttendeeDto, EventDetailDto, EventDto, EventPageDto, InvitationDto, WalkInDto,
} from '../../../shared/dto';
import { nameKey } from '../../../shared/text';
import { likePattern } from '../agencies/queries';
import { notFound } from '../errors';
import type { ServiceContext } from '../service';

type Ctx = Pick<ServiceContext, 'manager' | 'now'>;
type ListInput = z.output<typeof eventListInput>;

export const officeToday = (ctx: Pick<ServiceContext, 'now'>): string => todayIso(ctx.now());

const EVENT_SELECT = `e.id, e.office_code, e.type_id, t.name AS type_name, e.title, e.theme, e.start_date, e.end_date, e.start_time,
  e.end_time, e.place, e.description, e.speakers, e.notes, e.cancelled, e.cancel_reason, e.created_at, e.updated_at
  FROM events e JOIN event_types t ON t.id = e.type_id`;

interface EventRow {
  id: string;
  office_code: string;
  type_id: string;
  type_name: string;
  title: string;
  theme: string;
  start_date: string;
  end_date: string | null;
  start_time: string | null;
  end_time: string | null;
  place: string;
  description: string;
  speakers: string;
  notes: string;
  cancelled: number;
  cancel_reason: string;
  created_at: string;
  updated_at: string;
}

/**
 * The primary focal point serving the invitation's agency on the event's first day (the
 * roster's as-of rule: start <= day < end), as a correlated sub-query on `i` and `e`.
 */
export const DESIGNATED_PERSON_SQL = `(SELECT fa.person_id FROM focal_assignments fa
  WHERE fa.agency_id = i.agency_id AND fa.role = 'utama' AND fa.start_date <= e.start_date
    AND (fa.end_date IS NULL OR fa.end_date > e.start_date) LIMIT 1)`;

/** Attendance facts of every invitation of the given events (for the counts). */
async function factsByEvent(eventIds: string[], ctx: Ctx): Promise<Map<string, { facts: InvitationFacts[]; walkIns: number }>> {
  const out = new Map(eventIds.map((id) => [id, { facts: [] as InvitationFacts[], walkIns: 0 }]));
  if (eventIds.length === 0) return out;
  const marks = eventIds.map(() => '?').join(', ');
  const rows = (await ctx.manager.query(
    `SELECT x.event_id, x.attendance, x.designated, x.n,
            EXISTS (SELECT 1 FROM event_attendees a WHERE a.invitation_id = x.id AND a.person_id = x.designated) AS came
       FROM (SELECT i.id, i.event_id, i.attendance, ${DESIGNATED_PERSON_SQL} AS designated,
                    (SELECT count(*) FROM event_attendees a WHERE a.invitation_id = i.id) AS n
               FROM event_invitations i JOIN events e ON e.id = i.event_id WHERE i.event_id IN (${marks})) x`,
    eventIds,
  )) as Array<{ event_id: string; attendance: AttendanceStatus; designated: string | null; n: number; came: number }>;
  for (const r of rows) {
    out.get(r.event_id)?.facts.push({
      attendance: r.attendance,
      attendeeCount: r.n,
      designatedPersonId: r.designated,
      attendeePersonIds: r.came ? [r.designated] : [],
    });
  }
  const walkIns = (await ctx.manager.query(
    `SELECT event_id, count(*) AS n FROM event_attendees WHERE invitation_id IS NULL AND event_id IN (${marks}) GROUP BY event_id`,
    eventIds,
  )) as Array<{ event_id: string; n: number }>;
  for (const w of walkIns) {
    const entry = out.get(w.event_id);
    if (entry) entry.walkIns = w.n;
  }
  return out;
}

function toEventDto(r: EventRow, counts: AttendanceCounts): EventDto {
  return {
    id: r.id,
    officeCode: r.office_code,
    typeId: r.type_id,
    typeName: r.type_name,
    title: r.title,
    theme: r.theme,
    startDate: r.start_date,
    endDate: r.end_date,
    startTime: r.start_time,
    endTime: r.end_time,
    place: r.place,
    description: r.description,
    speakers: r.speakers,
    notes: r.notes,
    cancelled: r.cancelled === 1,
    cancelReason: r.cancel_reason,
    counts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

async function toEventDtos(rows: EventRow[], ctx: Ctx): Promise<EventDto[]> {
  const facts = await factsByEvent(rows.map((r) => r.id), ctx);
  return rows.map((r) => {
    const f = facts.get(r.id)!;
    return toEventDto(r, countAttendance(f.facts, f.walkIns));
  });
}

function listWhere(input: ListInput, today: string): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.typeId) {
    clauses.push('e.type_id = ?');
    params.push(input.typeId);
  }
  if (input.year !== undefined) {
    clauses.push('substr(e.start_date, 1, 4) = ?');
    params.push(String(input.year).padStart(4, '0'));
  }
  if (input.when === 'cancelled') clauses.push('e.cancelled = 1');
  if (input.when === 'upcoming' || input.when === 'past') {
    clauses.push(`e.cancelled = 0 AND e.start_date ${input.when === 'upcoming' ? '>=' : '<'} ?`);
    params.push(today);
  }
  const term = nameKey(input.search);
  if (term) {
    const like = likePattern(term);
    clauses.push(`(lower(e.title) LIKE ? ESCAPE '\\' OR lower(e.theme) LIKE ? ESCAPE '\\' OR lower(e.place) LIKE ? ESCAPE '\\')`);
    params.push(like, like, like);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export async function listEvents(input: ListInput, ctx: Ctx): Promise<EventPageDto> {
  const today = officeToday(ctx);
  const where = listWhere(input, today);
  const dir = input.sortDir === 'asc' ? 'ASC' : 'DESC';
  const rows = (await ctx.manager.query(
    `SELECT ${EVENT_SELECT} ${where.sql} ORDER BY e.start_date ${dir}, e.start_time ${dir}, e.id LIMIT ? OFFSET ?`,
    [...where.params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as EventRow[];
  const [{ n }] = (await ctx.manager.query(`SELECT count(*) AS n FROM events e ${where.sql}`, where.params)) as [{ n: number }];
  const years = ((await ctx.manager.query(`SELECT DISTINCT CAST(substr(start_date, 1, 4) AS INTEGER) AS y FROM events ORDER BY y DESC`)) as Array<{ y: number }>).map((r) => r.y);
  return { items: await toEventDtos(rows, ctx), total: n, page: input.page, pageSize: input.pageSize, years, today };
}

export async function getEventRow(id: string, ctx: Ctx): Promise<EventRow> {
  const rows = (await ctx.manager.query(`SELECT ${EVENT_SELECT} WHERE e.id = ?`, [id])) as EventRow[];
  if (rows.length === 0) throw notFound();
  return rows[0]!;
}

interface InvitationRow {
  id: string;
  event_id: string;
  agency_id: string;
  agency_name: string;
  agency_short_name: string;
  group_name: string;
  region: string;
  agency_active: number;
  sort_order: number;
  attendance: AttendanceStatus;
  note: string;
  updated_at: string;
  designated: string | null;
  p_name: string | null;
  p_position: string | null;
  p_phone: string | null;
  p_whatsapp: string | null;
}

interface AttendeeRow {
  id: string;
  invitation_id: string | null;
  person_id: string | null;
  name: string;
  position: string;
  institution: string;
  phone: string;
}

/** The event with every invitation (designated focal point, attendees, flags) and walk-in. */
export async function getEventDetail(id: string, ctx: Ctx): Promise<EventDetailDto> {
  const row = await getEventRow(id, ctx);
  const invitations = (await ctx.manager.query(
    `SELECT x.*, p.name AS p_name, p.position AS p_position, p.phone AS p_phone, p.whatsapp AS p_whatsapp
       FROM (SELECT i.id, i.event_id, i.agency_id, a.name AS agency_name, a.short_name AS agency_short_name, g.name AS group_name,
                    a.region, a.active AS agency_active, i.sort_order, i.attendance, i.note, i.updated_at, ${DESIGNATED_PERSON_SQL} AS designated,
                    g.sort_order AS g_sort, a.name_key
               FROM event_invitations i JOIN events e ON e.id = i.event_id
               JOIN agencies a ON a.id = i.agency_id JOIN agency_groups g ON g.id = a.group_id
              WHERE i.event_id = ?) x
       LEFT JOIN focal_persons p ON p.id = x.designated
      ORDER BY x.sort_order, x.g_sort, x.name_key`,
    [id],
  )) as InvitationRow[];
  const attendees = (await ctx.manager.query(
    `SELECT id, invitation_id, person_id, name, position, institution, phone FROM event_attendees WHERE event_id = ? ORDER BY sort_order, created_at, id`,
    [id],
  )) as AttendeeRow[];
  const byInvitation = new Map<string, AttendeeDto[]>();
  const walkIns: WalkInDto[] = [];
  for (const a of attendees) {
    if (a.invitation_id === null) walkIns.push({ id: a.id, name: a.name, position: a.position, institution: a.institution, phone: a.phone });
    else {
      const list = byInvitation.get(a.invitation_id) ?? [];
      list.push({ id: a.id, name: a.name, position: a.position, phone: a.phone, personId: a.person_id });
      byInvitation.set(a.invitation_id, list);
    }
  }
  const facts: InvitationFacts[] = [];
  const dtos: InvitationDto[] = invitations.map((r) => {
    const list = byInvitation.get(r.id) ?? [];
    const f: InvitationFacts = { attendance: r.attendance, attendeeCount: list.length, designatedPersonId: r.designated, attendeePersonIds: list.map((a) => a.personId) };
    facts.push(f);
    return {
      id: r.id,
      eventId: r.event_id,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      agencyShortName: r.agency_short_name,
      groupName: r.group_name,
      region: r.region,
      agencyActive: r.agency_active === 1,
      sortOrder: r.sort_order,
      attendance: r.attendance,
      note: r.note,
      designatedFocal: r.designated
        ? { personId: r.designated, name: r.p_name ?? '', position: r.p_position ?? '', phone: r.p_phone || r.p_whatsapp || '' }
        : null,
      attendees: list,
      focalCame: focalCame(f),
      flags: invitationFlags(f),
      updatedAt: r.updated_at,
    };
  });
  const plans = (await ctx.manager.query(`SELECT id, title, year FROM action_plans WHERE event_id = ? ORDER BY year DESC, title`, [id])) as Array<{
    id: string;
    title: string;
    year: number;
  }>;
  return { event: toEventDto(row, countAttendance(facts, walkIns.length)), invitations: dtos, walkIns, actionPlans: plans };
}

/** Every event the agency was invited to, newest first: its attendance history. */
export async function agencyAttendanceHistory(agencyId: string, ctx: Ctx): Promise<AgencyAttendanceDto[]> {
  const rows = (await ctx.manager.query(
    `SELECT e.id AS event_id, e.title, t.name AS type_name, e.start_date, e.cancelled, i.id AS invitation_id, i.attendance,
            ${DESIGNATED_PERSON_SQL} AS designated
       FROM event_invitations i JOIN events e ON e.id = i.event_id JOIN event_types t ON t.id = e.type_id
      WHERE i.agency_id = ? ORDER BY e.start_date DESC, e.id`,
    [agencyId],
  )) as Array<{ event_id: string; title: string; type_name: string; start_date: string; cancelled: number; invitation_id: string; attendance: AttendanceStatus; designated: string | null }>;
  const ids = rows.map((r) => r.invitation_id);
  const people = ids.length
    ? ((await ctx.manager.query(
        `SELECT invitation_id, name, person_id FROM event_attendees WHERE invitation_id IN (${ids.map(() => '?').join(', ')}) ORDER BY sort_order, created_at`,
        ids,
      )) as Array<{ invitation_id: string; name: string; person_id: string | null }>)
    : [];
  return rows.map((r) => {
    const mine = people.filter((p) => p.invitation_id === r.invitation_id);
    return {
      eventId: r.event_id,
      title: r.title,
      typeName: r.type_name,
      startDate: r.start_date,
      cancelled: r.cancelled === 1,
      attendance: r.attendance,
      attendeeNames: mine.map((p) => p.name),
      focalCame: focalCame({ attendance: r.attendance, attendeeCount: mine.length, designatedPersonId: r.designated, attendeePersonIds: mine.map((p) => p.person_id) }),
    };
  });
}
