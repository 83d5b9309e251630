import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyList } from '../../api/agencies';

/**
 * The agency register as options for pickers and filters: active agencies, plus inactive
 * ones the record already names (they stay choosable there, marked). An office has a few
 * hundred partners; the list is capped at the contract's page size.
 */
export function useAgencyOptions(keepIds: readonly string[] = []) {
  const { t } = useTranslation();
  const list = useAgencyList({ status: 'all', pageSize: 500, sortBy: 'name', sortDir: 'asc' });
  const keep = keepIds.join('|');
  const options = useMemo(() => {
    const kept = new Set(keep ? keep.split('|') : []);
    return (list.data?.items ?? [])
      .filter((a) => a.active || kept.has(a.id))
      .map((a) => ({
        value: a.id,
        label: `${a.shortName || a.name}${a.active ? '' : ` (${t('common.inactive').toLowerCase()})`}`,
        description: a.shortName ? a.name : '',
      }));
  }, [list.data, keep, t]);
  return { options, isPending: list.isPending, error: list.error };
}
