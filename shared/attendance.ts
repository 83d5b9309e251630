/**
 * The attendance counting rules, in one place (the event list, the event page, the agency
 * history and the reports all count the same way):
 * - an agency attended when its attendance is "hadir" or "diwakilkan"; it then has at
 *   least one named attendee (the core refuses otherwise);
 * - "invited but absent" is "tidak hadir"; "belum" (not recorded) is neither;
 * - the designated focal point is the one serving the agency on the event's date (roster
 *   as-of); they came when one of the agency's attendees is that person;
 * - "focal point replaced" = attended, a focal point was designated, and they did not come;
 * - participants = named attendees of attending agencies + walk-ins.
 */
import { ATTENDED, type AttendanceCounts, type AttendanceStatus } from './dto/events';

export interface InvitationFacts {
  attendance: AttendanceStatus;
  attendeeCount: number;
  designatedPersonId: string | null;
  attendeePersonIds: readonly (string | null)[];
}

export const attended = (attendance: AttendanceStatus): boolean => ATTENDED.includes(attendance);

/** Whether the designated focal point came; null when nobody was designated or the agency did not attend. */
export function focalCame(f: InvitationFacts): boolean | null {
  if (!attended(f.attendance) || f.designatedPersonId === null) return null;
  return f.attendeePersonIds.includes(f.designatedPersonId);
}

export function invitationFlags(f: InvitationFacts): { absent: boolean; focalReplaced: boolean; noFocalPoint: boolean } {
  return { absent: f.attendance === 'tidak_hadir', focalReplaced: focalCame(f) === false, noFocalPoint: f.designatedPersonId === null };
}

export function countAttendance(invitations: readonly InvitationFacts[], walkIns: number): AttendanceCounts {
  const c: AttendanceCounts = {
    invited: invitations.length, recorded: 0, hadir: 0, diwakilkan: 0, absent: 0, notRecorded: 0,
    focalCame: 0, focalReplaced: 0, walkIns, participants: walkIns,
  };
  for (const f of invitations) {
    if (f.attendance === 'belum') c.notRecorded++;
    else c.recorded++;
    if (f.attendance === 'hadir') c.hadir++;
    if (f.attendance === 'diwakilkan') c.diwakilkan++;
    if (f.attendance === 'tidak_hadir') c.absent++;
    if (attended(f.attendance)) c.participants += f.attendeeCount;
    const came = focalCame(f);
    if (came === true) c.focalCame++;
    if (came === false) c.focalReplaced++;
  }
  return c;
}
