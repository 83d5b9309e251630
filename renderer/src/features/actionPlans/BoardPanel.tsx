import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_FILTERS, COMMITMENT_STATUSES, type BoardFilter, type CommitmentDto } from '../../../../shared/dto';
import { useCommitmentBoard } from '../../api/actionPlans';
import { useLang } from '../../app/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { shortCalendarDate } from '../mou/calendarDate';
import classes from '../mou/MouPanel.module.css';
import { CommitmentDrawer } from './CommitmentDrawer';
import { CommitmentStatusBadge, MissingBadges, STATUS_COLOR } from './CommitmentBadges';

/** Every agency's commitment with counts per status and a filter for what is still missing. */
export function BoardPanel({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [filter, setFilter] = useState<BoardFilter>('all');
  const board = useCommitmentBoard(planId, filter);
  const [openId, setOpenId] = useState<string | null>(null);
  const data = board.data;
  const open = data?.items.find((i) => i.id === openId) ?? null;
  const stepDate = (c: CommitmentDto) => {
    const key = (['archivedOn', 'signedOn', 'declinedOn', 'printedOn'] as const).find((k) => c[k] !== null);
    return key ? t(`actionPlans.dates.${key}`, { date: shortCalendarDate(c[key], lang) }) : '';
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm" component="section" aria-label={t('actionPlans.tabBoard')}>
        {COMMITMENT_STATUSES.map((s) => (
          <Paper key={s} p="sm" data-count={s}>
            <Text fz={22} fw={700} lh={1.1} c={`${STATUS_COLOR[s]}.7`}>
              {data ? data.counts[s] : '–'}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`actionPlans.status.${s}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Group gap="xs" role="group" aria-label={t('actionPlans.filter')}>
        {BOARD_FILTERS.map((f) => {
          const n = f === 'all' ? data?.counts.total : f === 'declined' ? data?.counts.menolak : data?.counts[f];
          return (
            <UnstyledButton key={f} onClick={() => setFilter(f)} aria-pressed={filter === f} className={classes.alertCard} data-selected={filter === f || undefined}>
              <Paper px="sm" py={6} className={classes.alertPaper}>
                <Text size="sm" fw={filter === f ? 700 : 500}>
                  {t(`actionPlans.filters.${f}`)} <Text span c="dimmed">({n ?? '–'})</Text>
                </Text>
              </Paper>
            </UnstyledButton>
          );
        })}
      </Group>
      {board.isError && <ErrorAlert error={board.error} title={t('errors.loadFailed')} onRetry={() => void board.refetch()} />}
      <Paper p={0}>
        {data && data.items.length === 0 ? (
          <Text p="md" size="sm" c="dimmed">
            {t('actionPlans.boardEmpty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing={8} horizontalSpacing="md" className={classes.table} data-refreshing={board.isPlaceholderData || undefined}>
              <Table.Thead className={classes.thead}>
                <Table.Tr>
                  <Table.Th w={44}>{t('actionPlans.colNo')}</Table.Th>
                  <Table.Th>{t('actionPlans.colAgency')}</Table.Th>
                  <Table.Th w={240}>{t('actionPlans.colSignatory')}</Table.Th>
                  <Table.Th w={210}>{t('actionPlans.colState')}</Table.Th>
                  <Table.Th w={130}>{t('actionPlans.colCode')}</Table.Th>
                  <Table.Th w={80}>{t('actionPlans.colFiles')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data?.items.map((c) => (
                  <Table.Tr key={c.id} data-commitment={c.agencyShortName || c.agencyName}>
                    <Table.Td>{c.sortOrder + 1}</Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" ta="left" fw={600} size="sm" c="simpul.9" onClick={() => setOpenId(c.id)}>
                        {c.agencyShortName || c.agencyName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {c.groupName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.signatory.name || '—'}</Text>
                      <Text size="xs" c="dimmed">
                        {c.signatory.position}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={3}>
                        <CommitmentStatusBadge status={c.status} />
                        <Text size="xs" c="dimmed">
                          {stepDate(c)}
                        </Text>
                        <MissingBadges missing={c.missing} />
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {c.printedCode ?? c.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {c.attachmentCount > 0 && (
                        <Group gap={2} c="dimmed" aria-label={`${c.attachmentCount} ${t('actionPlans.colFiles')}`}>
                          <IconPaperclip size={14} />
                          <Text size="xs">{c.attachmentCount}</Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <CommitmentDrawer commitment={open} onClose={() => setOpenId(null)} />
    </Stack>
  );
}
