import { Group, Input, SegmentedControl } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ResetFiltersButton, SearchFilter, useSearchDraft } from '../../components/lists/SearchFilter';
import { GroupRegionFilters } from './GroupRegionFilters';
import type { AgencyListParams, AgencyStatusFilter } from './useAgencyListParams';

interface Props {
  params: AgencyListParams;
  update: (patch: Partial<AgencyListParams>) => void;
  filtered: boolean;
}

/** Search (debounced while typing), group, area and status filters of the register. */
export function AgencyFilters({ params, update, filtered }: Props) {
  const { t } = useTranslation();
  const statusLabelId = useId();
  const search = useSearchDraft(params.search, (value) => update({ search: value, page: 1 }), true);

  const clear = () => {
    search.clear();
    update({ search: '', groupId: null, region: null, status: 'active', page: 1 });
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchFilter label={t('agencies.searchLabel')} placeholder={t('agencies.searchPlaceholder')} w={250} draft={search} />
      <GroupRegionFilters params={params} update={update} widths={{ group: 200, region: 180 }} />
      <Input.Wrapper label={t('agencies.filterStatus')} labelElement="div" labelProps={{ id: statusLabelId }}>
        <div>
          <SegmentedControl
            aria-labelledby={statusLabelId}
            value={params.status}
            onChange={(value) => update({ status: value as AgencyStatusFilter, page: 1 })}
            data={[
              { value: 'active', label: t('agencies.statusActive') },
              { value: 'inactive', label: t('agencies.statusInactive') },
              { value: 'all', label: t('agencies.statusAll') },
            ]}
          />
        </div>
      </Input.Wrapper>
      {filtered && <ResetFiltersButton label={t('agencies.resetFilters')} onClick={clear} />}
    </Group>
  );
}
