import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseMasterItemDto, CaseMasterList } from '../../../../shared/dto';
import { useCaseMaster } from '../../api/caseSetup';

export interface MasterOption {
  value: string;
  label: string;
}

/**
 * The master lists as options for pickers and filters: active items in the office's order,
 * plus inactive ones a record already uses (they stay choosable there, marked).
 */
export function useCaseMasterOptions(keepIds: readonly string[] = []) {
  const { t } = useTranslation();
  const master = useCaseMaster();
  const keep = keepIds.join('|');
  const options = useMemo(() => {
    const kept = new Set(keep ? keep.split('|') : []);
    const of = (list: CaseMasterList): MasterOption[] =>
      (master.data?.[list] ?? [])
        .filter((i) => i.active || kept.has(i.id))
        .map((i) => ({ value: i.id, label: i.active ? i.name : `${i.name} (${t('common.inactive').toLowerCase()})` }));
    return {
      stage: of('stage'),
      track: of('track'),
      channel: of('channel'),
      subject: of('subject'),
      maladministration: of('maladministration'),
      outcome: of('outcome'),
    } satisfies Record<CaseMasterList, MasterOption[]>;
  }, [master.data, keep, t]);
  const byId = useMemo(() => {
    const map = new Map<string, CaseMasterItemDto>();
    for (const list of Object.values(master.data ?? {})) for (const item of list) map.set(item.id, item);
    return map;
  }, [master.data]);
  return { options, byId, isPending: master.isPending, error: master.error };
}
