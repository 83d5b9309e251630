import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyOptionList } from '../../api/agencies';

/**
 * The agency register as options for pickers and filters: active agencies, plus inactive
 * ones the record already names (they stay choosable there, marked). Every agency is loaded
 * (`agencies.options`, a few columns each), so a large register is never cut short.
 */
export function useAgencyOptions(keepIds: readonly string[] = []) {
  const { t } = useTranslation();
  const list = useAgencyOptionList();
  const keep = keepIds.join('|');
  const options = useMemo(() => {
    const kept = new Set(keep ? keep.split('|') : []);
    return (list.data ?? [])
      .filter((a) => a.active || kept.has(a.id))
      .map((a) => ({
        value: a.id,
        label: `${a.shortName || a.name}${a.active ? '' : ` (${t('common.inactive').toLowerCase()})`}`,
        description: a.shortName ? a.name : '',
      }));
  }, [list.data, keep, t]);
  return { options, isPending: list.isPending, error: list.error };
}
