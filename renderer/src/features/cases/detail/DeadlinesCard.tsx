import { Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CaseClockDto, CaseDetailDto, ClockStatus } from '../../../../../shared/dto';
import { useLang } from '../../../app/i18n';
import { shortDate } from '../../roster/focalDates';
import { DetailCard } from './DetailCard';

const STATUS_COLOR: Record<ClockStatus, string> = { running: 'simpul', overdue: 'red', paused: 'gray', met: 'teal', metLate: 'orange', stopped: 'gray' };
const LIVE: readonly ClockStatus[] = ['running', 'overdue', 'paused'];

function ClockLine({ clock }: { clock: CaseClockDto }) {
  const { t } = useTranslation();
  const lang = useLang();
  const left = clock.workingDaysLeft;
  const state =
    clock.status === 'overdue' && left !== null
      ? t('cases.clocks.overdueBy', { count: -left })
      : clock.status === 'running' && left !== null
        ? left === 0
          ? t('cases.clocks.dueToday')
          : t('cases.clocks.daysLeft', { count: left })
        : t(`cases.clocks.status.${clock.status}`);
  return (
    <Paper p="xs" withBorder bg={clock.status === 'overdue' ? 'red.0' : undefined} data-clock={clock.status}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600}>
          {clock.ruleName}
        </Text>
        <Badge size="sm" variant={clock.status === 'overdue' ? 'filled' : 'light'} color={STATUS_COLOR[clock.status]} tt="none" style={{ flexShrink: 0 }}>
          {state}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('cases.clocks.rule', { days: clock.days, unit: t(`cases.units.${clock.unit}`), party: t(`cases.parties.${clock.party}`) })}
      </Text>
      <Text size="xs">
        {t('cases.clocks.span', { from: shortDate(clock.startedOn, lang), due: clock.dueOn ? shortDate(clock.dueOn, lang) : '—' })}
        {clock.stoppedOn && ` · ${t('cases.clocks.stoppedOn', { date: shortDate(clock.stoppedOn, lang) })}`}
        {clock.pausedDays > 0 && ` · ${t('cases.clocks.paused', { count: clock.pausedDays })}`}
      </Text>
    </Paper>
  );
}

/** The case's deadlines, computed from its history and the calendar: the live ones first. */
export function DeadlinesCard({ c }: { c: CaseDetailDto }) {
  const { t } = useTranslation();
  const [showPast, { toggle }] = useDisclosure(false);
  const live = c.clocks.filter((k) => LIVE.includes(k.status));
  const past = c.clocks.filter((k) => !LIVE.includes(k.status));
  return (
    <DetailCard id="case-deadlines" title={t('cases.clocks.title')}>
      <Stack gap="xs">
        {live.length === 0 && (
          <Text size="sm" c="dimmed">
            {c.closedOn ? t('cases.clocks.noneClosed') : t('cases.clocks.none')}
          </Text>
        )}
        {live.map((k) => (
          <ClockLine key={`${k.ruleId}-${k.startEventId}`} clock={k} />
        ))}
        {past.length > 0 && (
          <>
            <Button variant="subtle" size="compact-xs" onClick={toggle} aria-expanded={showPast} w="fit-content">
              {showPast ? t('cases.clocks.hidePast') : t('cases.clocks.showPast', { count: past.length })}
            </Button>
            <Collapse expanded={showPast}>
              <Stack gap="xs">
                {past.map((k) => (
                  <ClockLine key={`${k.ruleId}-${k.startEventId}`} clock={k} />
                ))}
              </Stack>
            </Collapse>
          </>
        )}
      </Stack>
    </DetailCard>
  );
}
