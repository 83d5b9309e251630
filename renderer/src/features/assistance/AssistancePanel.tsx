import { EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconHeartHandshake, IconSearchOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistanceDto } from '../../../../shared/dto';
import { useAssistanceList, useDeleteAssistance } from '../../api/assistance';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { AgencyPager } from '../agencies/AgencyPager';
import { shortCalendarDate } from '../mou/calendarDate';
import { ConfirmDeleteModal } from '../mou/ConfirmDeleteModal';
import { AssistanceFilters } from './AssistanceFilters';
import { AssistanceFormDrawer } from './AssistanceFormDrawer';
import { AssistanceTable } from './AssistanceTable';
import { useAssistanceListParams } from './useAssistanceListParams';

interface Props {
  drawer: { opened: boolean; item?: AssistanceDto };
  setDrawer: (d: { opened: boolean; item?: AssistanceDto }) => void;
}

/** The technical-assistance log: filters, the list, and the record/edit drawer. */
export function AssistancePanel({ drawer, setDrawer }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { params, input, update, filtered, reset } = useAssistanceListParams();
  const list = useAssistanceList(input);
  const remove = useDeleteAssistance();
  const [deleting, setDeleting] = useState<AssistanceDto | null>(null);
  const data = list.data;

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync({ id: deleting.id, expectedUpdatedAt: deleting.updatedAt });
      notifySuccess(t('assistance.deleted'), deleting.agencyShortName || deleting.agencyName);
      setDeleting(null);
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Stack gap="lg">
      <Paper p={0} component="section" aria-label={t('assistance.title')}>
        <Group p="md" justify="space-between" align="flex-end">
          <AssistanceFilters params={params} update={update} filtered={filtered} reset={reset} years={data?.years ?? []} />
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
              icon={filtered ? <IconSearchOff size={26} /> : <IconHeartHandshake size={26} />}
              title={filtered ? t('assistance.noMatchTitle') : t('assistance.emptyTitle')}
              description={filtered ? t('assistance.noMatchText') : t('assistance.emptyText')}
            />
          ) : (
            <AssistanceTable
              items={data?.items}
              sortDir={params.sortDir}
              onToggleSort={() => update({ sortDir: params.sortDir === 'asc' ? 'desc' : 'asc', page: 1 })}
              onEdit={(item) => setDrawer({ opened: true, item })}
              onDelete={(item) => {
                remove.reset();
                setDeleting(item);
              }}
              refreshing={list.isPlaceholderData}
            />
          ))}
        {data && data.total > 0 && (
          <Group justify="space-between" p="md" gap="md" wrap="wrap">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('assistance.summary', {
                from: String((data.page - 1) * data.pageSize + 1),
                to: String((data.page - 1) * data.pageSize + data.items.length),
                total: String(data.total),
              })}
            </Text>
            <AgencyPager page={data.page} total={Math.max(1, Math.ceil(data.total / data.pageSize))} onChange={(page) => update({ page })} />
          </Group>
        )}
      </Paper>
      <AssistanceFormDrawer opened={drawer.opened} item={drawer.item} onClose={() => setDrawer({ opened: false })} />
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('assistance.deleteTitle')}
        text={deleting ? t('assistance.deleteText', { agency: deleting.agencyShortName || deleting.agencyName, date: shortCalendarDate(deleting.date, lang) }) : ''}
        confirmLabel={t('assistance.delete')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
