import { Button, Group, Paper } from '@mantine/core';
import { IconBuildingCommunity, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AgencyDto } from '../../../../shared/dto';
import { useAgencyList } from '../../api/agencies';
import { ListFooter } from '../../components/lists/ListFooter';
import { ListBody, ListEmpty } from '../../components/lists/ListStates';
import { AgencyArea } from './AgencyArea';
import { AgencyFilters } from './AgencyFilters';
import { AgencyFormDrawer } from './AgencyFormDrawer';
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
          <ListBody
            list={list}
            empty={
              <ListEmpty
                filtered={filtered}
                icon={IconBuildingCommunity}
                empty={{ title: t('agencies.emptyTitle'), text: t('agencies.emptyText') }}
                noMatch={{ title: t('agencies.noMatchTitle'), text: t('agencies.noMatchText') }}
              />
            }
          >
            <AgencyTable
              items={data?.items}
              params={params}
              onSort={sort}
              onEdit={(agency) => setDrawer({ opened: true, agency })}
              onToggleActive={setToggling}
              refreshing={list.isPlaceholderData}
              skeletonRows={8}
            />
          </ListBody>
          <ListFooter
            data={data}
            summary={(range) => t('agencies.summary', range)}
            onPage={(page) => update({ page })}
            pageSize={{ id: 'agency-page-size', label: t('agencies.pageSize'), value: params.pageSize, onChange: (pageSize) => update({ pageSize, page: 1 }) }}
          />
        </Paper>
      </AgencyArea>
      <AgencyFormDrawer opened={drawer.opened} agency={drawer.agency} onClose={() => setDrawer((d) => ({ ...d, opened: false }))} />
      <SetActiveModal agency={toggling} onClose={() => setToggling(null)} />
    </>
  );
}
