import { Badge, Group, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconCircleCheck, IconClockExclamation, IconPlayerPause, IconUserOff, IconUsersGroup, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ROSTER_FLAGS, type RosterFlag } from '../../../../shared/dto';
import { useLang } from '../../app/i18n';
import { shortDate } from './focalDates';
import type { RosterFilter } from './useRosterParams';

/** One colour per state of an agency's focal-point data, the same on badges and summary cards. */
export const FLAG_STYLE: Record<RosterFilter, { color: string; icon: Icon }> = {
  all: { color: 'simpul', icon: IconUsersGroup },
  ok: { color: 'teal', icon: IconCircleCheck },
  noFocalPoint: { color: 'red', icon: IconUserOff },
  stale: { color: 'orange', icon: IconClockExclamation },
  rotatedRecently: { color: 'blue', icon: IconArrowsExchange },
  inactive: { color: 'gray', icon: IconPlayerPause },
};

interface Props {
  flags: Record<RosterFlag, boolean>;
  staleAfterMonths: number;
  /** When the data was last confirmed, for the "Data usang" hint. */
  lastConfirmed?: string | null;
}

export function RosterFlagBadges({ flags, staleAfterMonths, lastConfirmed }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = ROSTER_FLAGS.filter((f) => flags[f]);
  if (shown.length === 0) return null;
  const hint = (flag: RosterFlag) =>
    flag === 'stale'
      ? lastConfirmed
        ? t('roster.flagHints.staleSince', { months: staleAfterMonths, date: shortDate(lastConfirmed, lang) })
        : t('roster.flagHints.stale', { months: staleAfterMonths })
      : t(`roster.flagHints.${flag}`);
  return (
    <Group gap={4}>
      {shown.map((flag) => {
        const { color, icon: FlagIcon } = FLAG_STYLE[flag];
        return (
          <Tooltip key={flag} label={hint(flag)} multiline maw={260}>
            <Badge variant="light" color={color} radius="sm" size="sm" leftSection={<FlagIcon size={12} stroke={2} />} data-flag={flag}>
              {t(`roster.flags.${flag}`)}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
