import { EmptyState, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconFileCertificate, IconSearchOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MouDto } from '../../../../shared/dto';
import { useDeleteMou, useMouList } from '../../api/mous';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { AgencyPager } from '../agencies/AgencyPager';
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
        {list.isError && (
          <Paper withBorder={false} px="md" pb="md">
            <ErrorAlert error={list.error} title={t('errors.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />
          </Paper>
        )}
        {!list.isError &&
          (data && data.items.length === 0 ? (
            <EmptyState
              py={56}
              icon={filtered ? <IconSearchOff size={26} /> : <IconFileCertificate size={26} />}
              title={filtered ? t('mou.noMatchTitle') : t('mou.emptyTitle')}
              description={filtered ? t('mou.noMatchText') : t('mou.emptyText')}
            />
          ) : (
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
          ))}
        {data && data.total > 0 && (
          <Group justify="space-between" p="md" gap="md" wrap="wrap">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('mou.summary', {
                from: String((data.page - 1) * data.pageSize + 1),
                to: String((data.page - 1) * data.pageSize + data.items.length),
                total: String(data.total),
              })}
            </Text>
            <Group gap="md">
              <Group gap="xs">
                <Text size="sm" c="dimmed" component="label" htmlFor="mou-page-size">
                  {t('mou.pageSize')}
                </Text>
                <Select
                  id="mou-page-size"
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
