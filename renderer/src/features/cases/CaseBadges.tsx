import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconCircleCheck, IconClockHour4, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from '../../../../shared/dates';
import type { StagePhase } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { shortDate } from '../roster/focalDates';

export const PHASE_COLORS: Record<StagePhase, string> = {
  intake: 'gray',
  examination: 'simpul',
  findings: 'violet',
  resolution: 'indigo',
  closed: 'teal',
};

const WRAP = { root: { height: 'auto', paddingBlock: 2, maxWidth: '100%' }, label: { whiteSpace: 'normal', lineHeight: 1.3 } } as const;

export function StageBadge({ name, phase, size = 'sm' }: { name: string; phase: StagePhase; size?: 'sm' | 'md' | 'lg' }) {
  return (
    // Stage names are long ("Penerimaan dan Verifikasi"): they wrap instead of being cut.
    <Badge variant="light" color={PHASE_COLORS[phase]} size={size} radius="sm" tt="none" fw={600} styles={WRAP}>
      {name}
    </Badge>
  );
}

/** Calendar days from a to b (b - a), on YYYY-MM-DD strings. */
export function calendarDaysBetween(a: string, b: string): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  if (!pa || !pb) return 0;
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

/** "Rahasia": the reporter's identity is kept apart and never printed. */
export function ConfidentialBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('cases.confidentialHint')} multiline maw={280}>
      <Badge variant="light" color="grape" size={size} radius="sm" tt="none" leftSection={<IconLock size={12} />} tabIndex={0}>
        {t('cases.confidential')}
      </Badge>
    </Tooltip>
  );
}

/**
 * The reporter's name where a list shows it. A masked identity is said to be masked, in a
 * look no one can mistake for a name; a confidential one the user may see carries the marker.
 */
export function ReporterName({ name, confidential }: { name: string | null; confidential: boolean }) {
  const { t } = useTranslation();
  if (name === null) {
    return (
      <Group gap={4} wrap="nowrap" c="grape.8">
        <IconLock size={14} aria-hidden />
        <Text size="sm" fs="italic" c="grape.8" component="span">
          {t('cases.identityMasked')}
        </Text>
      </Group>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={500} component="span" lineClamp={1}>
        {name}
      </Text>
      {confidential && <ConfidentialBadge size="xs" />}
    </Group>
  );
}

interface DueProps {
  nextDueOn: string | null;
  today: string;
  overdue: boolean;
  dueSoon: boolean;
  ruleName?: string | null;
  closedOn?: string | null;
  /** The case page knows the working days left on the nearest clock; lists count calendar days. */
  workingDaysLeft?: number | null;
}

/**
 * Where the case stands against its nearest deadline, with days counted in calendar days
 * (the list has no working-day count; the case page shows working days per deadline).
 */
export function DueBadge({ nextDueOn, today, overdue, dueSoon, ruleName, closedOn, workingDaysLeft }: DueProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (closedOn) {
    return (
      <Group gap={4} wrap="nowrap" c="teal.8">
        <IconCircleCheck size={15} aria-hidden />
        <Text size="xs" c="teal.8" fw={500}>
          {t('cases.due.closedOn', { date: shortDate(closedOn, lang) })}
        </Text>
      </Group>
    );
  }
  if (!nextDueOn) {
    return (
      <Text size="xs" c="dimmed">
        {t('cases.due.none')}
      </Text>
    );
  }
  const working = workingDaysLeft !== undefined && workingDaysLeft !== null;
  const days = working ? workingDaysLeft : calendarDaysBetween(today, nextDueOn);
  const late = working ? t('cases.clocks.overdueBy', { count: -days }) : t('cases.due.overdueDays', { count: -days });
  const ahead = working ? t('cases.clocks.daysLeft', { count: days }) : t('cases.due.inDays', { count: days });
  const tip = [t('cases.due.dueOn', { date: shortDate(nextDueOn, lang) }), ruleName].filter(Boolean).join(' · ');
  const [color, Icon, label] = overdue
    ? (['red', IconAlertTriangle, days === 0 ? t('cases.due.overdue') : late] as const)
    : dueSoon
      ? (['orange', IconAlarm, nextDueOn === today ? t('cases.due.today') : ahead] as const)
      : (['gray', IconClockHour4, ahead] as const);
  return (
    <Tooltip label={tip} multiline maw={260}>
      <Badge variant={overdue ? 'filled' : 'light'} color={color} size="sm" radius="sm" tt="none" leftSection={<Icon size={12} />} tabIndex={0} data-due={overdue ? 'overdue' : dueSoon ? 'dueSoon' : 'running'}>
        {label}
      </Badge>
    </Tooltip>
  );
}
