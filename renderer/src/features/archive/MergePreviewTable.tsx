import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArchivePreviewDto, TableMergeStatsDto } from '../../../../shared/dto';

const COLUMNS = ['new', 'changed', 'unchanged', 'conflicting', 'deleted'] as const;

function Row({ label, s, strong }: { label: string; s: Omit<TableMergeStatsDto, 'table'>; strong?: boolean }) {
  return (
    <Table.Tr fw={strong ? 700 : undefined}>
      <Table.Td>{label}</Table.Td>
      {COLUMNS.map((c) => (
        <Table.Td key={c} ta="right" c={c === 'conflicting' && s[c] > 0 ? 'red' : undefined}>
          {s[c]}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

/** Per table: what a merge would add, change, leave, refuse and delete; then the conflicts. */
export function MergePreviewTable({ preview }: { preview: ArchivePreviewDto }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={3} fz="md">
        {t('archive.import.previewHeading')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing={4} aria-label={t('archive.import.previewHeading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('archive.import.columns.table')}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c} ta="right">
                  {t(`archive.import.columns.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.tables
              .filter((s) => COLUMNS.some((c) => s[c] > 0))
              .map((s) => (
                <Row key={s.table} label={s.table} s={s} />
              ))}
            <Row label={t('archive.import.total')} s={preview.totals} strong />
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {preview.conflicts.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('archive.import.conflicts')}
          </Text>
          {preview.conflicts.slice(0, 20).map((c) => (
            <Text key={`${c.table}-${c.id}`} size="xs" ff="monospace">
              {c.table} {c.id.slice(-12)} · {t(`archive.import.reasons.${c.reason}`)} {c.detail}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Merge figures as text for a message ("{{new}} baru, ..."). */
export const countText = (s: Omit<TableMergeStatsDto, 'table'>) => ({ new: String(s.new), changed: String(s.changed), conflicting: String(s.conflicting) });
