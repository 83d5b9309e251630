import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOU_ALERTS, MOU_STATUSES } from '../../../../shared/dto';
import { useAgencyOptions } from './useAgencyOptions';
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
  const agencies = useAgencyOptions(params.agencyId ? [params.agencyId] : []);
  const [search, setSearch] = useState(params.search);
  const commitSearch = useDebouncedCallback((value: string) => update({ search: value.trim(), page: 1 }), 300);
  const yearData = [...new Set([...(params.year ? [params.year] : []), ...years])].sort((a, b) => b - a).map(String);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('mou.searchLabel')}
        placeholder={t('mou.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          commitSearch(e.currentTarget.value);
        }}
        type="search"
        w={230}
      />
      <Select
        label={t('mou.filterStatus')}
        data={[{ value: 'all', label: t('mou.allStatuses') }, ...MOU_STATUSES.map((s) => ({ value: s, label: t(`mou.status.${s}`) }))]}
        value={params.status}
        onChange={(value) => update({ status: (value ?? 'all') as MouListParams['status'], page: 1 })}
        allowDeselect={false}
        w={160}
      />
      <Select
        label={t('mou.filterAgency')}
        placeholder={t('mou.allAgencies')}
        data={agencies.options}
        value={params.agencyId}
        onChange={(value) => update({ agencyId: value, page: 1 })}
        clearable
        searchable
        nothingFoundMessage="—"
        w={220}
        disabled={agencies.isPending}
      />
      <Select
        label={t('mou.filterYear')}
        placeholder={t('mou.allYears')}
        data={yearData}
        value={params.year ? String(params.year) : null}
        onChange={(value) => update({ year: value ? Number(value) : null, page: 1 })}
        clearable
        w={130}
      />
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
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            setSearch('');
            reset();
          }}
        >
          {t('mou.resetFilters')}
        </Button>
      )}
    </Group>
  );
}
