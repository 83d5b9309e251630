import { Badge, Button, Table } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../../shared/attachments';
import { deliverExport, useExports } from '../../api/archive';
import { useLang } from '../../app/i18n';
import { finishDelivery } from '../../components/deliveredFile';
import { formatTimestamp } from '../../components/formatTimestamp';
import { notifyError, notifySuccess } from '../../components/notify';
import { ListCard } from './ListCard';

const STATUS_COLOR = { running: 'blue', completed: 'teal', failed: 'red', interrupted: 'orange' } as const;

/** Saves a copy of a finished archive where the user chooses (e.g. a USB drive). */
export function useSaveExportCopy() {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (id: string) => deliverExport(id, 'saveAs'),
    onSuccess: (result) => {
      if (finishDelivery(result, 'saveAs') === 'saved') notifySuccess(t('archive.export.saved'), result.fileName);
    },
    onError: (error) => notifyError(t('archive.export.saveCopy'), error.message),
  });
}

export function ExportHistory() {
  const { t } = useTranslation();
  const lang = useLang();
  const exports = useExports();
  const save = useSaveExportCopy();
  return (
    <ListCard
      title={t('archive.export.history')}
      error={exports.error}
      empty={exports.data?.length === 0 || !exports.data}
      emptyText={t('archive.export.empty')}
      minWidth={640}
      head={
        <Table.Tr>
          <Table.Th>{t('archive.export.columns.when')}</Table.Th>
          <Table.Th>{t('archive.export.columns.kind')}</Table.Th>
          <Table.Th>{t('archive.export.columns.status')}</Table.Th>
          <Table.Th ta="right">{t('archive.export.columns.rows')}</Table.Th>
          <Table.Th ta="right">{t('archive.export.columns.size')}</Table.Th>
          <Table.Th>{t('archive.export.columns.by')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      }
    >
      {exports.data?.map((e) => (
        <Table.Tr key={e.id}>
          <Table.Td>{formatTimestamp(e.createdAt, lang)}</Table.Td>
          <Table.Td>
            {t(`archive.export.kinds.${e.kind}`)}
            {e.includeConfidential && (
              <Badge ml="xs" size="xs" color="red" variant="light">
                {t('archive.export.confidentialBadge')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={STATUS_COLOR[e.status]} title={e.error || undefined}>
              {t(`archive.export.statuses.${e.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td ta="right">{e.rowCount ?? '–'}</Table.Td>
          <Table.Td ta="right">{e.sizeBytes !== null ? formatFileSize(e.sizeBytes, lang) : '–'}</Table.Td>
          <Table.Td>{e.actorName}</Table.Td>
          <Table.Td>
            {e.status === 'completed' && (
              <Button size="compact-sm" variant="subtle" leftSection={<IconDeviceFloppy size={14} />} onClick={() => save.mutate(e.id)}>
                {t('archive.export.saveCopy')}
              </Button>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </ListCard>
  );
}
