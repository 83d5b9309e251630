import { EntitySchema } from 'typeorm';
import type { AttendanceStatus } from '../../../shared/dto';
import { baseColumns, boolColumn, type BaseRecord } from '../db/baseColumns';

/** Jenis kegiatan: editable master data (workshop pembentukan, pertemuan berkala, monev, ...). */
export interface EventType extends BaseRecord {
  name: string;
  nameKey: string;
  sortOrder: number;
  active: boolean;
}

export const EventTypeEntity = new EntitySchema<EventType>({
  name: 'EventType',
  tableName: 'event_types',
  columns: {
    ...baseColumns,
    name: { type: 'text' },
    nameKey: { name: 'name_key', type: 'text' },
    sortOrder: { name: 'sort_order', type: 'integer' },
    active: boolColumn('active'),
  },
});

/** Kegiatan: cancelled, never deleted (action plans and attendance refer to it). */
export interface NetworkEvent extends BaseRecord {
  typeId: string;
  title: string;
  theme: string;
  startDate: string;
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  place: string;
  description: string;
  speakers: string;
  notes: string;
  cancelled: boolean;
  cancelReason: string;
}

export const NetworkEventEntity = new EntitySchema<NetworkEvent>({
  name: 'NetworkEvent',
  tableName: 'events',
  columns: {
    ...baseColumns,
    typeId: { name: 'type_id', type: 'text' },
    title: { type: 'text' },
    theme: { type: 'text' },
    startDate: { name: 'start_date', type: 'text' },
    endDate: { name: 'end_date', type: 'text', nullable: true },
    startTime: { name: 'start_time', type: 'text', nullable: true },
    endTime: { name: 'end_time', type: 'text', nullable: true },
    place: { type: 'text' },
    description: { type: 'text' },
    speakers: { type: 'text' },
    notes: { type: 'text' },
    cancelled: boolColumn('cancelled'),
    cancelReason: { name: 'cancel_reason', type: 'text' },
  },
});

export interface EventInvitation extends BaseRecord {
  eventId: string;
  agencyId: string;
  sortOrder: number;
  attendance: AttendanceStatus;
  note: string;
}

export const EventInvitationEntity = new EntitySchema<EventInvitation>({
  name: 'EventInvitation',
  tableName: 'event_invitations',
  columns: {
    ...baseColumns,
    eventId: { name: 'event_id', type: 'text' },
    agencyId: { name: 'agency_id', type: 'text' },
    sortOrder: { name: 'sort_order', type: 'integer' },
    attendance: { type: 'text' },
    note: { type: 'text' },
  },
});

/** Someone who came: for an invited agency (invitationId) or as a walk-in (invitationId null). */
export interface EventAttendee extends BaseRecord {
  eventId: string;
  invitationId: string | null;
  personId: string | null;
  name: string;
  position: string;
  institution: string;
  phone: string;
  sortOrder: number;
}

export const EventAttendeeEntity = new EntitySchema<EventAttendee>({
  name: 'EventAttendee',
  tableName: 'event_attendees',
  columns: {
    ...baseColumns,
    eventId: { name: 'event_id', type: 'text' },
    invitationId: { name: 'invitation_id', type: 'text', nullable: true },
    personId: { name: 'person_id', type: 'text', nullable: true },
    name: { type: 'text' },
    position: { type: 'text' },
    institution: { type: 'text' },
    phone: { type: 'text' },
    sortOrder: { name: 'sort_order', type: 'integer' },
  },
});
