import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MOU_ALERTS, MOU_STATUSES } from '../../../../shared/dto';
import { ResetFiltersButton, SearchFilter, useSearchDraft } from '../../components/lists/SearchFilter';
import { YearFilter } from '../../components/lists/YearFilter';
import { AgencyFilterSelect } from './AgencyFilterSelect';
import type { MouAlertFilter, MouListParams } from './useMouListParams';

interface Props {
  params: MouListParams;
  update: (patch: Partial<MouListParams>) => void;
  filtered: boolean;
  reset: () => void;
  years: number[];
}

export function MouFilters({ params, update, filtered, reset, years }: Props) {
  const { t } = useTranslation();
  const search = useSearchDraft(params.search, (value) => update({ search: value, page: 1 }));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchFilter label={t('mou.searchLabel')} placeholder={t('mou.searchPlaceholder')} w={230} draft={search} />
      <Select
        label={t('mou.filterStatus')}
        data={[{ value: 'all', label: t('mou.allStatuses') }, ...MOU_STATUSES.map((s) => ({ value: s, label: t(`mou.status.${s}`) }))]}
        value={params.status}
        onChange={(value) => update({ status: (value ?? 'all') as MouListParams['status'], page: 1 })}
        allowDeselect={false}
        w={160}
      />
      <AgencyFilterSelect
        label={t('mou.filterAgency')}
        placeholder={t('mou.allAgencies')}
        value={params.agencyId}
        onChange={(value) => update({ agencyId: value, page: 1 })}
        w={220}
      />
      <YearFilter label={t('mou.filterYear')} placeholder={t('mou.allYears')} years={years} value={params.year} onChange={(year) => update({ year, page: 1 })} />
      <Select
        label={t('mou.filterAlert')}
        data={[
          { value: 'all', label: t('mou.allAlerts') },
          { value: 'any', label: t('mou.anyAlert') },
          ...MOU_ALERTS.map((a) => ({ value: a, label: t(`mou.alerts.${a}`) })),
        ]}
        value={params.alert}
        onChange={(value) => update({ alert: (value ?? 'all') as MouAlertFilter, page: 1 })}
        allowDeselect={false}
        w={180}
      />
      {filtered && (
        <ResetFiltersButton
          label={t('mou.resetFilters')}
          onClick={() => {
            search.clear();
            reset();
          }}
        />
      )}
    </Group>
  );
}
