import { formatDate, todayIso } from '../../../shared/dates';
import type { Lang } from '../../../shared/messages';

/** A stored UTC timestamp in local time: "23 November 2025, 14.05" (Indonesian uses a dot). */
export function formatTimestamp(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${formatDate(todayIso(date), lang)}, ${hh}${lang === 'id' ? '.' : ':'}${mm}`;
}

const SHORT_MONTHS = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/** A stored UTC timestamp as a compact local date for tables: "23 Nov 2025" / "23 Agu 2025". */
export function formatShortDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getDate()} ${SHORT_MONTHS[lang][date.getMonth()]} ${date.getFullYear()}`;
}
