import { Anchor, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssistanceDto } from '../../../../shared/dto';
import { nameLines } from '../../../../shared/contract/assistance';
import { useLang } from '../../app/i18n';
import { EditDeleteMenu } from '../../components/lists/EditDeleteMenu';
import { SkeletonRows } from '../../components/lists/SkeletonRows';
import { SortableTh, Th } from '../../components/lists/SortableTh';
import { shortCalendarDate } from '../mou/calendarDate';
import classes from '../mou/MouPanel.module.css';

interface Props {
  items: AssistanceDto[] | undefined;
  sortDir: 'asc' | 'desc';
  onToggleSort: () => void;
  onEdit: (item: AssistanceDto) => void;
  onDelete: (item: AssistanceDto) => void;
  refreshing: boolean;
}

export const assistanceRowId = (id: string) => `assistance-${id}`;

export function AssistanceTable({ items, sortDir, onToggleSort, onEdit, onDelete, refreshing }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing={10} horizontalSpacing="md" className={classes.table} data-refreshing={refreshing || undefined} aria-busy={refreshing || !items}>
        <Table.Thead className={classes.thead}>
          <Table.Tr>
            {/* The log sorts by date only: the header turns the order around. */}
            <SortableTh field="date" sortBy="date" sortDir={sortDir} onSort={onToggleSort} label={t('assistance.colDate')} width={120} classes={classes} />
            <Th label={t('assistance.colAgency')} width="22%" classes={classes} />
            <Th label={t('assistance.colTopic')} width="20%" classes={classes} />
            <Th label={t('assistance.colParticipants')} width={100} classes={classes} />
            <Th label={t('assistance.colStaff')} width="14%" classes={classes} />
            <Th label={t('assistance.colOutcome')} classes={classes} />
            <Table.Th w={52} className={classes.th}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!items && <SkeletonRows rows={6} widths={[60, 70, 70, 40, 60, 80, 20]} />}
          {items?.map((s) => {
            const names = nameLines(s.participantNames).length;
            return (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" fw={600} c="simpul.9" onClick={() => onEdit(s)} id={assistanceRowId(s.id)} className={classes.nowrap}>
                    {shortCalendarDate(s.date, lang)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/instansi/${s.agencyId}`} size="sm">
                    {s.agencyShortName || s.agencyName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.topic === 'lainnya' ? s.topicOther : t(`assistance.topics.${s.topic}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className={classes.nowrap}>
                    {s.participantCount !== null ? t('assistance.participants', { count: s.participantCount }) : t('assistance.participantNames', { count: names })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} className={classes.multiline}>
                    {s.officeStaff}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" lineClamp={2}>
                      {s.outcome || '—'}
                    </Text>
                    {s.attachmentCount > 0 && (
                      <Tooltip label={t('mou.files', { count: s.attachmentCount })}>
                        <Group gap={2} c="dimmed" w="fit-content" aria-label={t('mou.files', { count: s.attachmentCount })}>
                          <IconPaperclip size={13} aria-hidden />
                          <Text size="xs" component="span" aria-hidden>
                            {s.attachmentCount}
                          </Text>
                        </Group>
                      </Tooltip>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <EditDeleteMenu describedBy={assistanceRowId(s.id)} onEdit={() => onEdit(s)} onDelete={() => onDelete(s)} deleteLabel={t('assistance.delete')} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
