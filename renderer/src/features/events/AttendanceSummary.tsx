import { Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceCounts } from '../../../../shared/dto';

/** The figures a report quotes: invited, attended, absent, focal point replaced, participants. */
export function AttendanceSummary({ counts }: { counts: AttendanceCounts }) {
  const { t } = useTranslation();
  const figures = [
    ['invited', counts.invited, undefined],
    ['attended', counts.hadir + counts.diwakilkan, 'teal'],
    ['absent', counts.absent, counts.absent > 0 ? 'red' : undefined],
    ['focalReplaced', counts.focalReplaced, counts.focalReplaced > 0 ? 'orange' : undefined],
    ['participants', counts.participants, undefined],
    ['notRecorded', counts.notRecorded, undefined],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="section" aria-label={t('events.colAttendance')}>
      {figures.map(([key, n, color]) => (
        <Tooltip key={key} label={t(`events.countHints.${key}`)} multiline w={220}>
          <Paper p="sm" data-count={key}>
            <Text fz={22} fw={700} lh={1.1} c={color ? `${color}.7` : undefined}>
              {n}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`events.counts.${key}`)}
            </Text>
          </Paper>
        </Tooltip>
      ))}
    </SimpleGrid>
  );
}
