import { Group, Paper, Stack } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MouDto } from '../../../../shared/dto';
import { useDeleteMou, useMouList } from '../../api/mous';
import { ListFooter } from '../../components/lists/ListFooter';
import { ListBody, ListEmpty } from '../../components/lists/ListStates';
import { notifySuccess } from '../../components/notify';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { MouAlertSummary } from './MouAlertSummary';
import { MouFilters } from './MouFilters';
import { MouFormDrawer } from './MouFormDrawer';
import { MouTable } from './MouTable';
import { useMouListParams, type MouSortField } from './useMouListParams';

interface Props {
  drawer: { opened: boolean; mou?: MouDto };
  setDrawer: (d: { opened: boolean; mou?: MouDto }) => void;
}

/** The MoU tracker: what needs attention, filters, the list, and the add/edit drawer. */
export function MouListPanel({ drawer, setDrawer }: Props) {
  const { t } = useTranslation();
  const { params, input, update, filtered, reset } = useMouListParams();
  const list = useMouList(input);
  const remove = useDeleteMou();
  const [deleting, setDeleting] = useState<MouDto | null>(null);
  const data = list.data;

  const sort = (field: MouSortField) => {
    if (params.sortBy === field) update({ sortDir: params.sortDir === 'asc' ? 'desc' : 'asc', page: 1 });
    else update({ sortBy: field, sortDir: field === 'title' || field === 'validUntil' ? 'asc' : 'desc', page: 1 });
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync({ id: deleting.id, expectedUpdatedAt: deleting.updatedAt });
      notifySuccess(t('mou.deleted'), deleting.title);
      setDeleting(null);
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Stack gap="lg">
      <MouAlertSummary counts={data?.counts} active={params.alert} onSelect={(alert) => update({ alert, page: 1 })} />
      <Paper p={0} component="section" aria-label={t('mou.tabMous')}>
        <Group p="md" justify="space-between" align="flex-end">
          <MouFilters params={params} update={update} filtered={filtered} reset={reset} years={data?.years ?? []} />
        </Group>
        <ListBody
          list={list}
          empty={
            <ListEmpty
              filtered={filtered}
              icon={IconFileCertificate}
              empty={{ title: t('mou.emptyTitle'), text: t('mou.emptyText') }}
              noMatch={{ title: t('mou.noMatchTitle'), text: t('mou.noMatchText') }}
            />
          }
        >
          <MouTable
            items={data?.items}
            params={params}
            onSort={sort}
            onEdit={(mou) => setDrawer({ opened: true, mou })}
            onDelete={(mou) => {
              remove.reset();
              setDeleting(mou);
            }}
            refreshing={list.isPlaceholderData}
          />
        </ListBody>
        <ListFooter
          data={data}
          summary={(range) => t('mou.summary', range)}
          onPage={(page) => update({ page })}
          pageSize={{ id: 'mou-page-size', label: t('mou.pageSize'), value: params.pageSize, onChange: (pageSize) => update({ pageSize, page: 1 }) }}
        />
      </Paper>
      <MouFormDrawer opened={drawer.opened} mou={drawer.mou} onClose={() => setDrawer({ opened: false })} />
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('mou.deleteTitle')}
        text={deleting ? t('mou.deleteText', { title: deleting.title }) : ''}
        confirmLabel={t('mou.delete')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
