import { Anchor, Badge, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventDto } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { shortCalendarDate } from '../mou/calendarDate';
import classes from '../mou/MouPanel.module.css';

/** "09.00–12.00" for the list. */
export const timeRange = (e: Pick<EventDto, 'startTime' | 'endTime'>): string =>
  [e.startTime, e.endTime].filter(Boolean).map((x) => x!.replace(':', '.')).join('–');

export function EventTable({ items, today, refreshing }: { items: EventDto[] | undefined; today: string; refreshing: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing={10} horizontalSpacing="md" className={classes.table} data-refreshing={refreshing || undefined} aria-busy={refreshing || !items}>
        <Table.Thead className={classes.thead}>
          <Table.Tr>
            <Table.Th w={150}>{t('events.colDate')}</Table.Th>
            <Table.Th>{t('events.colEvent')}</Table.Th>
            <Table.Th w={260}>{t('events.colAttendance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!items &&
            Array.from({ length: 6 }, (_, i) => (
              <Table.Tr key={i}>
                {[60, 80, 50].map((w, j) => (
                  <Table.Td key={j}>
                    <Skeleton h={14} w={`${w}%`} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          {items?.map((e) => {
            const attended = e.counts.hadir + e.counts.diwakilkan;
            return (
              <Table.Tr key={e.id} data-event={e.id}>
                <Table.Td>
                  <Text size="sm" className={classes.nowrap}>
                    {shortCalendarDate(e.startDate, lang)}
                  </Text>
                  {timeRange(e) && (
                    <Text size="xs" c="dimmed">
                      {timeRange(e)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={3}>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Anchor component={Link} to={`/kegiatan/${e.id}`} fw={600} size="sm" c="simpul.9">
                        {e.title}
                      </Anchor>
                      {e.cancelled && (
                        <Badge variant="outline" color="gray" radius="sm" size="sm">
                          {t('events.cancelledBadge')}
                        </Badge>
                      )}
                      {!e.cancelled && e.startDate >= today && (
                        <Badge variant="light" color="blue" radius="sm" size="sm">
                          {t('events.upcomingBadge')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {[e.typeName, e.place].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {e.counts.recorded > 0 ? (
                    <>
                      <Text size="sm">{t('events.attendanceShort', { attended, invited: e.counts.invited })}</Text>
                      <Text size="xs" c="dimmed">
                        {[
                          t('events.participantsShort', { count: e.counts.participants }),
                          e.counts.absent ? `${e.counts.absent} ${t('events.counts.absent').toLowerCase()}` : '',
                          e.counts.focalReplaced ? `${e.counts.focalReplaced} ${t('events.counts.focalReplaced').toLowerCase()}` : '',
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {e.counts.invited} {t('events.counts.invited').toLowerCase()} · {t('events.notRecordedShort')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
