import { ActionIcon, Anchor, Group, Menu, Skeleton, Stack, Table, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconDots, IconPaperclip, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssistanceDto } from '../../../../shared/dto';
import { nameLines } from '../../../../shared/contract/assistance';
import { useLang } from '../../app/i18n';
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

const th = (label: string, width?: number | string) => (
  <Table.Th w={width} className={classes.th}>
    <Text fw={600} size="sm" component="span">
      {label}
    </Text>
  </Table.Th>
);

export const assistanceRowId = (id: string) => `assistance-${id}`;

export function AssistanceTable({ items, sortDir, onToggleSort, onEdit, onDelete, refreshing }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const SortIcon = sortDir === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing={10} horizontalSpacing="md" className={classes.table} data-refreshing={refreshing || undefined} aria-busy={refreshing || !items}>
        <Table.Thead className={classes.thead}>
          <Table.Tr>
            <Table.Th w={120} className={classes.th} aria-sort={sortDir === 'asc' ? 'ascending' : 'descending'}>
              <UnstyledButton onClick={onToggleSort} className={classes.sortButton} data-active title={t('mou.sortBy', { column: t('assistance.colDate') })}>
                <Group gap={4} wrap="nowrap" justify="space-between">
                  <Text fw={600} size="sm" component="span">
                    {t('assistance.colDate')}
                  </Text>
                  <SortIcon size={14} stroke={1.8} aria-hidden />
                </Group>
              </UnstyledButton>
            </Table.Th>
            {th(t('assistance.colAgency'), '22%')}
            {th(t('assistance.colTopic'), '20%')}
            {th(t('assistance.colParticipants'), 100)}
            {th(t('assistance.colStaff'), '14%')}
            {th(t('assistance.colOutcome'))}
            <Table.Th w={52} className={classes.th}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!items &&
            Array.from({ length: 6 }, (_, i) => (
              <Table.Tr key={i}>
                {[60, 70, 70, 40, 60, 80, 20].map((w, j) => (
                  <Table.Td key={j}>
                    <Skeleton h={14} w={`${w}%`} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
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
                  <Menu position="bottom-end" withinPortal shadow="md" width={180}>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('common.actions')} aria-describedby={assistanceRowId(s.id)}>
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(s)}>
                        {t('common.edit')}
                      </Menu.Item>
                      <Menu.Divider />
                      <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => onDelete(s)}>
                        {t('assistance.delete')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
