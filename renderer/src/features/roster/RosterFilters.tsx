import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResetFiltersButton, SearchFilter, useSearchDraft } from '../../components/lists/SearchFilter';
import { GroupRegionFilters } from '../agencies/GroupRegionFilters';
import type { RosterParams } from './useRosterParams';

interface Props {
  params: RosterParams;
  update: (patch: Partial<RosterParams>) => void;
  filtered: boolean;
}

/** Search over agency and focal-point names (debounced while typing), group and area. */
export function RosterFilters({ params, update, filtered }: Props) {
  const { t } = useTranslation();
  const search = useSearchDraft(params.search, (value) => update({ search: value, page: 1 }), true);

  const clear = () => {
    search.clear();
    update({ search: '', groupId: null, region: null, flag: 'all', page: 1 });
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchFilter label={t('roster.searchLabel')} placeholder={t('roster.searchPlaceholder')} w={300} draft={search} />
      <GroupRegionFilters params={params} update={update} widths={{ group: 210, region: 200 }} />
      {filtered && <ResetFiltersButton label={t('agencies.resetFilters')} onClick={clear} />}
    </Group>
  );
}
