import { Anchor, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MouDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { EditDeleteMenu } from '../../components/lists/EditDeleteMenu';
import { SkeletonRows } from '../../components/lists/SkeletonRows';
import { SortableTh, Th } from '../../components/lists/SortableTh';
import { shortCalendarDate } from './calendarDate';
import { MouAlertBadges, MouStatusBadge } from './MouBadges';
import classes from './MouPanel.module.css';
import type { MouListParams, MouSortField } from './useMouListParams';

interface Props {
  items: MouDto[] | undefined;
  params: MouListParams;
  onSort: (field: MouSortField) => void;
  onEdit: (mou: MouDto) => void;
  onDelete: (mou: MouDto) => void;
  refreshing: boolean;
}

/** Days until the end of validity, in words and colour (only while it still matters). */
function ValidityNote({ mou }: { mou: MouDto }) {
  const { t } = useTranslation();
  const days = mou.daysToExpiry;
  if (days === null || mou.status !== 'ditandatangani' || days > 365) return null;
  const text = days > 0 ? t('mou.daysLeft', { count: days }) : days === 0 ? t('mou.endsToday') : t('mou.daysAgo', { count: -days });
  return (
    <Text size="xs" c={days < 0 ? 'red' : days <= 90 ? 'orange' : 'dimmed'} fw={days <= 90 ? 600 : undefined}>
      {text}
    </Text>
  );
}

export const mouTitleId = (id: string) => `mou-title-${id}`;

export function MouTable({ items, params, onSort, onEdit, onDelete, refreshing }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const sort = { sortBy: params.sortBy, sortDir: params.sortDir, onSort, classes };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing={10} horizontalSpacing="md" className={classes.table} data-refreshing={refreshing || undefined} aria-busy={refreshing || !items}>
        <Table.Thead className={classes.thead}>
          <Table.Tr>
            <SortableTh field="title" label={t('mou.colMou')} {...sort} />
            <Th label={t('mou.colStatus')} width={170} classes={classes} />
            <SortableTh field="date" label={t('mou.colDate')} width={150} {...sort} />
            <SortableTh field="validUntil" label={t('mou.colValidUntil')} width={140} {...sort} />
            <Th label={t('mou.colAlerts')} width={170} classes={classes} />
            <Table.Th w={52} className={classes.th}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!items && <SkeletonRows rows={6} widths={[80, 50, 60, 55, 50, 20]} />}
          {items?.map((m) => {
            const others = m.otherParties.split('\n').filter((l) => l.trim() !== '');
            return (
              <Table.Tr key={m.id} data-mou={m.id}>
                <Table.Td>
                  <Stack gap={3}>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Anchor component="button" type="button" onClick={() => onEdit(m)} fw={600} size="sm" c="simpul.9" ta="left" className={classes.title} id={mouTitleId(m.id)}>
                        {m.title}
                      </Anchor>
                      {m.attachmentCount > 0 && (
                        <Tooltip label={t('mou.files', { count: m.attachmentCount })}>
                          <Group gap={2} wrap="nowrap" c="dimmed" aria-label={t('mou.files', { count: m.attachmentCount })}>
                            <IconPaperclip size={14} aria-hidden />
                            <Text size="xs" component="span" aria-hidden>
                              {m.attachmentCount}
                            </Text>
                          </Group>
                        </Tooltip>
                      )}
                    </Group>
                    {m.number && (
                      <Text size="xs" c="dimmed">
                        {m.number}
                      </Text>
                    )}
                    <Text size="xs" component="div">
                      {m.agencies.length === 0 && others.length === 0 && <Text span size="xs" c="dimmed">{t('mou.noParties')}</Text>}
                      {m.agencies.map((a, i) => (
                        <Fragment key={a.id}>
                          {i > 0 && ' · '}
                          <Anchor component={Link} to={`/instansi/${a.id}`} size="xs" c={a.active ? undefined : 'dimmed'}>
                            {a.shortName || a.name}
                          </Anchor>
                        </Fragment>
                      ))}
                      {others.length > 0 && `${m.agencies.length > 0 ? ' · ' : ''}${others.join(' · ')}`}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <MouStatusBadge status={m.status} />
                </Table.Td>
                <Table.Td>
                  {(m.signedDate ?? m.plannedDate) ? (
                    <>
                      <Text size="xs" c="dimmed">
                        {m.signedDate ? t('mou.dateSigned') : t('mou.datePlanned')}
                      </Text>
                      <Text size="sm" className={classes.nowrap}>
                        {shortCalendarDate(m.signedDate ?? m.plannedDate, lang)}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">—</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className={classes.nowrap}>
                    {shortCalendarDate(m.validUntil, lang)}
                  </Text>
                  <ValidityNote mou={m} />
                </Table.Td>
                <Table.Td>
                  <MouAlertBadges alerts={m.alerts} />
                </Table.Td>
                <Table.Td>
                  <EditDeleteMenu describedBy={mouTitleId(m.id)} onEdit={() => onEdit(m)} onDelete={() => onDelete(m)} deleteLabel={t('mou.delete')} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
