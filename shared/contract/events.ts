import { z } from 'zod';
import type { AgencyAttendanceDto, EventDetailDto, EventDto, EventPageDto, EventTypeDto, GeneratedDocumentDto, InviteResultDto } from '../dto';
import { ATTENDANCE_STATUSES } from '../dto/events';
import { optionalLine, optionalPhone, optionalText, recordId, requiredLine, isoDate } from '../validation';
import { mutation, query } from './define';
import { optionalDate } from './mous';

/** "09:00"; "" (an empty time input) and null mean none. */
export const optionalTime = () =>
  z
    .union([z.null(), z.string({ error: 'time' })], { error: 'time' })
    .default(null)
    .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
    .refine((v) => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: 'time' });

export const eventFields = {
  typeId: recordId(),
  title: requiredLine(300),
  theme: optionalLine(300),
  startDate: isoDate(),
  endDate: optionalDate(),
  startTime: optionalTime(),
  endTime: optionalTime(),
  place: optionalLine(300),
  description: optionalText(4000),
  speakers: optionalText(2000),
  notes: optionalText(4000),
};

type EventRuleInput = { startDate: string; endDate: string | null; startTime: string | null; endTime: string | null };

export function checkEventRules(v: EventRuleInput, ctx: z.core.$RefinementCtx<EventRuleInput>): void {
  if (v.endDate !== null && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', message: 'eventEndBeforeStart', path: ['endDate'] });
  // Times compare only within one day; a multi-day event may end earlier in the day.
  const oneDay = v.endDate === null || v.endDate === v.startDate;
  if (oneDay && v.startTime !== null && v.endTime !== null && v.endTime <= v.startTime) {
    ctx.addIssue({ code: 'custom', message: 'eventEndTimeOrder', path: ['endTime'] });
  }
}

export const eventCreateInput = z
  .object({ ...eventFields, agencyIds: z.array(recordId(), { error: 'invalidType' }).max(1000).default([]) })
  .strict()
  .superRefine(checkEventRules);
export type EventCreateInput = z.input<typeof eventCreateInput>;

export const eventUpdateInput = z
  .object({ id: recordId(), expectedUpdatedAt: z.string().max(40).optional(), ...eventFields })
  .strict()
  .superRefine(checkEventRules);
export type EventUpdateInput = z.input<typeof eventUpdateInput>;

export const EVENT_WHEN = ['all', 'upcoming', 'past', 'cancelled'] as const;

export const eventListInput = z
  .object({
    search: z.string().max(200).default(''),
    typeId: recordId().optional(),
    year: z.number().int().min(1945).max(2200).optional(),
    when: z.enum(EVENT_WHEN).default('all'),
    sortDir: z.enum(['asc', 'desc']).default('desc'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(500).default(25),
  })
  .strict();
export type EventListInput = z.input<typeof eventListInput>;

export const eventTypeSaveInput = z
  .object({
    id: recordId().optional(),
    name: requiredLine(120),
    sortOrder: z.number().int().min(0).max(10_000).default(100),
    active: z.boolean().default(true),
  })
  .strict();
export type EventTypeSaveInput = z.input<typeof eventTypeSaveInput>;

/** Agencies picked one by one, and/or every active agency of a group or of a region. */
export const inviteInput = z
  .object({
    eventId: recordId(),
    agencyIds: z.array(recordId(), { error: 'invalidType' }).max(1000).default([]),
    groupId: recordId().optional(),
    region: z.string().max(100).optional(),
  })
  .strict();
export type InviteInput = z.input<typeof inviteInput>;

export const attendeeInput = z
  .object({ name: requiredLine(120), position: optionalLine(200), phone: optionalPhone(), personId: recordId().nullable().default(null) })
  .strict();

export const recordAttendanceInput = z
  .object({
    invitationId: recordId(),
    expectedUpdatedAt: z.string().max(40).optional(),
    attendance: z.enum(ATTENDANCE_STATUSES, { error: 'invalidOption' }),
    attendees: z.array(attendeeInput, { error: 'invalidType' }).max(50).default([]),
    note: optionalText(1000),
  })
  .strict()
  .superRefine((v, ctx) => {
    const attended = v.attendance === 'hadir' || v.attendance === 'diwakilkan';
    if (attended && v.attendees.length === 0) ctx.addIssue({ code: 'custom', message: 'attendeesRequired', path: ['attendees'] });
    if (!attended && v.attendees.length > 0) ctx.addIssue({ code: 'custom', message: 'attendeesNotExpected', path: ['attendees'] });
  });
export type RecordAttendanceInput = z.input<typeof recordAttendanceInput>;

export const walkInInput = z
  .object({
    eventId: recordId(),
    id: recordId().optional(),
    name: requiredLine(120),
    position: optionalLine(200),
    institution: optionalLine(300),
    phone: optionalPhone(),
  })
  .strict();
export type WalkInInput = z.input<typeof walkInInput>;

export const attendanceListInput = z
  .object({ eventId: recordId(), blankRows: z.number().int().min(0).max(200).default(10) })
  .strict();

const byId = z.object({ id: recordId() }).strict();

export const eventChannels = {
  'eventTypes.list': query<EventTypeDto[]>()(z.object({}).strict().optional(), 'app.read'),
  'eventTypes.save': mutation<EventTypeDto>()(eventTypeSaveInput, 'masterdata.write'),
  'events.list': query<EventPageDto>()(eventListInput, 'app.read'),
  'events.get': query<EventDetailDto>()(byId, 'app.read'),
  'events.create': mutation<EventDetailDto>()(eventCreateInput, 'records.write'),
  'events.update': mutation<EventDetailDto>()(eventUpdateInput, 'records.write'),
  /** Events others refer to are cancelled, never deleted. */
  'events.setCancelled': mutation<EventDetailDto>()(
    z.object({ id: recordId(), cancelled: z.boolean(), reason: optionalLine(300), expectedUpdatedAt: z.string().max(40).optional() }).strict(),
    'records.write',
  ),
  'events.invite': mutation<InviteResultDto>()(inviteInput, 'records.write'),
  'events.uninvite': mutation<EventDetailDto>()(z.object({ invitationId: recordId() }).strict(), 'records.write'),
  'events.recordAttendance': mutation<EventDetailDto>()(recordAttendanceInput, 'records.write'),
  'events.saveWalkIn': mutation<EventDetailDto>()(walkInInput, 'records.write'),
  'events.removeWalkIn': mutation<EventDetailDto>()(byId, 'records.write'),
  'events.agencyHistory': query<AgencyAttendanceDto[]>()(z.object({ agencyId: recordId() }).strict(), 'app.read'),
  /** Daftar hadir: invited agencies with their focal point, then empty rows for walk-ins. */
  'events.printAttendanceList': mutation<GeneratedDocumentDto>()(attendanceListInput, 'app.read'),
};

/** The editable fields of an event, e.g. to fill an edit form. */
export function eventEditableFields(e: EventDto): Required<Omit<z.input<typeof eventUpdateInput>, 'id' | 'expectedUpdatedAt'>> {
  return {
    typeId: e.typeId,
    title: e.title,
    theme: e.theme,
    startDate: e.startDate,
    endDate: e.endDate,
    startTime: e.startTime,
    endTime: e.endTime,
    place: e.place,
    description: e.description,
    speakers: e.speakers,
    notes: e.notes,
  };
}
