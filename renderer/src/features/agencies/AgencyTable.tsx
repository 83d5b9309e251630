import { Anchor, Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgencyDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { formatShortDate, formatTimestamp } from '../../components/formatTimestamp';
import { SkeletonRows } from '../../components/lists/SkeletonRows';
import { AgencyRowMenu, agencyNameId } from './AgencyRowMenu';
import classes from '../../components/lists/ListTable.module.css';
import { SortableTh, Th } from '../../components/lists/SortableTh';
import type { AgencyListParams, AgencySortField } from './useAgencyListParams';

interface Props {
  items: AgencyDto[] | undefined;
  params: AgencyListParams;
  onSort: (field: AgencySortField) => void;
  onEdit: (agency: AgencyDto) => void;
  onToggleActive: (agency: AgencyDto) => void;
  /** A newer page is loading while the previous one stays on screen. */
  refreshing: boolean;
  skeletonRows: number;
}

const dash = (value: string) => value.trim() || '—';

export function AgencyTable({ items, params, onSort, onEdit, onToggleActive, refreshing, skeletonRows }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const sortProps = { sortBy: params.sortBy, sortDir: params.sortDir, onSort };

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing={10} horizontalSpacing="md" className={classes.table} data-refreshing={refreshing || undefined} aria-busy={refreshing || !items}>
        <Table.Thead className={classes.thead}>
          <Table.Tr>
            <SortableTh field="name" label={t('agencies.colName')} {...sortProps} />
            <SortableTh field="group" label={t('agencies.colGroup')} width="18%" {...sortProps} />
            <SortableTh field="region" label={t('agencies.colRegion')} width="16%" {...sortProps} />
            <Th label={t('agencies.colHead')} width="20%" />
            <SortableTh field="updatedAt" label={t('agencies.colUpdated')} width={118} {...sortProps} />
            <Table.Th w={52} className={classes.th}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!items && <SkeletonRows rows={skeletonRows} widths={[70, 60, 55, 65, 50, 20]} />}
          {items?.map((a) => (
            <Table.Tr key={a.id} className={a.active ? undefined : classes.inactiveRow}>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/instansi/${a.id}`} id={agencyNameId(a.id)} fw={600} size="sm" c="simpul.9" className={classes.name}>
                    {a.name}
                  </Anchor>
                  {(a.shortName || !a.active) && (
                    <Group gap={8} wrap="nowrap">
                      {!a.active && (
                        <Badge size="xs" variant="light" color="gray" radius="sm">
                          {t('agencies.inactiveBadge')}
                        </Badge>
                      )}
                      {a.shortName && (
                        <Text size="xs" c="dimmed" truncate>
                          {a.shortName}
                        </Text>
                      )}
                    </Group>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.groupName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{dash(a.region)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {dash(a.headName)}
                </Text>
                {a.headPosition && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {a.headPosition}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" className={classes.nowrap} title={formatTimestamp(a.updatedAt, lang)}>
                  {formatShortDate(a.updatedAt, lang)}
                </Text>
              </Table.Td>
              <Table.Td>
                <AgencyRowMenu agency={a} onEdit={onEdit} onToggleActive={onToggleActive} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
