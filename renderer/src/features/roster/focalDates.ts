import type { TFunction } from 'i18next';
import { formatDate, parseIsoDate } from '../../../../shared/dates';
import type { AssignmentDto } from '../../../../shared/dto';
import type { Lang } from '../../../../shared/messages';

const SHORT_MONTHS = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/** A business date (YYYY-MM-DD, no time zone) for tables: "10 Mar 2025". */
export function shortDate(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  const d = parseIsoDate(iso);
  return d ? `${d.day} ${SHORT_MONTHS[lang][d.month - 1]} ${d.year}` : iso;
}

/** "1 Maret 2023" */
export function longDate(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  return parseIsoDate(iso) ? formatDate(iso, lang) : iso;
}

/**
 * The period of an assignment. The end date is the first day the person no longer served
 * (the successor starts that day), so it is labelled "berakhir per", never "s.d.".
 */
export function periodText(a: Pick<AssignmentDto, 'startDate' | 'endDate'>, today: string, lang: Lang, t: TFunction): string {
  const start = longDate(a.startDate, lang);
  if (a.endDate) return t('focal.periodEnded', { start, end: longDate(a.endDate, lang) });
  if (a.startDate > today) return t('focal.periodFuture', { start });
  return t('focal.periodCurrent', { start });
}
