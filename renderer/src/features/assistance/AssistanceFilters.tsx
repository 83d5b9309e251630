import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSISTANCE_TOPICS } from '../../../../shared/dto';
import { useAgencyOptions } from '../mou/useAgencyOptions';
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
  const agencies = useAgencyOptions(params.agencyId ? [params.agencyId] : []);
  const [search, setSearch] = useState(params.search);
  const commitSearch = useDebouncedCallback((value: string) => update({ search: value.trim(), page: 1 }), 300);
  const yearData = [...new Set([...(params.year ? [params.year] : []), ...years])].sort((a, b) => b - a).map(String);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('assistance.searchLabel')}
        placeholder={t('assistance.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          commitSearch(e.currentTarget.value);
        }}
        type="search"
        w={240}
      />
      <Select
        label={t('assistance.filterAgency')}
        placeholder={t('assistance.allAgencies')}
        data={agencies.options}
        value={params.agencyId}
        onChange={(value) => update({ agencyId: value, page: 1 })}
        clearable
        searchable
        nothingFoundMessage="—"
        w={240}
        disabled={agencies.isPending}
      />
      <Select
        label={t('assistance.filterTopic')}
        data={[{ value: 'all', label: t('assistance.allTopics') }, ...ASSISTANCE_TOPICS.map((x) => ({ value: x, label: t(`assistance.topics.${x}`) }))]}
        value={params.topic}
        onChange={(value) => update({ topic: (value ?? 'all') as AssistanceListParams['topic'], page: 1 })}
        allowDeselect={false}
        w={260}
      />
      <Select
        label={t('assistance.filterYear')}
        placeholder={t('assistance.allYears')}
        data={yearData}
        value={params.year ? String(params.year) : null}
        onChange={(value) => update({ year: value ? Number(value) : null, page: 1 })}
        clearable
        w={130}
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
          {t('assistance.resetFilters')}
        </Button>
      )}
    </Group>
  );
}
