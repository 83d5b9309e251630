import { Button, Group, Input, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyGroups, useAgencyRegions } from '../../api/agencies';
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
  const regionData = regions.data ?? [];

  const clear = () => {
    setSearch('');
    update({ search: '', groupId: null, region: null, status: 'active', page: 1 });
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('agencies.searchLabel')}
        placeholder={t('agencies.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          commitSearch(e.currentTarget.value);
        }}
        type="search"
        w={250}
      />
      <Select
        label={t('agencies.filterGroup')}
        placeholder={t('agencies.allGroups')}
        data={groupData}
        value={params.groupId}
        onChange={(value) => update({ groupId: value, page: 1 })}
        clearable
        searchable
        w={200}
        error={groups.isError ? t('errors.loadFailed') : undefined}
        disabled={groups.isPending}
      />
      <Select
        label={t('agencies.filterRegion')}
        placeholder={t('agencies.allRegions')}
        data={regionData}
        value={params.region}
        onChange={(value) => update({ region: value, page: 1 })}
        clearable
        searchable
        w={180}
        nothingFoundMessage="—"
        error={regions.isError ? t('errors.loadFailed') : undefined}
        disabled={regions.isPending}
      />
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
      {filtered && (
        <Button variant="subtle" color="gray" px="xs" leftSection={<IconFilterOff size={16} />} onClick={clear}>
          {t('agencies.resetFilters')}
        </Button>
      )}
    </Group>
  );
}
