import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyGroups, useAgencyRegions } from '../../api/agencies';
import type { RosterParams } from './useRosterParams';

interface Props {
  params: RosterParams;
  update: (patch: Partial<RosterParams>) => void;
  filtered: boolean;
}

/** Search over agency and focal-point names (debounced while typing), group and area. */
export function RosterFilters({ params, update, filtered }: Props) {
  const { t } = useTranslation();
  const groups = useAgencyGroups();
  const regions = useAgencyRegions();
  const [search, setSearch] = useState(params.search);
  // Follow the address when it changes from elsewhere (back button, "Hapus filter", a link).
  const [committed, setCommitted] = useState(params.search);
  if (params.search !== committed) {
    setCommitted(params.search);
    if (params.search !== search.trim()) setSearch(params.search);
  }
  const commitSearch = useDebouncedCallback((value: string) => update({ search: value.trim(), page: 1 }), 300);

  const groupData = (groups.data ?? []).map((g) => ({ value: g.id, label: g.active ? g.name : `${g.name} (${t('common.inactive').toLowerCase()})` }));

  const clear = () => {
    setSearch('');
    update({ search: '', groupId: null, region: null, flag: 'all', page: 1 });
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('roster.searchLabel')}
        placeholder={t('roster.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          commitSearch(e.currentTarget.value);
        }}
        type="search"
        w={300}
      />
      <Select
        label={t('agencies.filterGroup')}
        placeholder={t('agencies.allGroups')}
        data={groupData}
        value={params.groupId}
        onChange={(value) => update({ groupId: value, page: 1 })}
        clearable
        searchable
        w={210}
        error={groups.isError ? t('errors.loadFailed') : undefined}
        disabled={groups.isPending}
      />
      <Select
        label={t('agencies.filterRegion')}
        placeholder={t('agencies.allRegions')}
        data={regions.data ?? []}
        value={params.region}
        onChange={(value) => update({ region: value, page: 1 })}
        clearable
        searchable
        w={200}
        nothingFoundMessage="—"
        error={regions.isError ? t('errors.loadFailed') : undefined}
        disabled={regions.isPending}
      />
      {filtered && (
        <Button variant="subtle" color="gray" px="xs" leftSection={<IconFilterOff size={16} />} onClick={clear}>
          {t('agencies.resetFilters')}
        </Button>
      )}
    </Group>
  );
}
