import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ASSISTANCE_TOPICS } from '../../../../shared/dto';
import { ResetFiltersButton, SearchFilter, useSearchDraft } from '../../components/lists/SearchFilter';
import { YearFilter } from '../../components/lists/YearFilter';
import { AgencyFilterSelect } from '../mou/AgencyFilterSelect';
import type { AssistanceListParams } from './useAssistanceListParams';

interface Props {
  params: AssistanceListParams;
  update: (patch: Partial<AssistanceListParams>) => void;
  filtered: boolean;
  reset: () => void;
  years: number[];
}

export function AssistanceFilters({ params, update, filtered, reset, years }: Props) {
  const { t } = useTranslation();
  const search = useSearchDraft(params.search, (value) => update({ search: value, page: 1 }));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchFilter label={t('assistance.searchLabel')} placeholder={t('assistance.searchPlaceholder')} w={240} draft={search} />
      <AgencyFilterSelect
        label={t('assistance.filterAgency')}
        placeholder={t('assistance.allAgencies')}
        value={params.agencyId}
        onChange={(value) => update({ agencyId: value, page: 1 })}
        w={240}
      />
      <Select
        label={t('assistance.filterTopic')}
        data={[{ value: 'all', label: t('assistance.allTopics') }, ...ASSISTANCE_TOPICS.map((x) => ({ value: x, label: t(`assistance.topics.${x}`) }))]}
        value={params.topic}
        onChange={(value) => update({ topic: (value ?? 'all') as AssistanceListParams['topic'], page: 1 })}
        allowDeselect={false}
        w={260}
      />
      <YearFilter label={t('assistance.filterYear')} placeholder={t('assistance.allYears')} years={years} value={params.year} onChange={(year) => update({ year, page: 1 })} />
      {filtered && (
        <ResetFiltersButton
          label={t('assistance.resetFilters')}
          onClick={() => {
            search.clear();
            reset();
          }}
        />
      )}
    </Group>
  );
}
