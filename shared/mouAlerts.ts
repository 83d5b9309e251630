import { addDays, parseIsoDate } from './dates';
import { MOU_EXPIRY_WARNING_DAYS, type MouAlert, type MouStatus } from './dto/partnerships';

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Not calendar dates: ${from}, ${to}`);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** The last valid-until date that still counts as "expiring soon" on `today`. */
export const expiryWarningLimit = (today: string): string => addDays(today, MOU_EXPIRY_WARNING_DAYS);

/**
 * What needs the office's attention on `today`. The SQL filter in core/mous/queries.ts
 * states the same rules; tests hold the two together.
 * - plannedOverdue: still planned, the planned date is before today (today itself is fine).
 * - expiringSoon: signed, valid until today .. today + 90 days (both ends included).
 * - expired: signed, valid until is before today (the status should become "berakhir").
 */
export function mouAlerts(
  m: { status: MouStatus; plannedDate: string | null; validUntil: string | null },
  today: string,
): { alerts: MouAlert[]; daysToExpiry: number | null } {
  const alerts: MouAlert[] = [];
  if (m.status === 'rencana' && m.plannedDate !== null && m.plannedDate < today) alerts.push('plannedOverdue');
  if (m.status === 'ditandatangani' && m.validUntil !== null) {
    if (m.validUntil < today) alerts.push('expired');
    else if (m.validUntil <= expiryWarningLimit(today)) alerts.push('expiringSoon');
  }
  return { alerts, daysToExpiry: m.validUntil === null ? null : daysBetween(today, m.validUntil) };
}
