import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImports } from '../../api/archive';
import { useLang } from '../../app/i18n';
import { formatTimestamp } from '../../components/formatTimestamp';
import { ListCard } from './ListCard';
import { countText } from './MergePreviewTable';

/** Every archive merged here, with its figures (the full report is kept with the record). */
export function ImportHistory() {
  const { t } = useTranslation();
  const lang = useLang();
  const imports = useImports();
  return (
    <ListCard
      title={t('archive.import.history')}
      error={imports.error}
      empty={imports.data?.length === 0 || !imports.data}
      emptyText={t('archive.import.empty')}
      minWidth={640}
      head={
        <Table.Tr>
          <Table.Th>{t('archive.import.historyColumns.when')}</Table.Th>
          <Table.Th>{t('archive.import.historyColumns.office')}</Table.Th>
          <Table.Th>{t('archive.import.historyColumns.kind')}</Table.Th>
          <Table.Th>{t('archive.import.historyColumns.made')}</Table.Th>
          <Table.Th>{t('archive.import.historyColumns.result')}</Table.Th>
          <Table.Th>{t('archive.import.historyColumns.by')}</Table.Th>
        </Table.Tr>
      }
    >
      {imports.data?.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td>{formatTimestamp(r.createdAt, lang)}</Table.Td>
          <Table.Td>{r.sourceOfficeCode}</Table.Td>
          <Table.Td>{t(`archive.export.kinds.${r.archiveKind}`)}</Table.Td>
          <Table.Td>{formatTimestamp(r.archiveCreatedAt, lang)}</Table.Td>
          <Table.Td>{t('archive.import.importedText', countText(r.totals))}</Table.Td>
          <Table.Td>{r.actorName}</Table.Td>
        </Table.Tr>
      ))}
    </ListCard>
  );
}
