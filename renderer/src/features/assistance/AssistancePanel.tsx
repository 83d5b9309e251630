import { Group, Paper, Stack } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistanceDto } from '../../../../shared/dto';
import { useAssistanceList, useDeleteAssistance } from '../../api/assistance';
import { useLang } from '../../app/i18n';
import { ListFooter } from '../../components/lists/ListFooter';
import { ListBody, ListEmpty } from '../../components/lists/ListStates';
import { notifySuccess } from '../../components/notify';
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
        <ListBody
          list={list}
          empty={
            <ListEmpty
              filtered={filtered}
              icon={IconHeartHandshake}
              empty={{ title: t('assistance.emptyTitle'), text: t('assistance.emptyText') }}
              noMatch={{ title: t('assistance.noMatchTitle'), text: t('assistance.noMatchText') }}
            />
          }
        >
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
        </ListBody>
        <ListFooter data={data} summary={(range) => t('assistance.summary', range)} onPage={(page) => update({ page })} />
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
