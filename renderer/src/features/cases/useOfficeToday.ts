import { todayIso } from '../../../../shared/dates';
import { useCaseList } from '../../api/cases';

/**
 * The core's "today" (the office's date, which tests and the desktop may set apart from this
 * page's clock). The register's smallest page carries it; until it arrives, the page's date.
 */
export function useOfficeToday(): { today: string; known: boolean } {
  const page = useCaseList({ pageSize: 1 });
  return { today: page.data?.today ?? todayIso(), known: page.data !== undefined };
}
