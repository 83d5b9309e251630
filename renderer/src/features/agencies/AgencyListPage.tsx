import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AgencyDto } from '../../../../shared/dto';
import { useAgencyList } from '../../api/agencies';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AgencyArea } from './AgencyArea';
import { AgencyFilters } from './AgencyFilters';
import { AgencyFormDrawer } from './AgencyFormDrawer';
import { AgencyListEmpty } from './AgencyListEmpty';
import { AgencyPager } from './AgencyPager';
import { AgencyTable } from './AgencyTable';
import { SetActiveModal } from './SetActiveModal';
import { useAgencyListParams, type AgencySortField } from './useAgencyListParams';
import { useCan } from '../../app/session';

/** Instansi & Narahubung, tab "Daftar instansi": the register of partner agencies. */
export function AgencyListPage() {
  const { t } = useTranslation();
  const canWrite = useCan('records.write');
  const { params, input, update, filtered } = useAgencyListParams();
  const list = useAgencyList(input);
  const [drawer, setDrawer] = useState<{ opened: boolean; agency?: AgencyDto }>({ opened: false });
  const [toggling, setToggling] = useState<AgencyDto | null>(null);
  const [sp, setSp] = useSearchParams();

  // "?baru=1" (from Beranda) opens the add form once.
  const wantsNew = sp.get('baru') === '1';
  if (wantsNew && !drawer.opened) setDrawer({ opened: true });
  useEffect(() => {
    if (!wantsNew) return;
    setSp(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('baru');
        return next;
      },
      { replace: true },
    );
  }, [wantsNew, setSp]);

  const sort = (field: AgencySortField) => {
    if (params.sortBy === field) update({ sortDir: params.sortDir === 'asc' ? 'desc' : 'asc', page: 1 });
    // Latest changes first is the useful default for dates.
    else update({ sortBy: field, sortDir: field === 'updatedAt' ? 'desc' : 'asc', page: 1 });
  };

  const data = list.data;
  const empty = data && data.items.length === 0;

  return (
    <>
      <AgencyArea
        tab="register"
        lead={t('agencies.lead')}
        actions={
          // Offered to roles that may change records; dispatch refuses the others regardless.
          canWrite && (
            <>
              <Button component={Link} to="/instansi/impor" variant="default" leftSection={<IconFileImport size={18} />}>
                {t('agencyImport.open')}
              </Button>
              <Button leftSection={<IconPlus size={18} />} onClick={() => setDrawer({ opened: true })}>
                {t('agencies.add')}
              </Button>
            </>
          )
        }
      >
        <Paper p={0}>
          <Group p="md" justify="space-between" align="flex-end">
            <AgencyFilters params={params} update={update} filtered={filtered} />
          </Group>
          {list.isError && (
            <Paper withBorder={false} px="md" pb="md">
              <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />
            </Paper>
          )}
          {!list.isError && (empty ? (
            <AgencyListEmpty filtered={filtered} />
          ) : (
            <AgencyTable
              items={data?.items}
              params={params}
              onSort={sort}
              onEdit={(agency) => setDrawer({ opened: true, agency })}
              onToggleActive={setToggling}
              refreshing={list.isPlaceholderData}
              skeletonRows={8}
            />
          ))}
          {data && data.total > 0 && (
            <Group justify="space-between" p="md" gap="md" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('agencies.summary', {
                  from: String((data.page - 1) * data.pageSize + 1),
                  to: String((data.page - 1) * data.pageSize + data.items.length),
                  total: String(data.total),
                })}
              </Text>
              <Group gap="md">
                <Group gap="xs">
                  <Text size="sm" c="dimmed" component="label" htmlFor="agency-page-size">
                    {t('agencies.pageSize')}
                  </Text>
                  <Select
                    id="agency-page-size"
                    w={80}
                    size="xs"
                    data={['25', '50', '100']}
                    value={String(params.pageSize)}
                    onChange={(value) => update({ pageSize: Number(value ?? 25), page: 1 })}
                    allowDeselect={false}
                  />
                </Group>
                <AgencyPager page={data.page} total={Math.max(1, Math.ceil(data.total / data.pageSize))} onChange={(page) => update({ page })} />
              </Group>
            </Group>
          )}
        </Paper>
      </AgencyArea>
      <AgencyFormDrawer opened={drawer.opened} agency={drawer.agency} onClose={() => setDrawer((d) => ({ ...d, opened: false }))} />
      <SetActiveModal agency={toggling} onClose={() => setToggling(null)} />
    </>
  );
}
