/** Events of the focal-point network (kegiatan): invitations, attendance, walk-in participants. */
import type { Page } from './index';

/**
 * Attendance of one invited agency. "belum" = not recorded yet (before or just after the
 * event); "diwakilkan" = the agency came, represented by someone other than the invitee.
 */
export const ATTENDANCE_STATUSES = ['belum', 'hadir', 'tidak_hadir', 'diwakilkan'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
/** The statuses that mean the agency was there (and so has named attendees). */
export const ATTENDED: readonly AttendanceStatus[] = ['hadir', 'diwakilkan'];

export interface EventTypeDto {
  id: string;
  name: string;
  sortOrder: number;
  active: boolean;
  eventCount: number;
}

/**
 * The figures press releases and reports quote ("14 instansi hadir, 2 tidak hadir, 27 peserta").
 * See shared/attendance.ts for the rules.
 */
export interface AttendanceCounts {
  invited: number;
  /** Attendance recorded (anything but "belum"). */
  recorded: number;
  hadir: number;
  diwakilkan: number;
  /** Invited but absent ("tidak hadir"). */
  absent: number;
  notRecorded: number;
  /** Attending agencies whose designated focal point was among their attendees. */
  focalCame: number;
  /** Attending agencies with a designated focal point who did not come (someone else did). */
  focalReplaced: number;
  walkIns: number;
  /** Named attendees of invited agencies plus walk-ins. */
  participants: number;
}

export interface EventDto {
  id: string;
  officeCode: string;
  typeId: string;
  typeName: string;
  title: string;
  theme: string;
  startDate: string;
  /** Last day of a multi-day event; null for a one-day event. */
  endDate: string | null;
  /** "09:00" (24 h), or null when not set. */
  startTime: string | null;
  endTime: string | null;
  place: string;
  description: string;
  /** Speakers (narasumber), one per line. */
  speakers: string;
  notes: string;
  cancelled: boolean;
  cancelReason: string;
  counts: AttendanceCounts;
  createdAt: string;
  updatedAt: string;
}

export interface EventPageDto extends Page<EventDto> {
  years: number[];
  today: string;
}

export interface AttendeeDto {
  id: string;
  name: string;
  position: string;
  phone: string;
  /** A person of the focal-point register, when the attendee is one. */
  personId: string | null;
}

/** The focal point serving the agency on the event's date (roster as-of). */
export interface DesignatedFocalDto {
  personId: string;
  name: string;
  position: string;
  phone: string;
}

export interface InvitationDto {
  id: string;
  eventId: string;
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  groupName: string;
  region: string;
  agencyActive: boolean;
  sortOrder: number;
  attendance: AttendanceStatus;
  note: string;
  designatedFocal: DesignatedFocalDto | null;
  attendees: AttendeeDto[];
  /** Attended and the designated focal point was among the attendees; null when not applicable. */
  focalCame: boolean | null;
  flags: { absent: boolean; focalReplaced: boolean; noFocalPoint: boolean };
  updatedAt: string;
}

export interface WalkInDto {
  id: string;
  name: string;
  position: string;
  institution: string;
  phone: string;
}

export interface EventDetailDto {
  event: EventDto;
  invitations: InvitationDto[];
  walkIns: WalkInDto[];
  /** Action plans signed (to be signed) at this event. */
  actionPlans: Array<{ id: string; title: string; year: number }>;
}

export interface InviteResultDto {
  added: number;
  /** Already invited, or inactive agencies of a group/region. */
  skipped: number;
  detail: EventDetailDto;
}

/** One line of an agency's attendance history (its detail page). */
export interface AgencyAttendanceDto {
  eventId: string;
  title: string;
  typeName: string;
  startDate: string;
  cancelled: boolean;
  attendance: AttendanceStatus;
  attendeeNames: string[];
  focalCame: boolean | null;
}
