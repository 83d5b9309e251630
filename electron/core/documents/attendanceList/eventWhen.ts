import { formatDayDateId } from '../../../../shared/dates';

/** "Sabtu, 22 November 2025", or "Senin, 10 November 2025 s.d. Rabu, 12 November 2025". */
export function eventDayLine(startDate: string, endDate: string | null): string {
  const first = formatDayDateId(startDate);
  return endDate && endDate !== startDate ? `${first} s.d. ${formatDayDateId(endDate)}` : first;
}

/** "09.00 s.d. 12.00", "09.00 s.d. selesai" (Indonesian writes hours with a dot), or "". */
export function eventTimeLine(startTime: string | null, endTime: string | null): string {
  const dot = (t: string) => t.replace(':', '.');
  if (!startTime) return endTime ? `s.d. ${dot(endTime)}` : '';
  return `${dot(startTime)} s.d. ${endTime ? dot(endTime) : 'selesai'}`;
}
