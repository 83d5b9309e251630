import { Button, Table } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../../shared/attachments';
import type { BackupFileDto } from '../../../../shared/dto';
import { useSystemStatus } from '../../api/system';
import { useLang } from '../../app/i18n';
import { formatTimestamp } from '../../components/formatTimestamp';
import { ListCard } from './ListCard';

const labelKey = (label: string) => (label === 'backup' || label === 'pre-restore' ? label : 'other');

/** The backup files in both folders, newest first, each with "Pulihkan…". */
export function BackupList({ files, onRestore, children }: { files: BackupFileDto[]; onRestore(file: BackupFileDto): void; children?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const mayRestore = useSystemStatus().data?.permissions.includes('backup.restore') ?? false;
  return (
    <ListCard
      title={t('archive.backup.list')}
      action={mayRestore ? children : null}
      empty={files.length === 0}
      emptyText={t('archive.backup.empty')}
      minWidth={560}
      head={
        <Table.Tr>
          <Table.Th>{t('archive.backup.columns.when')}</Table.Th>
          <Table.Th>{t('archive.backup.columns.folder')}</Table.Th>
          <Table.Th>{t('archive.backup.columns.kind')}</Table.Th>
          <Table.Th ta="right">{t('archive.backup.columns.size')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      }
    >
      {files.slice(0, 60).map((f) => (
        <Table.Tr key={`${f.folder}/${f.fileName}`}>
          <Table.Td title={f.fileName}>{formatTimestamp(f.createdAt, lang)}</Table.Td>
          <Table.Td>{f.folder === 'app' ? t('archive.backup.appFolder') : t('archive.backup.userFolder')}</Table.Td>
          <Table.Td>{t(`archive.backup.labels.${labelKey(f.label)}`)}</Table.Td>
          <Table.Td ta="right">{formatFileSize(f.sizeBytes, lang)}</Table.Td>
          <Table.Td>
            {mayRestore && (
              <Button size="compact-sm" variant="subtle" leftSection={<IconRestore size={14} />} onClick={() => onRestore(f)}>
                {t('archive.backup.restore')}
              </Button>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </ListCard>
  );
}
