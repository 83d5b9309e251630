import { Button, EmptyState, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconCalendarEvent, IconFilterOff, IconPlus, IconSearch, IconSearchOff, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EVENT_WHEN } from '../../../../shared/contract/events';
import { useEventList, useEventTypes } from '../../api/events';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { ListPager } from '../../components/lists/ListPager';
import { EventFormDrawer } from './EventFormDrawer';
import { EventTable } from './EventTable';
import { EventTypesModal } from './EventTypesModal';
import { useEventListParams } from './useEventListParams';

/** "Kegiatan": every event with its attendance at a glance. */
export function EventListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { params, input, update, filtered, reset } = useEventListParams();
  const list = useEventList(input);
  const types = useEventTypes();
  const [adding, setAdding] = useState(false);
  const [typesOpen, setTypesOpen] = useState(false);
  const [search, setSearch] = useState(params.search);
  const commitSearch = useDebouncedCallback((value: string) => update({ search: value.trim(), page: 1 }), 300);
  const data = list.data;

  return (
    <>
      <PageHeader
        title={t('nav.events')}
        lead={t('events.lead')}
        actions={
          <>
            <Button variant="default" leftSection={<IconSettings size={18} />} onClick={() => setTypesOpen(true)}>
              {t('events.manageTypes')}
            </Button>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)}>
              {t('events.add')}
            </Button>
          </>
        }
      />
      <Paper p={0}>
        <Group p="md" gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('events.searchLabel')}
            placeholder={t('events.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            type="search"
            w={240}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              commitSearch(e.currentTarget.value);
            }}
          />
          <Select
            label={t('events.filterType')}
            placeholder={t('events.allTypes')}
            data={(types.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
            value={params.typeId}
            onChange={(v) => update({ typeId: v, page: 1 })}
            clearable
            w={210}
          />
          <Select
            label={t('events.filterYear')}
            placeholder={t('events.allYears')}
            data={(data?.years ?? []).map(String)}
            value={params.year ? String(params.year) : null}
            onChange={(v) => update({ year: v ? Number(v) : null, page: 1 })}
            clearable
            w={130}
          />
          <Select
            label={t('events.filterWhen')}
            data={EVENT_WHEN.map((w) => ({ value: w, label: t(`events.when.${w}`) }))}
            value={params.when}
            onChange={(v) => update({ when: (v ?? 'all') as typeof params.when, page: 1 })}
            allowDeselect={false}
            w={160}
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
              {t('events.resetFilters')}
            </Button>
          )}
        </Group>
        {list.isError && (
          <Stack px="md" pb="md">
            <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />
          </Stack>
        )}
        {!list.isError &&
          (data && data.items.length === 0 ? (
            <EmptyState
              py={56}
              icon={filtered ? <IconSearchOff size={26} /> : <IconCalendarEvent size={26} />}
              title={filtered ? t('events.noMatchTitle') : t('events.emptyTitle')}
              description={filtered ? t('events.noMatchText') : t('events.emptyText')}
            />
          ) : (
            <EventTable items={data?.items} today={data?.today ?? ''} refreshing={list.isPlaceholderData} />
          ))}
        {data && data.total > 0 && (
          <Group justify="space-between" p="md">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('events.summary', {
                from: String((data.page - 1) * data.pageSize + 1),
                to: String((data.page - 1) * data.pageSize + data.items.length),
                total: String(data.total),
              })}
            </Text>
            <ListPager page={data.page} total={Math.max(1, Math.ceil(data.total / data.pageSize))} onChange={(page) => update({ page })} />
          </Group>
        )}
      </Paper>
      <EventFormDrawer opened={adding} onClose={() => setAdding(false)} onSaved={(saved) => void navigate(`/kegiatan/${saved.event.id}`)} />
      <EventTypesModal opened={typesOpen} onClose={() => setTypesOpen(false)} />
    </>
  );
}
