import { parseIsoDate } from '../../../../shared/dates';
import type { Lang } from '../../../../shared/messages';

const SHORT_MONTHS = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/** A business date (YYYY-MM-DD, no time zone) for tables: "10 Mar 2025" / "10 Agu 2025". */
export function shortCalendarDate(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  const d = parseIsoDate(iso);
  return d ? `${d.day} ${SHORT_MONTHS[lang][d.month - 1]} ${d.year}` : iso;
}
